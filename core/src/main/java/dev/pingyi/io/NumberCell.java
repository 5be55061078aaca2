package dev.pingyi.io;

import com.google.common.math.LongMath;
import dev.pingyi.internal.TextRules;
import dev.pingyi.model.Score;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads the number in a spreadsheet cell, and the unit written after it, without a regular
 * expression and, for the numbers ledgers hold, without a {@link BigDecimal}: the digits are
 * gathered into a {@code long} and a scale, and an amount in fen or a score in ten-thousandths
 * is made from them exactly.
 *
 * <table>
 *   <caption>What a number cell may hold</caption>
 *   <tr><th>text</th><th>read as</th></tr>
 *   <tr><td>{@code 12500}, {@code -0.5}, {@code +3}</td><td>a plain decimal</td></tr>
 *   <tr><td>{@code 12,500.75}</td><td>12500.75: separators between groups of exactly three
 *       digits in the whole part</td></tr>
 *   <tr><td>{@code １３．８}, {@code １２，５００}</td><td>full-width digits, point and comma fold to
 *       ASCII</td></tr>
 *   <tr><td>{@code 1.38E+09}</td><td>scientific notation, as spreadsheets print large numbers;
 *       bounded as {@link TextRules#parseDecimal} bounds it</td></tr>
 *   <tr><td>{@code 13.8亿元}, {@code 13.8 亿元}, {@code 92.5分}</td><td>a number and a unit
 *       (suffix), whitespace allowed between</td></tr>
 * </table>
 *
 * <p>Not thread-safe: a reader makes one for each table it reads.
 */
final class NumberCell {

  /** Numbers with at most this many digits are gathered in a {@code long}; more go to BigDecimal. */
  private static final int MAX_LONG_DIGITS = 18;

  /** 10 to the power of the index, up to 10¹⁸. */
  private static final long[] POWERS_OF_TEN = new long[MAX_LONG_DIGITS + 1];
  /** The largest magnitude whose product with 10 to the power of the index fits a long. */
  private static final long[] MAX_MULTIPLICAND = new long[MAX_LONG_DIGITS + 1];

  static {
    for (int i = 0; i <= MAX_LONG_DIGITS; i++) {
      POWERS_OF_TEN[i] = LongMath.pow(10, i);
      MAX_MULTIPLICAND[i] = Long.MAX_VALUE / POWERS_OF_TEN[i];
    }
  }

  private long unscaled;
  private int scale;
  private @Nullable BigDecimal big;
  private String suffix = "";

  /**
   * Reads the cell's text.
   *
   * @throws IllegalArgumentException naming the rule broken if the text does not start with a
   *     number of the forms above
   */
  void parse(CharSequence cell) {
    if (parsePlain(cell)) {
      return;
    }
    CharSequence s = CellText.strip(CellText.foldWidth(cell));
    big = null;
    unscaled = 0;
    scale = 0;
    suffix = "";
    if (s.length() > 2 * TextRules.MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException(
          "has " + s.length() + " characters, more than the " + TextRules.MAX_NUMBER_LENGTH
              + " a number may have");
    }
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    long value = 0;
    int digits = 0;
    int group = 0;
    boolean grouped = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
        group++;
      } else if (c == ',') {
        if (group == 0 || group > 3 || (grouped && group != 3)) {
          throw badGrouping();
        }
        grouped = true;
        group = 0;
      } else {
        break;
      }
      // past 18 digits the value is left to readBig, but the grouping is still checked to the end
    }
    if (grouped && group != 3) {
      throw badGrouping();
    }
    int fraction = 0;
    if (digits <= MAX_LONG_DIGITS && i < n && s.charAt(i) == '.') {
      for (i++; i < n && digits <= MAX_LONG_DIGITS; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        digits++;
        fraction++;
      }
    }
    if (digits > MAX_LONG_DIGITS || (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E'))) {
      readBig(s.toString());
      return;
    }
    if (digits == 0) {
      throw new IllegalArgumentException("is not a number: a number cell starts with digits");
    }
    unscaled = negative ? -value : value;
    scale = fraction;
    suffix = i == n ? "" : TextRules.strip(s.subSequence(i, n));
  }

  /**
   * Reads a cell that is a plain number and nothing else, in one pass: an optional sign, digits
   * grouped by commas as {@link #parse} allows, an optional point and fraction, at most {@value
   * #MAX_LONG_DIGITS} digits in all, no whitespace, full-width form, exponent or suffix. Such a
   * cell is its own folded and stripped text, and {@link #parse} reads it exactly as this does.
   *
   * @return false, having changed nothing, for any other cell (and for one {@link #parse} rejects),
   *     which {@link #parse} then reads, or rejects, the long way
   */
  private boolean parsePlain(CharSequence s) {
    int n = s.length();
    if (n == 0 || n > 2 * TextRules.MAX_NUMBER_LENGTH) {
      return false;
    }
    int i = 0;
    char first = s.charAt(0);
    boolean negative = first == '-';
    if (negative || first == '+') {
      i++;
    }
    long value = 0;
    int digits = 0;
    int group = 0;
    boolean grouped = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
        group++;
      } else if (c == ',') {
        if (group == 0 || group > 3 || (grouped && group != 3)) {
          return false;
        }
        grouped = true;
        group = 0;
      } else {
        break;
      }
    }
    if (grouped && group != 3) {
      return false;
    }
    int fraction = 0;
    if (i < n && s.charAt(i) == '.') {
      for (i++; i < n; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
        value = value * 10 + (c - '0');
        digits++;
        fraction++;
      }
    }
    if (i != n || digits == 0 || digits > MAX_LONG_DIGITS) {
      return false;
    }
    big = null;
    unscaled = negative ? -value : value;
    scale = fraction;
    suffix = "";
    return true;
  }

  /** Reads numbers too long for a long, and scientific notation, through BigDecimal. */
  private void readBig(String s) {
    int end = 0;
    while (end < s.length() && isNumberChar(s.charAt(end))) {
      end++;
    }
    String number = s.substring(0, end);
    if (number.indexOf(',') >= 0) {
      if (number.indexOf('e') >= 0 || number.indexOf('E') >= 0) {
        throw new IllegalArgumentException("mixes thousands separators and an exponent");
      }
      int point = number.indexOf('.');
      if (point >= 0 && number.lastIndexOf(',') > point) {
        throw badGrouping();
      }
      // the groups before the point were checked by parse
      number = number.replace(",", "");
    }
    big = TextRules.parseDecimal(number, "number");
    suffix = TextRules.strip(s.substring(end));
  }

  private static boolean isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '+' || c == 'e' || c == 'E';
  }

  private static IllegalArgumentException badGrouping() {
    return new IllegalArgumentException(
        "has thousands separators that do not separate groups of three digits; write 12,500 or"
            + " 12500");
  }

  /** The text after the number, whitespace stripped: a unit such as 亿元, or empty. */
  String suffix() {
    return suffix;
  }

  /** −1, 0 or 1 as the number is negative, zero or positive. */
  int signum() {
    return big != null ? big.signum() : Long.signum(unscaled);
  }

  /** The number as a decimal. */
  BigDecimal decimal() {
    return big != null ? big : BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * The amount of the number in the given unit.
   *
   * @throws IllegalArgumentException if it is not a whole number of fen or is out of range
   */
  Yuan toYuan(YuanUnit unit) {
    if (big == null) {
      int shift = unit.exponent() + 2 - scale;
      if (shift >= 0 && shift <= MAX_LONG_DIGITS) {
        long factor = POWERS_OF_TEN[shift];
        if (unscaled <= MAX_MULTIPLICAND[shift] && unscaled >= -MAX_MULTIPLICAND[shift]) {
          return Yuan.ofFen(unscaled * factor);
        }
        long fen = LongMath.saturatedMultiply(unscaled, factor);
        if (fen != Long.MAX_VALUE && fen != Long.MIN_VALUE) {
          return Yuan.ofFen(fen);
        }
      } else if (shift < 0 && -shift <= MAX_LONG_DIGITS) {
        long divisor = POWERS_OF_TEN[-shift];
        if (unscaled % divisor == 0) {
          return Yuan.ofFen(unscaled / divisor);
        }
      }
    }
    try {
      return Yuan.of(decimal(), unit);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * The number as a score.
   *
   * @throws IllegalArgumentException if it has more than four decimals or is out of range
   */
  Score toScore() {
    if (big == null && scale <= Score.SCALE) {
      long scaled = LongMath.saturatedMultiply(unscaled, LongMath.pow(10, Score.SCALE - scale));
      if (scaled != Long.MAX_VALUE && scaled != Long.MIN_VALUE) {
        return Score.ofScaled(scaled);
      }
    }
    return Score.of(decimal());
  }

  /**
   * The number as an int, if it is a whole number in the range.
   *
   * @throws IllegalArgumentException if it is not a whole number within [min, max]
   */
  int toInt(int min, int max) {
    if (big == null) {
      long whole = unscaled;
      int decimals = scale;
      while (decimals > 0 && whole % 10 == 0) {
        whole /= 10;
        decimals--;
      }
      if (decimals == 0 && whole >= min && whole <= max) {
        return (int) whole;
      }
    }
    throw new IllegalArgumentException("is not a whole number within [" + min + ", " + max + "]");
  }
}
