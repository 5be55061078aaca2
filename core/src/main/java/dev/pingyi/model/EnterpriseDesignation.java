package dev.pingyi.model;

/** A designation an {@link Enterprise} holds from the authorities. */
public enum EnterpriseDesignation {
  /** 专精特新: a "specialised, refined, distinctive and innovative" small or medium enterprise. */
  SPECIALISED_AND_INNOVATIVE("专精特新"),
  /** 专精特新"小巨人": a national "little giant" among those enterprises. */
  LITTLE_GIANT("专精特新“小巨人”"),
  /** 高新技术企业: a certified high-technology enterprise. */
  HIGH_TECH("高新技术企业");

  private final String chineseName;

  EnterpriseDesignation(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the designation. */
  public String chineseName() {
    return chineseName;
  }
}
