package dev.pingyi.model;

import com.google.common.collect.ImmutableSet;

/** What kind of county-level unit (县级单位) a {@link County} is. */
public enum CountyKind {
  /** 区: a district of a prefecture-level city; also read from 市辖区. */
  DISTRICT("区", "市辖区"),
  /** 县: a county; also read from 自治县, 旗 and 自治旗, the county-level units of that rank. */
  COUNTY("县", "自治县", "旗", "自治旗"),
  /** 县级市: a county-level city. */
  COUNTY_LEVEL_CITY("县级市"),
  /**
   * 功能区: an economic-development zone, high-tech zone or tourist resort run by a management
   * committee (管委会); evaluated beside counties, but without a GB/T 2260 code of its own. Also
   * read from 开发区, 高新区 and 度假区.
   */
  FUNCTIONAL_ZONE("功能区", "开发区", "高新区", "度假区");

  private static final ChineseWords<CountyKind> WORDS =
      ChineseWords.of(CountyKind.class, CountyKind::chineseWords);

  private final String chineseName;
  private final ImmutableSet<String> chineseWords;

  CountyKind(String chineseName, String... synonyms) {
    this.chineseName = chineseName;
    this.chineseWords = ChineseWords.wordsOf(chineseName, synonyms);
  }

  /**
   * The kind a word names: a {@link #chineseName} or a synonym, after stripping the whitespace
   * around it. Constant names such as {@code DISTRICT} are read by {@link #valueOf}, not here.
   *
   * @throws IllegalArgumentException naming the word and every accepted word, if it names no kind
   */
  public static CountyKind fromChinese(CharSequence word) {
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

  /** Whether units of this kind have a GB/T 2260 division code: all but functional zones. */
  public boolean hasDivisionCode() {
    return this != FUNCTIONAL_ZONE;
  }
}
