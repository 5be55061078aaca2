package dev.pingyi.model;

import com.google.common.collect.ImmutableSet;

/** What kind of government unit an {@link EvaluatedUnit} is. */
public enum UnitKind {
  /**
   * 县（市、区）政府: the government of a district, county or county-level city; also read with
   * ASCII brackets, 县(市、区)政府, and from 县市区政府.
   */
  COUNTY_GOVERNMENT("县（市、区）政府", "县(市、区)政府", "县市区政府"),
  /** 管委会: the management committee of a functional zone; also read from 管理委员会, 功能区管委会. */
  ZONE_COMMITTEE("管委会", "管理委员会", "功能区管委会"),
  /** 市政府部门: a department of the municipal government; also read from 市直部门, 市政府工作部门. */
  MUNICIPAL_DEPARTMENT("市政府部门", "市直部门", "市政府工作部门"),
  /** 市属事业单位: a public institution of the city; also read from 市直事业单位. */
  PUBLIC_INSTITUTION("市属事业单位", "市直事业单位");

  private static final ChineseWords<UnitKind> WORDS =
      ChineseWords.of(UnitKind.class, UnitKind::chineseWords);

  private final String chineseName;
  private final ImmutableSet<String> chineseWords;

  UnitKind(String chineseName, String... synonyms) {
    this.chineseName = chineseName;
    this.chineseWords = ChineseWords.wordsOf(chineseName, synonyms);
  }

  /**
   * The kind a word names: a {@link #chineseName} or a synonym, after stripping the whitespace
   * around it. Constant names such as {@code ZONE_COMMITTEE} are read by {@link #valueOf}, not
   * here.
   *
   * @throws IllegalArgumentException naming the word and every accepted word, if it names no kind
   */
  public static UnitKind fromChinese(CharSequence word) {
    return WORDS.parse(word);
  }

  /** The Chinese name of the kind. */
  public String chineseName() {
    return chineseName;
  }

  /** Every word {@link #fromChinese} reads as this kind: its Chinese name first, then synonyms. */
  public ImmutableSet<String> chineseWords() {
    return chineseWords;
  }

  /** Whether units of this kind govern a county-level unit: governments and zone committees. */
  public boolean isCountyLevel() {
    return this == COUNTY_GOVERNMENT || this == ZONE_COMMITTEE;
  }
}
