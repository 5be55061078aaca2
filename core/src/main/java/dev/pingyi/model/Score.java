package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact number of evaluation points (分), such as a base evaluation score of 92.5, held as a
 * whole number of ten-thousandths of a point ({@link #SCALE} = 4 decimals).
 *
 * <p>The fixed scale lets the ranking engine compute a weighted composite in {@code long}
 * arithmetic without allocating, and makes {@link #equals} agree with {@link #compareTo}: 92.5
 * and 92.50 are the same score. Scores lie within ±{@value #MAX_POINTS} points, so that a
 * weighted sum of them cannot overflow. A value with more than four decimals is rejected, not
 * rounded: a score is a published figure and must be taken as written.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Score implements Comparable<Score> {

  /** The number of decimals a score carries. */
  public static final int SCALE = 4;

  /** The largest magnitude of a score, in points. */
  public static final long MAX_POINTS = 1_000_000;

  /** Zero points. */
  public static final Score ZERO = new Score(0);

  private static final long ONE_POINT = 10_000;
  private static final long MAX_SCALED = MAX_POINTS * ONE_POINT;

  /** The highest power of ten at which a score within range can have a digit: 10⁶. */
  private static final int MAX_POWER = 6;

  private final long scaled;

  private Score(long scaled) {
    checkArgument(
        scaled >= -MAX_SCALED && scaled <= MAX_SCALED,
        "Score value=%s is outside [-%s, %s]",
        BigDecimal.valueOf(scaled, SCALE).stripTrailingZeros().toPlainString(),
        MAX_POINTS,
        MAX_POINTS);
    this.scaled = scaled;
  }

  /**
   * The score of the given number of ten-thousandths of a point: {@code ofScaled(925_000)} is
   * 92.5.
   *
   * @throws IllegalArgumentException if the score is outside ±{@value #MAX_POINTS} points
   */
  public static Score ofScaled(long scaled) {
    return scaled == 0 ? ZERO : new Score(scaled);
  }

  /** The score of a whole number of points. */
  public static Score of(long points) {
    checkArgument(
        points >= -MAX_POINTS && points <= MAX_POINTS,
        "Score value=%s is outside [-%s, %s]", points, MAX_POINTS, MAX_POINTS);
    return ofScaled(points * ONE_POINT);
  }

  /**
   * The score of the given decimal number of points.
   *
   * @throws IllegalArgumentException if it has more than four decimals or is out of range
   */
  public static Score of(BigDecimal points) {
    requireNonNull(points, "points");
    if (points.signum() == 0) {
      return ZERO;
    }
    // The power of ten of the first digit decides range and decimals before any arithmetic, so
    // that an exponent such as 1E-2147483647 costs nothing.
    long highest = (long) points.precision() - 1 - points.scale();
    if (highest > MAX_POWER) {
      throw outOfRange(points);
    }
    if (highest < -SCALE) {
      throw tooManyDecimals(points);
    }
    BigDecimal scaled;
    try {
      scaled = points.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw tooManyDecimals(points);
    }
    if (scaled.abs().compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
      throw outOfRange(points);
    }
    return ofScaled(scaled.unscaledValue().longValueExact());
  }

  private static IllegalArgumentException outOfRange(BigDecimal points) {
    return new IllegalArgumentException(
        "Score value=" + TextRules.shown(points) + " is outside [-" + MAX_POINTS + ", " + MAX_POINTS + "]");
  }

  private static IllegalArgumentException tooManyDecimals(BigDecimal points) {
    return new IllegalArgumentException(
        "Score value=" + TextRules.shown(points) + " has more than " + SCALE + " decimals");
  }

  /**
   * Reads a decimal number of points such as {@code 92.5}, as {@link #toString()} writes it, or
   * in scientific notation ({@code 9.25E+1}), after stripping the whitespace around it. The text
   * has at most 64 characters and its digits lie within 10^±64, checked before any arithmetic.
   *
   * @throws IllegalArgumentException if the text is not such a decimal number, has more than
   *     four decimals or is out of range
   */
  public static Score parse(CharSequence text) {
    requireNonNull(text, "text");
    return of(Checks.parseDecimal(text.toString(), "Score text"));
  }

  /** The score in ten-thousandths of a point: 925 000 for 92.5. */
  public long scaled() {
    return scaled;
  }

  /** The score as a decimal without trailing zeros. */
  public BigDecimal toBigDecimal() {
    BigDecimal value = BigDecimal.valueOf(scaled, SCALE).stripTrailingZeros();
    return value.setScale(Math.max(0, value.scale()));
  }

  /**
   * This score plus the other.
   *
   * @throws IllegalArgumentException if the sum is out of range
   */
  public Score plus(Score other) {
    requireNonNull(other, "other");
    return sum(other.scaled, "plus", other);
  }

  /**
   * This score minus the other.
   *
   * @throws IllegalArgumentException if the difference is out of range
   */
  public Score minus(Score other) {
    requireNonNull(other, "other");
    return sum(-other.scaled, "minus", other);
  }

  /** This score plus the scaled addend; both lie within ±10¹⁰, so their sum fits a long. */
  private Score sum(long addend, String operation, Score operand) {
    long result = scaled + addend;
    if (result < -MAX_SCALED || result > MAX_SCALED) {
      throw new IllegalArgumentException(
          "Score " + this + " " + operation + " " + operand + " is "
              + BigDecimal.valueOf(result, SCALE).stripTrailingZeros().toPlainString() + ", outside [-"
              + MAX_POINTS + ", " + MAX_POINTS + "]");
    }
    return ofScaled(result);
  }

  /** −1, 0 or 1 as the score is negative, zero or positive. */
  public int signum() {
    return Long.signum(scaled);
  }

  @Override
  public int compareTo(Score other) {
    return Long.compare(scaled, other.scaled);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Score && ((Score) obj).scaled == scaled;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(scaled);
  }

  /** The score as a plain decimal without trailing zeros, such as {@code 92.5}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
