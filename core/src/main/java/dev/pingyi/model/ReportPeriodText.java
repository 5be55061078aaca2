package dev.pingyi.model;

import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;
import org.jspecify.annotations.Nullable;

/** Reads the textual forms of {@link ReportPeriod}; the forms are listed on {@link ReportPeriod#parse}. */
final class ReportPeriodText {

  /** The most characters read; the longest form, {@code 2022-01/2022-05} or {@code 2022年十二月份}, has far fewer. */
  static final int MAX_LENGTH = 32;

  /** The characters that may join the months of a span: 1-5月, 1—5月, 1～5月, 1至5月. */
  private static final String DASHES = "-－—–~～〜至到";

  private static final String FORMS =
      "2022, 2022H1, 2022Q3, 2022-07, 2022-01/05, 2022年, 2022年上半年, 2022年三季度, 2022年7月,"
          + " 2022年1-5月 or 2022年前三季度";

  private ReportPeriodText() {}

  static ReportPeriod parse(CharSequence text) {
    requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw bad(text, "has " + text.length() + " characters, more than the " + MAX_LENGTH
          + " a period needs");
    }
    String s = TextRules.strip(text);
    for (int i = 0; i < s.length(); i++) {
      if (TextRules.isWhitespace(s.charAt(i))) {
        throw bad(text, "has whitespace inside it, at index " + i + "; a period is written without");
      }
    }
    if (s.length() < 4 || !isAsciiDigits(s.substring(0, 4))) {
      throw bad(text, "does not start with a year of four ASCII digits; forms are " + FORMS);
    }
    int year = Integer.parseInt(s.substring(0, 4));
    String rest = s.substring(4);
    if (rest.isEmpty()) {
      return period(text, year, PeriodKind.YEAR, 1);
    }
    return switch (rest.charAt(0)) {
      case 'H' -> period(text, year, PeriodKind.HALF_YEAR, singleDigit(text, rest));
      case 'Q' -> period(text, year, PeriodKind.QUARTER, singleDigit(text, rest));
      case '-' -> iso(text, year, rest);
      case '年' -> chinese(text, year, rest.substring(1));
      default -> throw bad(text, "is not of a form ReportPeriod reads: " + FORMS);
    };
  }

  private static int singleDigit(CharSequence text, String rest) {
    if (rest.length() != 2 || !isAsciiDigits(rest.substring(1))) {
      throw bad(text, "has " + rest.charAt(0) + " not followed by one ASCII digit, as in 2022"
          + rest.charAt(0) + "1");
    }
    return rest.charAt(1) - '0';
  }

  /** {@code -07}, {@code -01/05} or {@code -01/2022-05}. */
  private static ReportPeriod iso(CharSequence text, int year, String rest) {
    if (rest.length() == 3 && isAsciiDigits(rest.substring(1))) {
      return period(text, year, PeriodKind.MONTH, Integer.parseInt(rest.substring(1)));
    }
    String end;
    if (rest.length() == 6 && rest.startsWith("-01/")) {
      end = rest.substring(4);
    } else if (rest.length() == 11 && rest.startsWith("-01/" + year + "-")) {
      end = rest.substring(9);
    } else {
      throw bad(text, "is neither a month such as 2022-07 nor a span of months from January of"
          + " one year such as 2022-01/05");
    }
    if (!isAsciiDigits(end)) {
      throw bad(text, "has a last month '" + end + "' that is not two ASCII digits");
    }
    return period(text, year, PeriodKind.YEAR_TO_DATE, Integer.parseInt(end));
  }

  /** What follows 年. */
  private static ReportPeriod chinese(CharSequence text, int year, String body) {
    @Nullable ReportPeriod named = switch (body) {
      case "", "度", "全年" -> period(text, year, PeriodKind.YEAR, 1);
      case "上半年" -> period(text, year, PeriodKind.HALF_YEAR, 1);
      case "下半年" -> period(text, year, PeriodKind.HALF_YEAR, 2);
      case "前三季度" -> period(text, year, PeriodKind.YEAR_TO_DATE, 9);
      default -> null;
    };
    if (named != null) {
      return named;
    }
    if (body.endsWith("季度")) {
      String quarter = body.substring(0, body.length() - 2);
      if (quarter.startsWith("第")) {
        quarter = quarter.substring(1);
      }
      return period(text, year, PeriodKind.QUARTER, number(text, quarter, "quarter"));
    }
    String months = body.endsWith("月份")
        ? body.substring(0, body.length() - 2)
        : body.endsWith("月") ? body.substring(0, body.length() - 1) : null;
    if (months == null) {
      throw bad(text, "is not of a form ReportPeriod reads: " + FORMS);
    }
    int dash = indexOfDash(months);
    if (dash < 0) {
      return period(text, year, PeriodKind.MONTH, number(text, months, "month"));
    }
    int first = number(text, months.substring(0, dash), "first month");
    if (first != 1) {
      throw bad(text, "spans months from " + first + "月; a span of months starts in January,"
          + " as in 1-5月");
    }
    return period(text, year, PeriodKind.YEAR_TO_DATE, number(text, months.substring(dash + 1), "last month"));
  }

  private static int indexOfDash(String months) {
    for (int i = 0; i < months.length(); i++) {
      if (DASHES.indexOf(months.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** A number written in one or two ASCII digits or in Chinese numerals. */
  private static int number(CharSequence text, String number, String what) {
    if (!number.isEmpty() && number.length() <= 2 && isAsciiDigits(number)) {
      return Integer.parseInt(number);
    }
    try {
      return ChineseNumerals.parse(number);
    } catch (IllegalArgumentException e) {
      throw bad(text, "has a " + what + " '" + TextRules.shown(number) + "' that is neither one or"
          + " two ASCII digits nor a Chinese numeral (" + e.getMessage() + ")", e);
    }
  }

  private static ReportPeriod period(CharSequence text, int year, PeriodKind kind, int index) {
    try {
      return ReportPeriod.of(year, kind, index);
    } catch (IllegalArgumentException e) {
      throw bad(text, "names no real period: " + e.getMessage(), e);
    }
  }

  private static boolean isAsciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static IllegalArgumentException bad(CharSequence text, String rule) {
    return new IllegalArgumentException("ReportPeriod text='" + TextRules.shown(text) + "' " + rule);
  }

  private static IllegalArgumentException bad(CharSequence text, String rule, Throwable cause) {
    return new IllegalArgumentException("ReportPeriod text='" + TextRules.shown(text) + "' " + rule, cause);
  }
}
