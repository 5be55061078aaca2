package dev.pingyi.model;

import com.google.common.collect.ImmutableSet;

/**
 * How far a project has come: planned, under construction, completed, in production.
 *
 * <p>Ledgers write a status in several words; {@link #fromChinese} reads each word listed below
 * and no other. 新开工 (newly started this year) and 续建 (continuing from an earlier year) are both
 * {@link #UNDER_CONSTRUCTION}: they differ in the year construction started, which a status does
 * not record. 新开工 as a status means a project that has started; a list of 计划新开工 projects
 * (planned to start this year) holds projects that may still be {@link #PLANNED}.
 */
public enum ProjectStatus {
  /** 未开工: planned, construction not started; also read from 计划, 计划开工, 拟开工, 待开工, 前期. */
  PLANNED("未开工", "计划", "计划开工", "拟开工", "待开工", "前期"),
  /**
   * 在建: construction started and under way; also read from 已开工, 开工, 新开工, 续建, 施工中.
   */
  UNDER_CONSTRUCTION("在建", "已开工", "开工", "新开工", "续建", "施工中"),
  /** 竣工: construction completed; also read from 已竣工, 完工, 已完工, 建成. */
  COMPLETED("竣工", "已竣工", "完工", "已完工", "建成"),
  /** 投产: in production or in use; also read from 已投产, 建成投产, 竣工投产, 投用, 投入使用, 运营. */
  IN_PRODUCTION("投产", "已投产", "建成投产", "竣工投产", "投用", "投入使用", "运营");

  private static final ChineseWords<ProjectStatus> WORDS =
      ChineseWords.of(ProjectStatus.class, ProjectStatus::chineseWords);

  private final String chineseName;
  private final ImmutableSet<String> chineseWords;

  ProjectStatus(String chineseName, String... synonyms) {
    this.chineseName = chineseName;
    this.chineseWords = ChineseWords.wordsOf(chineseName, synonyms);
  }

  /**
   * The status a ledger's word names: a {@link #chineseName} or a synonym, after stripping the
   * whitespace around it. Constant names such as {@code UNDER_CONSTRUCTION} are read by {@link
   * #valueOf}, not here.
   *
   * @throws IllegalArgumentException naming the word and every accepted word, if it names no status
   */
  public static ProjectStatus fromChinese(CharSequence word) {
    return WORDS.parse(word);
  }

  /** The Chinese name of the status, such as 在建. */
  public String chineseName() {
    return chineseName;
  }

  /** Every word {@link #fromChinese} reads as this status: its Chinese name first, then synonyms. */
  public ImmutableSet<String> chineseWords() {
    return chineseWords;
  }

  /** Whether construction has started (开工): every status but {@link #PLANNED}. */
  public boolean isStarted() {
    return this != PLANNED;
  }
}
