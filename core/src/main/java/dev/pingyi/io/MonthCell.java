package dev.pingyi.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a month (开工时间, 竣工时间) from a spreadsheet cell, in the forms offices write it, and writes
 * it in the form {@link TableWriter} uses.
 *
 * <table>
 *   <caption>What a month cell may hold</caption>
 *   <tr><th>text</th><th>read as</th></tr>
 *   <tr><td>{@code 2022年3月}, {@code 2022年03月}, {@code 2022年3月份}</td><td>March 2022</td></tr>
 *   <tr><td>{@code 2022.03}, {@code 2022.3}, {@code 2022-03}, {@code 2022/3}</td><td>March 2022,
 *       one separator throughout</td></tr>
 *   <tr><td>{@code 2022年3月15日}, {@code 2022-03-15}, {@code 2022/3/15}, {@code 2022.3.15}</td>
 *       <td>March 2022: a day, which must exist, is allowed and dropped</td></tr>
 *   <tr><td>an {@code .xlsx} date cell</td><td>its month ({@link XlsxRows} gives it as
 *       {@code 2022-03-15}, a time of day after it if it has one)</td></tr>
 *   <tr><td>{@code ２０２２．３}</td><td>full-width digits and separators fold to ASCII</td></tr>
 * </table>
 *
 * <p>A number cell of Excel that holds 2022.10 shows, and is read as, 2022.1: January. Years are
 * four digits, 1000 to 9999.
 */
final class MonthCell {

  private static final Pattern MONTH = Pattern.compile(
      "(\\d{4})(?:年(\\d{1,2})月份?(?:(\\d{1,2})[日号])?|([./-])(\\d{1,2})(?:\\4(\\d{1,2}))?"
          + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?)");

  private MonthCell() {}

  /**
   * The month the cell's text gives.
   *
   * @throws IllegalArgumentException naming the rule broken
   */
  static YearMonth parse(CharSequence cell) {
    String text = CellText.strip(CellText.foldWidth(cell).toString());
    Matcher m = MONTH.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "is not a month: write 2022年3月, 2022.03, 2022-03 or 2022/3, a day after it if you like");
    }
    int year = Integer.parseInt(m.group(1));
    String monthText = m.group(2) != null ? m.group(2) : m.group(5);
    String dayText = m.group(2) != null ? m.group(3) : m.group(6);
    int month = Integer.parseInt(monthText);
    if (year < 1000) {
      throw new IllegalArgumentException("has the year " + m.group(1) + "; a year is 1000 to 9999");
    }
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("has the month " + monthText + "; a month is 1 to 12");
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (dayText != null) {
      try {
        LocalDate.of(year, month, Integer.parseInt(dayText));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("has the day " + dayText + ", which " + yearMonth + " does not have", e);
      }
    }
    return yearMonth;
  }

  /** The month as {@link TableWriter} writes it in CSV and text cells: 2022年3月. */
  static String format(YearMonth month) {
    return month.getYear() + "年" + month.getMonthValue() + "月";
  }
}
