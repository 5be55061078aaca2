package dev.pingyi.model;

/**
 * The kind of a {@link ReportPeriod}: a calendar year, half-year, quarter or month, or a
 * year-to-date span (累计, 1-5月) as statistics offices publish cumulative figures.
 *
 * <p>A period of a kind is named within its year by an index from {@link #firstIndex()} to
 * {@link #lastIndex()}: the half, the quarter, the month, or for a year-to-date span its last
 * month.
 */
public enum PeriodKind {
  /** 年: a calendar year; index 1. */
  YEAR(1, 1),
  /** 半年: the first (上半年) or second (下半年) half of a year; index 1 or 2. */
  HALF_YEAR(1, 2),
  /** 季度: a quarter of a year, 一季度 to 四季度; index 1 to 4. */
  QUARTER(1, 4),
  /** 月: a calendar month; index 1 to 12. */
  MONTH(1, 12),
  /**
   * 累计: January to the end of a month, 1-2月 to 1-12月 (1-9月 is 前三季度); index 2 to 12, the last
   * month. January alone is a {@link #MONTH}.
   */
  YEAR_TO_DATE(2, 12);

  private final int firstIndex;
  private final int lastIndex;

  PeriodKind(int firstIndex, int lastIndex) {
    this.firstIndex = firstIndex;
    this.lastIndex = lastIndex;
  }

  /** The index of the first period of this kind in a year: 2 for {@link #YEAR_TO_DATE}, else 1. */
  public int firstIndex() {
    return firstIndex;
  }

  /** The index of the last period of this kind in a year: 1, 2, 4, 12 or 12. */
  public int lastIndex() {
    return lastIndex;
  }
}
