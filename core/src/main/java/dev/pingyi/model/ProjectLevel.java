package dev.pingyi.model;

import com.google.common.collect.ImmutableSet;

/** The list a key project (重点项目) is on: provincial, municipal or county. */
public enum ProjectLevel {
  /** 省级重点项目: on the province's key-project list; read from 省级, 省级重点项目, 省重点, 省重点项目. */
  PROVINCIAL("省级", "省级重点项目", "省重点", "省重点项目"),
  /** 市级重点项目: on the city's key-project list; read from 市级, 市级重点项目, 市重点, 市重点项目. */
  MUNICIPAL("市级", "市级重点项目", "市重点", "市重点项目"),
  /** 县级重点项目: on the county's key-project list; read from 县级, 县级重点项目, 县重点, 县重点项目. */
  COUNTY("县级", "县级重点项目", "县重点", "县重点项目");

  private static final ChineseWords<ProjectLevel> WORDS =
      ChineseWords.of(ProjectLevel.class, ProjectLevel::chineseWords);

  private final String chineseName;
  private final ImmutableSet<String> chineseWords;

  ProjectLevel(String chineseName, String... synonyms) {
    this.chineseName = chineseName;
    this.chineseWords = ChineseWords.wordsOf(chineseName, synonyms);
  }

  /**
   * The level a ledger's word names: a {@link #chineseName} or a synonym, after stripping the
   * whitespace around it. Constant names such as {@code PROVINCIAL} are read by {@link #valueOf},
   * not here.
   *
   * @throws IllegalArgumentException naming the word and every accepted word, if it names no level
   */
  public static ProjectLevel fromChinese(CharSequence word) {
    return WORDS.parse(word);
  }

  /** The Chinese name of the level, such as 省级. */
  public String chineseName() {
    return chineseName;
  }

  /** Every word {@link #fromChinese} reads as this level: its Chinese name first, then synonyms. */
  public ImmutableSet<String> chineseWords() {
    return chineseWords;
  }
}
