package dev.pingyi.model;

import com.google.common.collect.ImmutableSet;

/**
 * What a project builds, as key-project lists group them. Each Chinese name ends in 项目; ledgers
 * also write the short form without it, or with 类, and {@link #fromChinese} reads those too.
 */
public enum ProjectCategory {
  /** 产业项目: manufacturing and other industry; also read from 产业, 产业类, 产业类项目. */
  INDUSTRY("产业项目", "产业", "产业类", "产业类项目"),
  /**
   * 基础设施项目: transport, water, energy and other infrastructure; also read from 基础设施,
   * 基础设施类, 基础设施类项目.
   */
  INFRASTRUCTURE("基础设施项目", "基础设施", "基础设施类", "基础设施类项目"),
  /**
   * 社会民生项目: schools, culture, health and other public services; also read from 社会民生,
   * 社会民生类, 社会民生类项目, 民生项目.
   */
  PUBLIC_SERVICE("社会民生项目", "社会民生", "社会民生类", "社会民生类项目", "民生项目"),
  /**
   * 城市建设项目: housing, resettlement and urban renewal; also read from 城市建设, 城市建设类,
   * 城市建设类项目, 城建项目.
   */
  URBAN_DEVELOPMENT("城市建设项目", "城市建设", "城市建设类", "城市建设类项目", "城建项目");

  private static final ChineseWords<ProjectCategory> WORDS =
      ChineseWords.of(ProjectCategory.class, ProjectCategory::chineseWords);

  private final String chineseName;
  private final ImmutableSet<String> chineseWords;

  ProjectCategory(String chineseName, String... synonyms) {
    this.chineseName = chineseName;
    this.chineseWords = ChineseWords.wordsOf(chineseName, synonyms);
  }

  /**
   * The category a ledger's word names: a {@link #chineseName} or a synonym, after stripping the
   * whitespace around it. Constant names such as {@code INDUSTRY} are read by {@link #valueOf}, not
   * here.
   *
   * @throws IllegalArgumentException naming the word and every accepted word, if it names no
   *     category
   */
  public static ProjectCategory fromChinese(CharSequence word) {
    return WORDS.parse(word);
  }

  /** The Chinese name of the category, such as 产业项目. */
  public String chineseName() {
    return chineseName;
  }

  /** Every word {@link #fromChinese} reads as this category: its Chinese name first, then synonyms. */
  public ImmutableSet<String> chineseWords() {
    return chineseWords;
  }
}
