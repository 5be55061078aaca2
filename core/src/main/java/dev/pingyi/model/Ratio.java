package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number p/q in lowest terms with q &gt; 0: a share, a rate, a weight at which
 * a ranking changes. Figures are kept as ratios until they are published, where {@link
 * #toBigDecimal} or {@link #toPercent} rounds them once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio> {

  /** The ratio 0/1. */
  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

  /** The ratio 1/1. */
  public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Ratio(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The ratio numerator ÷ denominator, reduced to lowest terms.
   *
   * @throws ArithmeticException if the denominator is zero
   */
  public static Ratio of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * The ratio numerator ÷ denominator, reduced to lowest terms.
   *
   * @throws ArithmeticException if the denominator is zero
   */
  public static Ratio of(BigInteger numerator, BigInteger denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("Ratio denominator=0: division by zero (numerator=" + numerator + ")");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    return new Ratio(numerator.divide(gcd), denominator.divide(gcd));
  }

  /** The exact value of a decimal: 0.7 is 7/10. */
  public static Ratio of(BigDecimal value) {
    requireNonNull(value, "value");
    return value.scale() <= 0
        ? of(value.toBigIntegerExact(), BigInteger.ONE)
        : of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Reads {@code p/q} or a plain integer {@code p}, as {@link #toString()} writes it.
   *
   * @throws IllegalArgumentException if the text is not of that form or q is zero
   */
  public static Ratio parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    try {
      if (slash < 0) {
        return of(new BigInteger(s), BigInteger.ONE);
      }
      BigInteger q = new BigInteger(s.substring(slash + 1));
      checkArgument(q.signum() != 0, "Ratio text='%s' has denominator 0", s);
      return of(new BigInteger(s.substring(0, slash)), q);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Ratio text='" + s + "' is not p/q with integers p and q", e);
    }
  }

  /** The numerator p, of the sign of the ratio. */
  public BigInteger numerator() {
    return numerator;
  }

  /** The denominator q, always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /** This ratio plus the other. */
  public Ratio plus(Ratio other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** This ratio minus the other. */
  public Ratio minus(Ratio other) {
    return plus(other.negated());
  }

  /** This ratio times the other. */
  public Ratio times(Ratio other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * This ratio divided by the other.
   *
   * @throws ArithmeticException if the other is zero
   */
  public Ratio dividedBy(Ratio other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** The ratio with the opposite sign. */
  public Ratio negated() {
    return new Ratio(numerator.negate(), denominator);
  }

  /** −1, 0 or 1 as the ratio is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /** The value rounded to the given number of decimals in the given mode. */
  public BigDecimal toBigDecimal(int decimals, RoundingMode mode) {
    requireNonNull(mode, "mode");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, mode);
  }

  /** The value times 100, rounded to the given number of decimals: 1/2 is 50.0 with one decimal. */
  public BigDecimal toPercent(int decimals, RoundingMode mode) {
    requireNonNull(mode, "mode");
    return new BigDecimal(numerator).multiply(HUNDRED).divide(new BigDecimal(denominator), decimals, mode);
  }

  @Override
  public int compareTo(Ratio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Ratio
        && ((Ratio) obj).numerator.equals(numerator)
        && ((Ratio) obj).denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** {@code p/q}, or {@code p} when q is 1. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}
