package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period: a calendar year, half-year, quarter or month, such as the first half of
 * 2022 (2022年上半年) in which the Liaocheng evaluation was held.
 *
 * <table>
 *   <caption>Textual forms; {@link #parse} reads both columns</caption>
 *   <tr><th>{@link #toString()}</th><th>{@link #toChinese()}</th></tr>
 *   <tr><td>{@code 2022}</td><td>{@code 2022年}</td></tr>
 *   <tr><td>{@code 2022H1}</td><td>{@code 2022年上半年}</td></tr>
 *   <tr><td>{@code 2022H2}</td><td>{@code 2022年下半年}</td></tr>
 *   <tr><td>{@code 2022Q3}</td><td>{@code 2022年第三季度}</td></tr>
 *   <tr><td>{@code 2022-07}</td><td>{@code 2022年7月}</td></tr>
 * </table>
 *
 * <p>Periods are ordered by their first month, then the longer first, so that a period comes
 * just before the periods it contains: 2022 &lt; 2022H1 &lt; 2022Q1 &lt; 2022-01 &lt; 2022-02. Years run from 1000 to 9999 so that the year always has four digits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPeriod implements Comparable<ReportPeriod> {

  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;
  private static final String[] QUARTER_NUMERALS = {"一", "二", "三", "四"};
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})(?:H([12])|Q([1-4])|-(0[1-9]|1[0-2]))?");
  private static final Pattern CHINESE =
      Pattern.compile("(\\d{4})年(?:(上|下)半年|第(一|二|三|四)季度|([1-9]|1[0-2])月)?");
  private static final Comparator<ReportPeriod> ORDER =
      Comparator.comparing(ReportPeriod::firstMonth)
          .thenComparing(ReportPeriod::lastMonth, Comparator.reverseOrder());

  private final int year;
  private final PeriodKind kind;
  private final int index;

  private ReportPeriod(int year, PeriodKind kind, int index) {
    checkArgument(
        year >= MIN_YEAR && year <= MAX_YEAR,
        "ReportPeriod year=%s is outside [%s, %s]", year, MIN_YEAR, MAX_YEAR);
    checkArgument(
        index >= 1 && index <= kind.perYear(),
        "ReportPeriod %s index=%s is outside [1, %s]", kind, index, kind.perYear());
    this.year = year;
    this.kind = kind;
    this.index = index;
  }

  /** The calendar year. */
  public static ReportPeriod ofYear(int year) {
    return new ReportPeriod(year, PeriodKind.YEAR, 1);
  }

  /** The first (half 1, 上半年) or second (half 2, 下半年) half of the year. */
  public static ReportPeriod ofHalfYear(int year, int half) {
    return new ReportPeriod(year, PeriodKind.HALF_YEAR, half);
  }

  /** The quarter 1 to 4 of the year. */
  public static ReportPeriod ofQuarter(int year, int quarter) {
    return new ReportPeriod(year, PeriodKind.QUARTER, quarter);
  }

  /** The month 1 to 12 of the year. */
  public static ReportPeriod ofMonth(int year, int month) {
    return new ReportPeriod(year, PeriodKind.MONTH, month);
  }

  /** The given calendar month as a period. */
  public static ReportPeriod of(YearMonth month) {
    requireNonNull(month, "month");
    return ofMonth(month.getYear(), month.getMonthValue());
  }

  /**
   * Reads a period in either form of the table above.
   *
   * @throws IllegalArgumentException if the text is in neither form or names no real period
   */
  public static ReportPeriod parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      int year = Integer.parseInt(iso.group(1));
      if (iso.group(2) != null) {
        return ofHalfYear(year, Integer.parseInt(iso.group(2)));
      } else if (iso.group(3) != null) {
        return ofQuarter(year, Integer.parseInt(iso.group(3)));
      } else if (iso.group(4) != null) {
        return ofMonth(year, Integer.parseInt(iso.group(4)));
      }
      return ofYear(year);
    }
    Matcher zh = CHINESE.matcher(s);
    checkArgument(
        zh.matches(),
        "ReportPeriod text='%s' is not of the form 2022, 2022H1, 2022Q3, 2022-07, 2022年上半年, "
            + "2022年第三季度 or 2022年7月",
        s);
    int year = Integer.parseInt(zh.group(1));
    if (zh.group(2) != null) {
      return ofHalfYear(year, zh.group(2).equals("上") ? 1 : 2);
    } else if (zh.group(3) != null) {
      return ofQuarter(year, Arrays.asList(QUARTER_NUMERALS).indexOf(zh.group(3)) + 1);
    } else if (zh.group(4) != null) {
      return ofMonth(year, Integer.parseInt(zh.group(4)));
    }
    return ofYear(year);
  }

  /** The calendar year the period lies in. */
  public int year() {
    return year;
  }

  /** Whether the period is a year, half-year, quarter or month. */
  public PeriodKind kind() {
    return kind;
  }

  /** The position of the period in its year, from 1: the 3 of 2022Q3, the 7 of 2022-07. */
  public int index() {
    return index;
  }

  /** The first month of the period. */
  public YearMonth firstMonth() {
    return YearMonth.of(year, (index - 1) * kind.months() + 1);
  }

  /** The last month of the period. */
  public YearMonth lastMonth() {
    return YearMonth.of(year, index * kind.months());
  }

  /** The first day of the period. */
  public LocalDate startDate() {
    return firstMonth().atDay(1);
  }

  /** The last day of the period. */
  public LocalDate endDate() {
    return lastMonth().atEndOfMonth();
  }

  /** Whether the given month lies in this period. */
  public boolean contains(YearMonth month) {
    requireNonNull(month, "month");
    return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
  }

  /** The number of months of the year elapsed at the end of the period: 6 for 2022H1. */
  public int monthsElapsedInYear() {
    return index * kind.months();
  }

  /**
   * 时间进度: the share of the plan year elapsed at the end of the period, elapsed months ÷ 12,
   * as an exact fraction: 1/2 for 2022H1, 3/4 for 2022Q3, 7/12 for 2022-07.
   */
  public Ratio elapsedShareOfYear() {
    return Ratio.of(monthsElapsedInYear(), 12);
  }

  /** The period in Chinese, as reports write it: {@code 2022年上半年}. */
  public String toChinese() {
    return switch (kind) {
      case YEAR -> year + "年";
      case HALF_YEAR -> year + (index == 1 ? "年上半年" : "年下半年");
      case QUARTER -> year + "年第" + QUARTER_NUMERALS[index - 1] + "季度";
      case MONTH -> year + "年" + index + "月";
    };
  }

  @Override
  public int compareTo(ReportPeriod other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ReportPeriod)) {
      return false;
    }
    ReportPeriod other = (ReportPeriod) obj;
    return year == other.year && kind == other.kind && index == other.index;
  }

  @Override
  public int hashCode() {
    return (year * 31 + kind.ordinal()) * 31 + index;
  }

  /** The period as {@code 2022}, {@code 2022H1}, {@code 2022Q3} or {@code 2022-07}. */
  @Override
  public String toString() {
    return switch (kind) {
      case YEAR -> Integer.toString(year);
      case HALF_YEAR -> year + "H" + index;
      case QUARTER -> year + "Q" + index;
      case MONTH -> String.format("%d-%02d", year, index);
    };
  }
}
