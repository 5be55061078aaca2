package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period (报告期) as statistics offices write it: a calendar year, half-year, quarter
 * or month, or a year-to-date span from January (1-5月, 前三季度) — such as the first half of 2022
 * (2022年上半年) in which the Liaocheng evaluation was held.
 *
 * <table>
 *   <caption>Textual forms; {@link #parse} reads both columns</caption>
 *   <tr><th>factory</th><th>{@link #toString()}</th><th>{@link #toChinese()}</th></tr>
 *   <tr><td>{@code ofYear(2022)}</td><td>{@code 2022}</td><td>{@code 2022年}</td></tr>
 *   <tr><td>{@code ofHalfYear(2022, 1)}</td><td>{@code 2022H1}</td><td>{@code 2022年上半年}</td></tr>
 *   <tr><td>{@code ofHalfYear(2022, 2)}</td><td>{@code 2022H2}</td><td>{@code 2022年下半年}</td></tr>
 *   <tr><td>{@code ofQuarter(2022, 3)}</td><td>{@code 2022Q3}</td><td>{@code 2022年三季度}</td></tr>
 *   <tr><td>{@code ofMonth(2022, 7)}</td><td>{@code 2022-07}</td><td>{@code 2022年7月}</td></tr>
 *   <tr><td>{@code yearToDate(2022, 5)}</td><td>{@code 2022-01/05}</td><td>{@code 2022年1-5月}</td></tr>
 *   <tr><td>{@code yearToDate(2022, 9)}</td><td>{@code 2022-01/09}</td><td>{@code 2022年前三季度}</td></tr>
 * </table>
 *
 * <p>{@link #toString()} follows ISO 8601 where it has a form: the year, the month, and the
 * interval of months {@code 2022-01/05} for a year-to-date span; H and Q mark halves and
 * quarters. {@link #parse} also reads the variants reports use.
 *
 * <p><b>Year-to-date spans are values of their own.</b> 2022年1-6月 covers the same months as
 * 2022年上半年, and 1-12月 the same as the year, but they are different values that print
 * differently: a cumulative monthly series (1-2月, 1-3月 … 1-12月) and a half-year figure are
 * published side by side, and {@link #previous()} walks each in its own series. {@link
 * #coversSameMonthsAs} compares the months alone. 1-9月 has no other name than 前三季度, so it
 * prints as that. A span from January must end in February or later: January alone is the month.
 *
 * <p><b>Order.</b> Periods are ordered by their last month, then the longer first, then by
 * {@link PeriodKind} in declaration order: the order in which their figures can be published.
 * Periods of one kind are then in the order of time — a cumulative series too, which an order by
 * first month would reverse — {@link #previous()} comes before and {@link #next()} after, and
 * the order agrees with {@link #equals}: 2022-01 &lt; 2022-01/02 &lt; 2022-02 &lt; 2022Q1 &lt;
 * 2022-01/03 &lt; 2022-03 &lt; … &lt; 2022H1 &lt; 2022-01/06 &lt; 2022Q2 &lt; 2022-06 &lt; … &lt;
 * 2022 &lt; 2022-01/12 &lt; 2022H2 &lt; 2022Q4 &lt; 2022-12 &lt; 2023-01.
 *
 * <p>Years run from {@value #MIN_YEAR} to {@value #MAX_YEAR} so that the year always has four
 * digits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPeriod implements Comparable<ReportPeriod> {

  /** The first year a period may lie in. */
  public static final int MIN_YEAR = 1000;

  /** The last year a period may lie in. */
  public static final int MAX_YEAR = 9999;

  private final int year;
  private final PeriodKind kind;
  private final int index;

  private ReportPeriod(int year, PeriodKind kind, int index) {
    checkArgument(
        year >= MIN_YEAR && year <= MAX_YEAR,
        "ReportPeriod year=%s is outside [%s, %s]", year, MIN_YEAR, MAX_YEAR);
    if (index < kind.firstIndex() || index > kind.lastIndex()) {
      throw new IllegalArgumentException(
          "ReportPeriod " + kind + " index=" + index + " is outside [" + kind.firstIndex() + ", "
              + kind.lastIndex() + "]"
              + (kind == PeriodKind.YEAR_TO_DATE && index == 1
                  ? "; January alone is the month ofMonth(" + year + ", 1)"
                  : ""));
    }
    this.year = year;
    this.kind = kind;
    this.index = index;
  }

  /**
   * The period of the given kind and index in the year: {@code of(2022, QUARTER, 3)} is 2022Q3,
   * {@code of(2022, YEAR_TO_DATE, 5)} is 2022年1-5月.
   *
   * @throws IllegalArgumentException if the year is outside [{@value #MIN_YEAR}, {@value
   *     #MAX_YEAR}] or the index outside [{@link PeriodKind#firstIndex()}, {@link
   *     PeriodKind#lastIndex()}] of the kind
   */
  public static ReportPeriod of(int year, PeriodKind kind, int index) {
    return new ReportPeriod(year, requireNonNull(kind, "kind"), index);
  }

  /** The calendar year (年). */
  public static ReportPeriod ofYear(int year) {
    return of(year, PeriodKind.YEAR, 1);
  }

  /** The first (half 1, 上半年) or second (half 2, 下半年) half of the year. */
  public static ReportPeriod ofHalfYear(int year, int half) {
    return of(year, PeriodKind.HALF_YEAR, half);
  }

  /** The quarter 1 to 4 of the year, 一季度 to 四季度. */
  public static ReportPeriod ofQuarter(int year, int quarter) {
    return of(year, PeriodKind.QUARTER, quarter);
  }

  /** The month 1 to 12 of the year. */
  public static ReportPeriod ofMonth(int year, int month) {
    return of(year, PeriodKind.MONTH, month);
  }

  /** The given calendar month as a period. */
  public static ReportPeriod of(YearMonth month) {
    requireNonNull(month, "month");
    return ofMonth(month.getYear(), month.getMonthValue());
  }

  /**
   * The year to date (累计) from January to the end of the given month, 2 to 12: {@code
   * yearToDate(2022, 5)} is 2022年1-5月, {@code yearToDate(2022, 9)} is 2022年前三季度.
   *
   * @throws IllegalArgumentException if the month is outside [2, 12] or the year out of range
   */
  public static ReportPeriod yearToDate(int year, int lastMonth) {
    return of(year, PeriodKind.YEAR_TO_DATE, lastMonth);
  }

  /**
   * Reads a period in either form of the table above, or a variant reports use, after stripping
   * the whitespace around it.
   *
   * <table>
   *   <caption>Accepted forms</caption>
   *   <tr><th>kind</th><th>forms</th></tr>
   *   <tr><td>year</td><td>{@code 2022}, {@code 2022年}, {@code 2022年度}, {@code 2022年全年}</td></tr>
   *   <tr><td>half-year</td><td>{@code 2022H1}, {@code 2022年上半年}, {@code 2022年下半年}</td></tr>
   *   <tr><td>quarter</td><td>{@code 2022Q3}, {@code 2022年三季度}, {@code 2022年第三季度},
   *       {@code 2022年3季度}, {@code 2022年第3季度}</td></tr>
   *   <tr><td>month</td><td>{@code 2022-07}, {@code 2022年7月}, {@code 2022年07月}, {@code
   *       2022年七月}, {@code 2022年7月份}</td></tr>
   *   <tr><td>year to date</td><td>{@code 2022-01/05}, {@code 2022-01/2022-05}, {@code
   *       2022年1-5月}, {@code 2022年1-5月份}, {@code 2022年一至五月}, {@code 2022年前三季度}; the
   *       months joined by {@code -}, {@code －}, {@code —}, {@code –}, {@code ~}, {@code ～},
   *       {@code 〜}, {@code 至} or {@code 到}</td></tr>
   * </table>
   *
   * <p>The year is four ASCII digits; a month or quarter is one or two ASCII digits or a Chinese
   * numeral read by {@link ChineseNumerals#parse}. Full-width digits (２０２２年) and years in
   * Chinese numerals (二〇二二年) are not read, nor is whitespace inside the text. Text longer than
   * 32 characters is rejected before it is read.
   *
   * @throws IllegalArgumentException naming the text and the rule it breaks if it is in no form
   *     or names no real period
   */
  public static ReportPeriod parse(CharSequence text) {
    return ReportPeriodText.parse(text);
  }

  /** The calendar year the period lies in. */
  public int year() {
    return year;
  }

  /** Whether the period is a year, half-year, quarter, month or year-to-date span. */
  public PeriodKind kind() {
    return kind;
  }

  /**
   * The number that names the period in its year: the 1 of 2022H1, the 3 of 2022Q3, the 7 of
   * 2022-07, the last month 5 of 2022年1-5月; 1 for a year.
   */
  public int index() {
    return index;
  }

  /** The first month of the period. */
  public YearMonth firstMonth() {
    return YearMonth.of(year, firstMonthValue());
  }

  /** The last month of the period. */
  public YearMonth lastMonth() {
    return YearMonth.of(year, lastMonthValue());
  }

  private int firstMonthValue() {
    return switch (kind) {
      case YEAR, YEAR_TO_DATE -> 1;
      case HALF_YEAR -> (index - 1) * 6 + 1;
      case QUARTER -> (index - 1) * 3 + 1;
      case MONTH -> index;
    };
  }

  private int lastMonthValue() {
    return switch (kind) {
      case YEAR -> 12;
      case HALF_YEAR -> index * 6;
      case QUARTER -> index * 3;
      case MONTH, YEAR_TO_DATE -> index;
    };
  }

  /** The first day of the period. */
  public LocalDate startDate() {
    return firstMonth().atDay(1);
  }

  /** The last day of the period. */
  public LocalDate endDate() {
    return lastMonth().atEndOfMonth();
  }

  /** The number of months in the period: 6 for 2022H1, 5 for 2022年1-5月. */
  public int lengthInMonths() {
    return lastMonthValue() - firstMonthValue() + 1;
  }

  /** Whether the given month lies in this period. */
  public boolean contains(YearMonth month) {
    requireNonNull(month, "month");
    return month.getYear() == year
        && month.getMonthValue() >= firstMonthValue()
        && month.getMonthValue() <= lastMonthValue();
  }

  /**
   * Whether the other period covers the same months as this one, whatever its kind: true for
   * 2022H1 and 2022年1-6月, and for 2022Q1 and 2022年1-3月.
   */
  public boolean coversSameMonthsAs(ReportPeriod other) {
    requireNonNull(other, "other");
    return year == other.year
        && firstMonthValue() == other.firstMonthValue()
        && lastMonthValue() == other.lastMonthValue();
  }

  /** The number of months of the year elapsed at the end of the period: 6 for 2022H1. */
  public int monthsElapsedInYear() {
    return lastMonthValue();
  }

  /**
   * 时间进度: the share of the plan year elapsed at the end of the period, last month ÷ 12, as an
   * exact fraction, for every kind: 1/2 for 2022H1 and 2022年1-6月, 3/4 for 2022Q3 and 前三季度,
   * 7/12 for 2022-07, 5/12 for 1-5月, 1 for the year.
   */
  public Ratio elapsedShareOfYear() {
    return Ratio.of(lastMonthValue(), 12);
  }

  /**
   * The period of the same kind just before this one, the one a period-on-period (环比) figure
   * compares with: 2021Q4 before 2022Q1, 2021H2 before 2022H1, 2021-12 before 2022-01. For a
   * year-to-date span it is the span one month shorter, the previous release of the cumulative
   * series: 1-4月 before 1-5月, and 2021年1-12月 before 2022年1-2月, since the series of a year
   * starts with 1-2月.
   *
   * @throws DateTimeException if that period would lie before {@value #MIN_YEAR}
   */
  public ReportPeriod previous() {
    if (index > kind.firstIndex()) {
      return new ReportPeriod(year, kind, index - 1);
    }
    return new ReportPeriod(shiftedYear(-1, "previous"), kind, kind.lastIndex());
  }

  /**
   * The period of the same kind just after this one: 2022Q1 after 2021Q4, 2022年1-2月 after
   * 2021年1-12月. {@code p.next().previous()} is {@code p}.
   *
   * @throws DateTimeException if that period would lie after {@value #MAX_YEAR}
   */
  public ReportPeriod next() {
    if (index < kind.lastIndex()) {
      return new ReportPeriod(year, kind, index + 1);
    }
    return new ReportPeriod(shiftedYear(1, "next"), kind, kind.firstIndex());
  }

  /**
   * The same period of the previous year (上年同期), the base of a year-on-year (同比) figure:
   * 2021H1 for 2022H1, 2021年1-5月 for 2022年1-5月.
   *
   * @throws DateTimeException if the year is {@value #MIN_YEAR}
   */
  public ReportPeriod samePeriodLastYear() {
    return new ReportPeriod(shiftedYear(-1, "same period last year"), kind, index);
  }

  private int shiftedYear(int years, String what) {
    int shifted = year + years;
    if (shifted < MIN_YEAR || shifted > MAX_YEAR) {
      throw new DateTimeException(
          "ReportPeriod " + this + " has no " + what + ": years run from " + MIN_YEAR + " to "
              + MAX_YEAR);
    }
    return shifted;
  }

  /**
   * The period in Chinese, as reports write it: {@code 2022年上半年}, {@code 2022年三季度}, {@code
   * 2022年7月}, {@code 2022年1-5月}, {@code 2022年前三季度}.
   */
  public String toChinese() {
    return switch (kind) {
      case YEAR -> year + "年";
      case HALF_YEAR -> year + (index == 1 ? "年上半年" : "年下半年");
      case QUARTER -> year + "年" + ChineseNumerals.format(index) + "季度";
      case MONTH -> year + "年" + index + "月";
      case YEAR_TO_DATE -> year + (index == 9 ? "年前三季度" : "年1-" + index + "月");
    };
  }

  @Override
  public int compareTo(ReportPeriod other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(lastMonthValue(), other.lastMonthValue());
    }
    if (c == 0) {
      c = Integer.compare(firstMonthValue(), other.firstMonthValue());
    }
    return c != 0 ? c : kind.compareTo(other.kind);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj instanceof ReportPeriod other
            && year == other.year
            && kind == other.kind
            && index == other.index);
  }

  @Override
  public int hashCode() {
    return (year * 31 + index) * 31 + kind.hashCode();
  }

  /**
   * The period as {@code 2022}, {@code 2022H1}, {@code 2022Q3}, {@code 2022-07} or, for a
   * year-to-date span, the ISO 8601 interval of months {@code 2022-01/05}.
   */
  @Override
  public String toString() {
    return switch (kind) {
      case YEAR -> Integer.toString(year);
      case HALF_YEAR -> year + "H" + index;
      case QUARTER -> year + "Q" + index;
      case MONTH -> String.format("%d-%02d", year, index);
      case YEAR_TO_DATE -> String.format("%d-01/%02d", year, index);
    };
  }
}
