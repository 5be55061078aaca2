package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A difference of two percentages, in percentage points (百分点) — never in percent: a plan
 * completion of 64.6 % against a time schedule of 50 % is 14.6 points ahead.
 *
 * <p>The value is exact; {@link #toString()} prints one decimal, half up: {@code 14.6个百分点}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PercentagePoints implements Comparable<PercentagePoints> {

  private final Ratio points;

  private PercentagePoints(Ratio points) {
    this.points = points;
  }

  /** The difference of the given exact number of points. */
  public static PercentagePoints of(Ratio points) {
    return new PercentagePoints(requireNonNull(points, "points"));
  }

  /** The exact number of points; negative when behind. */
  public Ratio points() {
    return points;
  }

  /**
   * The number of points rounded to the given decimals.
   *
   * @throws IllegalArgumentException if decimals is negative or above 64
   * @throws ArithmeticException naming the value if the mode is {@code UNNECESSARY} and rounding
   *     is needed
   */
  public BigDecimal rounded(int decimals, RoundingMode mode) {
    checkArgument(decimals >= 0, "PercentagePoints decimals=%s must not be negative", decimals);
    checkArgument(
        decimals <= TextRules.MAX_EXPONENT,
        "PercentagePoints decimals=%s is outside [0, %s]", decimals, TextRules.MAX_EXPONENT);
    return points.rounded(decimals, mode);
  }

  /** The points rounded to the given decimals, with the unit: {@code 14.6个百分点}. */
  public String format(int decimals, RoundingMode mode) {
    return rounded(decimals, mode).toPlainString() + "个百分点";
  }

  /** −1, 0 or 1 as the difference is negative, zero or positive. */
  public int signum() {
    return points.signum();
  }

  @Override
  public int compareTo(PercentagePoints other) {
    return points.compareTo(other.points);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PercentagePoints && ((PercentagePoints) obj).points.equals(points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  /** One decimal, half up, with the unit: {@code 14.6个百分点}. */
  @Override
  public String toString() {
    return format(Percent.REPORT_DECIMALS, Percent.REPORT_ROUNDING);
  }
}
