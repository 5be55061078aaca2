package dev.pingyi.model;

/** The length of a reporting {@link ReportPeriod}: a year, a half-year, a quarter or a month. */
public enum PeriodKind {
  /** 年: a calendar year. */
  YEAR(12),
  /** 半年: the first (上半年) or second (下半年) half of a year. */
  HALF_YEAR(6),
  /** 季度: a quarter of a year. */
  QUARTER(3),
  /** 月: a calendar month. */
  MONTH(1);

  private final int months;

  PeriodKind(int months) {
    this.months = months;
  }

  /** The number of months in a period of this kind. */
  public int months() {
    return months;
  }

  /** The number of periods of this kind in a year: 1, 2, 4 or 12. */
  public int perYear() {
    return 12 / months;
  }
}
