package dev.pingyi.model;

import com.google.common.collect.ImmutableSet;

/** A designation an {@link Enterprise} holds from the authorities. */
public enum EnterpriseDesignation {
  /**
   * 专精特新: a "specialised, refined, distinctive and innovative" small or medium enterprise; also
   * read from 专精特新企业, 专精特新中小企业.
   */
  SPECIALISED_AND_INNOVATIVE("专精特新", "专精特新企业", "专精特新中小企业"),
  /**
   * 专精特新“小巨人”: a national "little giant" among those enterprises; also read with ASCII
   * quotes, without quotes, with 企业 after it, and as 小巨人.
   */
  LITTLE_GIANT(
      "专精特新“小巨人”",
      "专精特新\"小巨人\"",
      "专精特新小巨人",
      "专精特新“小巨人”企业",
      "专精特新\"小巨人\"企业",
      "专精特新小巨人企业",
      "小巨人"),
  /** 高新技术企业: a certified high-technology enterprise; also read from 国家高新技术企业, 高企. */
  HIGH_TECH("高新技术企业", "国家高新技术企业", "高企");

  private static final ChineseWords<EnterpriseDesignation> WORDS =
      ChineseWords.of(EnterpriseDesignation.class, EnterpriseDesignation::chineseWords);

  private final String chineseName;
  private final ImmutableSet<String> chineseWords;

  EnterpriseDesignation(String chineseName, String... synonyms) {
    this.chineseName = chineseName;
    this.chineseWords = ChineseWords.wordsOf(chineseName, synonyms);
  }

  /**
   * The designation a word names: a {@link #chineseName} or a synonym, after stripping the
   * whitespace around it. Constant names such as {@code HIGH_TECH} are read by {@link #valueOf},
   * not here.
   *
   * @throws IllegalArgumentException naming the word and every accepted word, if it names no
   *     designation
   */
  public static EnterpriseDesignation fromChinese(CharSequence word) {
    return WORDS.parse(word);
  }

  /** The Chinese name of the designation. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Every word {@link #fromChinese} reads as this designation: its Chinese name first, then
   * synonyms.
   */
  public ImmutableSet<String> chineseWords() {
    return chineseWords;
  }
}
