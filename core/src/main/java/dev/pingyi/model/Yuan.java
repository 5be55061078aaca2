package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern TEXT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(万亿元|亿元|万元|元)");

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
    return ofFen(LongMath.checkedMultiply(yuan, 100));
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
    BigDecimal fen = amount.scaleByPowerOfTen(unit.exponent() + FEN_SCALE);
    try {
      return ofFen(fen.longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "Yuan amount=" + amount.toPlainString() + unit.symbol()
              + (fen.signum() != 0 && fen.stripTrailingZeros().scale() > 0
                  ? " is not a whole number of fen (0.01元)"
                  : " is outside the range of a long count of fen"));
    }
  }

  /** The amount of the given decimal number of 万元 (10⁴ yuan), as project ledgers store it. */
  public static Yuan ofWan(BigDecimal wan) {
    return of(wan, YuanUnit.WAN);
  }

  /** The amount of the given whole number of 万元 (10⁴ yuan). */
  public static Yuan ofWan(long wan) {
    return ofFen(LongMath.checkedMultiply(wan, 1_000_000L));
  }

  /** The amount of the given decimal number of 亿元 (10⁸ yuan), as reports print it. */
  public static Yuan ofYi(BigDecimal yi) {
    return of(yi, YuanUnit.YI);
  }

  /** The amount of the given decimal number of 亿元, given as text such as {@code "13.8"}. */
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
   * <p>Whitespace may stand between the number and the unit; nothing else is accepted.
   *
   * @throws IllegalArgumentException if the text is not of this form, or its amount is not a
   *     whole number of fen or does not fit
   */
  public static Yuan parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.toString().strip());
    checkArgument(
        m.matches(),
        "Yuan text='%s' is not a decimal number followed by 元, 万元, 亿元 or 万亿元",
        text);
    YuanUnit unit = unitOf(m.group(2));
    try {
      return of(new BigDecimal(m.group(1)), unit);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Yuan text='" + text + "': " + e.getMessage(), e);
    }
  }

  /**
   * The sum of the given amounts; zero for none.
   *
   * @throws ArithmeticException if the sum overflows
   */
  public static Yuan sum(Iterable<Yuan> amounts) {
    requireNonNull(amounts, "amounts");
    long total = 0;
    for (Yuan amount : amounts) {
      total = LongMath.checkedAdd(total, requireNonNull(amount, "amount").fen);
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
    return ofFen(LongMath.checkedAdd(fen, other.fen));
  }

  /**
   * This amount minus the other.
   *
   * @throws ArithmeticException if the difference overflows
   */
  public Yuan minus(Yuan other) {
    requireNonNull(other, "other");
    return ofFen(LongMath.checkedSubtract(fen, other.fen));
  }

  /**
   * This amount times a whole number.
   *
   * @throws ArithmeticException if the product overflows
   */
  public Yuan multipliedBy(long factor) {
    return ofFen(LongMath.checkedMultiply(fen, factor));
  }

  /**
   * The amount with the opposite sign.
   *
   * @throws ArithmeticException for the one amount whose negation does not fit
   */
  public Yuan negated() {
    return ofFen(LongMath.checkedMultiply(fen, -1));
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
   * @throws IllegalArgumentException if decimals is negative
   * @throws ArithmeticException if rounding is needed and the mode is {@code UNNECESSARY}
   */
  public String format(YuanUnit unit, int decimals, RoundingMode mode) {
    requireNonNull(unit, "unit");
    requireNonNull(mode, "mode");
    checkArgument(decimals >= 0, "Yuan format decimals=%s must not be negative", decimals);
    return BigDecimal.valueOf(fen, FEN_SCALE + unit.exponent()).setScale(decimals, mode).toPlainString()
        + unit.symbol();
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

  private static YuanUnit unitOf(String symbol) {
    for (YuanUnit unit : YuanUnit.values()) {
      if (unit.symbol().equals(symbol)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("Yuan unit='" + symbol + "' is not 元, 万元, 亿元 or 万亿元");
  }

  private static BigDecimal strip(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
