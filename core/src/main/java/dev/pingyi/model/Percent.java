package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A rate or share printed as a percentage — a start rate (开工率), a plan completion, a share
 * (占比) — that keeps its exact fraction and rounds only when printed: 102 of 107 projects is the
 * fraction 102/107 and prints {@code 95.3%}.
 *
 * <p>{@link #toString()} prints one decimal, rounded {@link RoundingMode#HALF_UP}, as Chinese
 * reports do; {@link #format} takes other decimals and modes. A percentage that was published
 * already rounded is read with {@link #parse} and is exactly what was printed: figures computed
 * from it are only as exact as it is.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percent implements Comparable<Percent> {

  /** The decimals reports print: one. */
  public static final int REPORT_DECIMALS = 1;

  /** The rounding reports use: half up. */
  public static final RoundingMode REPORT_ROUNDING = RoundingMode.HALF_UP;

  private static final Ratio HUNDRED = Ratio.of(100, 1);

  private final Ratio fraction;

  private Percent(Ratio fraction) {
    this.fraction = fraction;
  }

  /** The percentage of the given exact fraction: 1/2 is 50 %. */
  public static Percent of(Ratio fraction) {
    return new Percent(requireNonNull(fraction, "fraction"));
  }

  /** The percentage of the given number of percent: {@code ofPercent(new BigDecimal("64.6"))}. */
  public static Percent ofPercent(BigDecimal percent) {
    requireNonNull(percent, "percent");
    TextRules.checkExponent(percent, "Percent percent");
    return new Percent(Ratio.of(percent).dividedBy(HUNDRED));
  }

  /**
   * Reads a percentage as printed, {@code 64.6%} or {@code 64.6}: a plain or scientific decimal
   * number and an optional {@code %}, with whitespace of any kind allowed around the text and
   * before the sign. The number has at most 64 characters and its digits lie within 10^±64,
   * checked before any arithmetic.
   *
   * @throws IllegalArgumentException if the text is not a decimal number with an optional {@code %}
   */
  public static Percent parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = TextRules.strip(text);
    String number = s.endsWith("%") ? s.substring(0, s.length() - 1) : s;
    try {
      return ofPercent(TextRules.parseDecimal(number, "number"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Percent text='" + TextRules.shown(text) + "' is not a decimal number with an optional %: "
              + e.getMessage(),
          e);
    }
  }

  /** The exact fraction: 102/107 for a start rate of 102 of 107 projects. */
  public Ratio fraction() {
    return fraction;
  }

  /**
   * The number of percent, rounded to the given decimals: 95.3 for 102/107 with one decimal.
   *
   * @throws IllegalArgumentException if decimals is negative or above 64
   * @throws ArithmeticException naming the value if the mode is {@code UNNECESSARY} and rounding
   *     is needed
   */
  public BigDecimal rounded(int decimals, RoundingMode mode) {
    checkArgument(decimals >= 0, "Percent decimals=%s must not be negative", decimals);
    checkArgument(
        decimals <= TextRules.MAX_EXPONENT,
        "Percent decimals=%s is outside [0, %s]", decimals, TextRules.MAX_EXPONENT);
    return fraction.roundedPercent(decimals, mode);
  }

  /** The percentage rounded as {@link #rounded}, with a percent sign: {@code 95.3%}. */
  public String format(int decimals, RoundingMode mode) {
    return rounded(decimals, mode).toPlainString() + "%";
  }

  /**
   * The difference of two percentages in percentage points (百分点), exact: 64.6 % minus 50 % is
   * 14.6 points.
   */
  public PercentagePoints minus(Percent other) {
    requireNonNull(other, "other");
    return PercentagePoints.of(fraction.minus(other.fraction).times(HUNDRED));
  }

  @Override
  public int compareTo(Percent other) {
    return fraction.compareTo(other.fraction);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Percent && ((Percent) obj).fraction.equals(fraction);
  }

  @Override
  public int hashCode() {
    return fraction.hashCode();
  }

  /** The percentage as reports print it: one decimal, half up, {@code 95.3%}. */
  @Override
  public String toString() {
    return format(REPORT_DECIMALS, REPORT_ROUNDING);
  }
}
