package dev.pingyi.model;

import com.google.common.collect.ImmutableSet;

/** The authority that recognised an {@link IndustryCluster}. */
public enum ClusterLevel {
  /**
   * 省级: recognised by the province, such as Shandong's characteristic industry clusters; also
   * read from 省级产业集群, 省级特色产业集群.
   */
  PROVINCIAL("省级", "省级产业集群", "省级特色产业集群"),
  /** 市级: recognised by the city; also read from 市级产业集群. */
  MUNICIPAL("市级", "市级产业集群");

  private static final ChineseWords<ClusterLevel> WORDS =
      ChineseWords.of(ClusterLevel.class, ClusterLevel::chineseWords);

  private final String chineseName;
  private final ImmutableSet<String> chineseWords;

  ClusterLevel(String chineseName, String... synonyms) {
    this.chineseName = chineseName;
    this.chineseWords = ChineseWords.wordsOf(chineseName, synonyms);
  }

  /**
   * The level a word names: a {@link #chineseName} or a synonym, after stripping the whitespace
   * around it. Constant names such as {@code PROVINCIAL} are read by {@link #valueOf}, not here.
   *
   * @throws IllegalArgumentException naming the word and every accepted word, if it names no level
   */
  public static ClusterLevel fromChinese(CharSequence word) {
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
