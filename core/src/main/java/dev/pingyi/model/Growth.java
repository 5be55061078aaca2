package dev.pingyi.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Year-on-year growth (同比增长): (this period − the same period last year) ÷ the same period last
 * year, exact, printed as {@code 增长6.8%}, {@code 下降2.5%} or {@code 持平}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Growth implements Comparable<Growth> {

  private final Percent rate;

  private Growth(Percent rate) {
    this.rate = rate;
  }

  /** The growth of the given rate, negative for a decrease. */
  public static Growth of(Percent rate) {
    return new Growth(requireNonNull(rate, "rate"));
  }

  /** The growth rate, negative for a decrease: 6.8 % for +6.8 %. */
  public Percent rate() {
    return rate;
  }

  /**
   * The phrase reports print, rounded to the given decimals: {@code 增长6.8%}, {@code 下降2.5%},
   * or {@code 持平} when the rounded rate is zero.
   */
  public String toChinese(int decimals, RoundingMode mode) {
    BigDecimal rounded = rate.rounded(decimals, mode);
    return switch (rounded.signum()) {
      case 0 -> "持平";
      case 1 -> "增长" + rounded.toPlainString() + "%";
      default -> "下降" + rounded.negate().toPlainString() + "%";
    };
  }

  /** The phrase with one decimal, half up: {@code 增长6.8%}. */
  public String toChinese() {
    return toChinese(Percent.REPORT_DECIMALS, Percent.REPORT_ROUNDING);
  }

  @Override
  public int compareTo(Growth other) {
    return rate.compareTo(other.rate);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Growth && ((Growth) obj).rate.equals(rate);
  }

  @Override
  public int hashCode() {
    return rate.hashCode();
  }

  /** The signed rate with one decimal, half up: {@code +6.8%} or {@code -2.5%}. */
  @Override
  public String toString() {
    return (rate.fraction().signum() > 0 ? "+" : "") + rate;
  }
}
