package dev.pingyi.model;

/**
 * A unit in which amounts of renminbi are written: 元, 万元 (10⁴ yuan), 亿元 (10⁸ yuan) and 万亿元
 * (10¹² yuan). Project systems store 万元; reports print 亿元.
 */
public enum YuanUnit {
  /** 元: one yuan. */
  YUAN("元", 0),
  /** 万元: ten thousand yuan. */
  WAN("万元", 4),
  /** 亿元: a hundred million yuan. */
  YI("亿元", 8),
  /** 万亿元: a trillion yuan. */
  WAN_YI("万亿元", 12);

  private final String symbol;
  private final int exponent;

  YuanUnit(String symbol, int exponent) {
    this.symbol = symbol;
    this.exponent = exponent;
  }

  /** The Chinese symbol written after the number, for example {@code 亿元}. */
  public String symbol() {
    return symbol;
  }

  /** The power of ten of yuan in one of this unit: 0, 4, 8 or 12. */
  public int exponent() {
    return exponent;
  }
}
