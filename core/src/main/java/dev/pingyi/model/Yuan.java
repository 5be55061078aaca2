package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.math.LongMath;
import dev.pingyi.internal.TextRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of renminbi (人民币), held as a whole number of fen (分, 0.01 yuan).
 *
 * <p>A {@code long} count of fen reaches about 9.2 × 10¹⁶ yuan, far beyond any budget, and
 * keeps sums cheap. Arithmetic never wraps: {@link #plus}, {@link #minus}, {@link #sum} and
 * {@link #multipliedBy} throw {@link ArithmeticException} on overflow. Factories that take a
 * decimal throw {@link ArithmeticException} when the amount is not a whole number of fen,
 * rather than rounding it silently. Amounts may be negative (a difference, a decrease);
 * fields that must not be negative say so and check it.
 *
 * <p>{@link #equals} agrees with {@link #compareTo}: {@code 13.8亿元} and {@code 138000万元} are
 * the same amount and equal. {@link #toString()} prints yuan with two decimals
 * ({@code 1380000000.00元}); {@link #toString(YuanUnit)} and {@link #toReportString()} print
 * the exact amount in 万元 or 亿元; {@link #format} rounds for publication. {@link #parse} reads
 * back every one of these forms except a rounded one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Yuan implements Comparable<Yuan> {

  /** Zero yuan. */
  public static final Yuan ZERO = new Yuan(0);

  private static final int FEN_SCALE = 2;

  /** The highest power of ten a {@code long} count of fen can hold a digit at. */
  private static final int MAX_FEN_POWER = 18;

  private static final String FORM = "a decimal number followed by 元, 万元, 亿元 or 万亿元";

  /** The units by their symbols, longest first, so that 万亿元 is not read as 亿元. */
  private static final YuanUnit[] UNITS_BY_SYMBOL_LENGTH = {
    YuanUnit.WAN_YI, YuanUnit.YI, YuanUnit.WAN, YuanUnit.YUAN
  };

  private final long fen;

  private Yuan(long fen) {
    this.fen = fen;
  }

  /** The amount of the given number of fen (分). */
  public static Yuan ofFen(long fen) {
    return fen == 0 ? ZERO : new Yuan(fen);
  }

  /**
   * The amount of the given number of whole yuan.
   *
   * @throws ArithmeticException if the amount in fen does not fit in a {@code long}
   */
  public static Yuan ofYuan(long yuan) {
    try {
      return ofFen(LongMath.checkedMultiply(yuan, 100));
    } catch (ArithmeticException e) {
      throw overflow("Yuan yuan=" + yuan);
    }
  }

  /**
   * The amount of the given decimal number of yuan.
   *
   * @throws ArithmeticException if the amount is not a whole number of fen, or too large
   */
  public static Yuan of(BigDecimal yuan) {
    return of(yuan, YuanUnit.YUAN);
  }

  /**
   * The amount of the given decimal number of the given unit: {@code of(new BigDecimal("13.8"),
   * YuanUnit.YI)} is 13.8 亿元.
   *
   * @throws ArithmeticException if the amount is not a whole number of fen, or too large
   */
  public static Yuan of(BigDecimal amount, YuanUnit unit) {
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
    if (amount.signum() == 0) {
      return ZERO;
    }
    // The power of ten of the first digit, in fen, decides range and rounding before any
    // arithmetic, so that an exponent such as 1E-100000000 costs nothing.
    int shift = unit.exponent() + FEN_SCALE;
    long highest = (long) amount.precision() - 1 - amount.scale() + shift;
    if (highest > MAX_FEN_POWER) {
      throw outOfRange(amount, unit);
    }
    if (highest < 0) {
      throw notWholeFen(amount, unit);
    }
    BigDecimal fen;
    try {
      fen = amount.scaleByPowerOfTen(shift).setScale(0, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw notWholeFen(amount, unit);
    }
    if (fen.unscaledValue().bitLength() > 63) {
      throw outOfRange(amount, unit);
    }
    return ofFen(fen.longValue());
  }

  private static ArithmeticException notWholeFen(BigDecimal amount, YuanUnit unit) {
    return new ArithmeticException(
        "Yuan amount=" + TextRules.shown(amount) + unit.symbol() + " is not a whole number of fen (0.01元)");
  }

  private static ArithmeticException outOfRange(BigDecimal amount, YuanUnit unit) {
    return new ArithmeticException(
        "Yuan amount=" + TextRules.shown(amount) + unit.symbol()
            + " is outside the range of a long count of fen, about ±9.2E+16元");
  }

  /** The amount of the given decimal number of 万元 (10⁴ yuan), as project ledgers store it. */
  public static Yuan ofWan(BigDecimal wan) {
    return of(wan, YuanUnit.WAN);
  }

  /** The amount of the given whole number of 万元 (10⁴ yuan). */
  public static Yuan ofWan(long wan) {
    try {
      return ofFen(LongMath.checkedMultiply(wan, 1_000_000L));
    } catch (ArithmeticException e) {
      throw overflow("Yuan wan=" + wan);
    }
  }

  /** The amount of the given decimal number of 亿元 (10⁸ yuan), as reports print it. */
  public static Yuan ofYi(BigDecimal yi) {
    return of(yi, YuanUnit.YI);
  }

  /**
   * The amount of the given decimal number of 亿元, given as text such as {@code "13.8"}: a plain
   * or scientific decimal within the limits of number text (at most 64 characters, digits within
   * 10^±64).
   *
   * @throws IllegalArgumentException if the text is not such a number
   * @throws ArithmeticException if the amount is not a whole number of fen, or too large
   */
  public static Yuan ofYi(String yi) {
    requireNonNull(yi, "yi");
    return ofYi(Checks.parseDecimal(yi, "Yuan yi"));
  }

  /**
   * Reads an amount written as a decimal number followed by a unit, as reports and {@link
   * #toString()} write it.
   *
   * <table>
   *   <caption>Accepted forms</caption>
   *   <tr><th>text</th><th>amount</th></tr>
   *   <tr><td>{@code 13.8亿元}</td><td>1 380 000 000 yuan</td></tr>
   *   <tr><td>{@code 4500万元}</td><td>45 000 000 yuan</td></tr>
   *   <tr><td>{@code 1.2万亿元}</td><td>1 200 000 000 000 yuan</td></tr>
   *   <tr><td>{@code 1380000000.00元}</td><td>1 380 000 000 yuan</td></tr>
   *   <tr><td>{@code -0.5亿元}</td><td>−50 000 000 yuan</td></tr>
   * </table>
   *
   * <p>Whitespace of any kind, the ideographic space (U+3000) included, may stand around the text
   * and between the number and the unit; nothing else is accepted. The number is a plain decimal
   * with ASCII digits and an optional sign, at most 64 characters long.
   *
   * @throws IllegalArgumentException if the text is not of this form, or its amount is not a
   *     whole number of fen or does not fit
   */
  public static Yuan parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = TextRules.strip(text);
    for (YuanUnit unit : UNITS_BY_SYMBOL_LENGTH) {
      if (s.endsWith(unit.symbol())) {
        BigDecimal amount;
        try {
          amount = TextRules.parsePlainDecimal(s.substring(0, s.length() - unit.symbol().length()), "number");
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "Yuan text='" + TextRules.shown(text) + "' is not " + FORM + ": " + e.getMessage(), e);
        }
        try {
          return of(amount, unit);
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException("Yuan text='" + TextRules.shown(text) + "': " + e.getMessage(), e);
        }
      }
    }
    throw new IllegalArgumentException("Yuan text='" + TextRules.shown(text) + "' is not " + FORM);
  }

  /**
   * The sum of the given amounts; zero for none.
   *
   * @throws ArithmeticException if the sum overflows
   */
  public static Yuan sum(Iterable<Yuan> amounts) {
    requireNonNull(amounts, "amounts");
    long total = 0;
    long count = 0;
    for (Yuan amount : amounts) {
      try {
        total = LongMath.checkedAdd(total, requireNonNull(amount, "amount").fen);
      } catch (ArithmeticException e) {
        throw overflow("Yuan sum: the first " + count + " amounts, " + ofFen(total).toReportString()
            + ", plus amount " + count + ", " + amount.toReportString() + ",");
      }
      count++;
    }
    return ofFen(total);
  }

  /** The sum of the given amounts; zero for none. */
  public static Yuan sum(Yuan... amounts) {
    return sum(Arrays.asList(amounts));
  }

  /** The amount as a whole number of fen (分). */
  public long fen() {
    return fen;
  }

  /** The amount in yuan as a decimal with exactly two decimal places. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(fen, FEN_SCALE);
  }

  /** The exact amount in the given unit, with no trailing zeros: 13.8 for 13.8 亿元 in 亿元. */
  public BigDecimal in(YuanUnit unit) {
    requireNonNull(unit, "unit");
    return strip(BigDecimal.valueOf(fen, FEN_SCALE + unit.exponent()));
  }

  /**
   * This amount plus the other.
   *
   * @throws ArithmeticException if the sum overflows
   */
  public Yuan plus(Yuan other) {
    requireNonNull(other, "other");
    try {
      return ofFen(LongMath.checkedAdd(fen, other.fen));
    } catch (ArithmeticException e) {
      throw overflow("Yuan " + toReportString() + " plus " + other.toReportString());
    }
  }

  /**
   * This amount minus the other.
   *
   * @throws ArithmeticException if the difference overflows
   */
  public Yuan minus(Yuan other) {
    requireNonNull(other, "other");
    try {
      return ofFen(LongMath.checkedSubtract(fen, other.fen));
    } catch (ArithmeticException e) {
      throw overflow("Yuan " + toReportString() + " minus " + other.toReportString());
    }
  }

  /**
   * This amount times a whole number.
   *
   * @throws ArithmeticException if the product overflows
   */
  public Yuan multipliedBy(long factor) {
    try {
      return ofFen(LongMath.checkedMultiply(fen, factor));
    } catch (ArithmeticException e) {
      throw overflow("Yuan " + toReportString() + " times " + factor);
    }
  }

  /**
   * The amount with the opposite sign.
   *
   * @throws ArithmeticException for the one amount whose negation does not fit
   */
  public Yuan negated() {
    if (fen == Long.MIN_VALUE) {
      throw overflow("Yuan " + toReportString() + " negated");
    }
    return ofFen(-fen);
  }

  /** −1, 0 or 1 as the amount is negative, zero or positive. */
  public int signum() {
    return Long.signum(fen);
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return fen == 0;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return fen < 0;
  }

  /** Whether the amount is greater than the other. */
  public boolean isGreaterThan(Yuan other) {
    return compareTo(other) > 0;
  }

  /** Whether the amount is less than the other. */
  public boolean isLessThan(Yuan other) {
    return compareTo(other) < 0;
  }

  /**
   * The exact amount in the given unit, trailing zeros dropped: {@code 13.8亿元}. {@link
   * #parse} reads it back.
   */
  public String toString(YuanUnit unit) {
    return in(unit).toPlainString() + unit.symbol();
  }

  /**
   * The exact amount the way reports write it: in the largest unit of 万亿元, 亿元 and 万元 that
   * the amount reaches (元 below 1 万元), with the digits that carry information and no more —
   * {@code 13.8亿元}, {@code 4500万元}, {@code 1.2万亿元}, {@code 350元}. Nothing is rounded, so
   * {@link #parse} reads it back.
   */
  public String toReportString() {
    return toString(reportUnit());
  }

  /**
   * The amount in the given unit rounded to the given number of decimals, for publication:
   * {@code format(YuanUnit.YI, 2, RoundingMode.HALF_UP)} prints {@code 4.98亿元}.
   *
   * @throws IllegalArgumentException if decimals is negative or above 64
   * @throws ArithmeticException naming the amount if rounding is needed and the mode is {@code
   *     UNNECESSARY}
   */
  public String format(YuanUnit unit, int decimals, RoundingMode mode) {
    requireNonNull(unit, "unit");
    requireNonNull(mode, "mode");
    checkArgument(
        decimals >= 0 && decimals <= TextRules.MAX_EXPONENT,
        "Yuan format decimals=%s is outside [0, %s]",
        decimals,
        TextRules.MAX_EXPONENT);
    try {
      return BigDecimal.valueOf(fen, FEN_SCALE + unit.exponent()).setScale(decimals, mode).toPlainString()
          + unit.symbol();
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "Yuan " + toString(unit) + " needs rounding to be printed with " + decimals
              + " decimals in " + unit.symbol() + ", and the rounding mode given is UNNECESSARY");
    }
  }

  private YuanUnit reportUnit() {
    long absYuan = Math.abs(fen / 100);
    if (absYuan >= 1_000_000_000_000L) {
      return YuanUnit.WAN_YI;
    } else if (absYuan >= 100_000_000L) {
      return YuanUnit.YI;
    } else if (absYuan >= 10_000L) {
      return YuanUnit.WAN;
    }
    return YuanUnit.YUAN;
  }

  @Override
  public int compareTo(Yuan other) {
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Yuan && ((Yuan) obj).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** The amount in yuan with two decimals and the symbol 元, for example {@code 1380000000.00元}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString() + YuanUnit.YUAN.symbol();
  }

  private static BigDecimal strip(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.setScale(Math.max(0, stripped.scale()));
  }

  /** The overflow of an operation, naming it and its values. */
  private static ArithmeticException overflow(String operation) {
    return new ArithmeticException(
        operation + " overflows the range of a long count of fen, ±" + ofFen(Long.MAX_VALUE).toReportString());
  }
}
