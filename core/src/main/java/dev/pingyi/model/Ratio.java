package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number p/q in lowest terms with q &gt; 0: a share, a rate, a weight at which
 * a ranking changes. Figures are kept as ratios until they are published, where {@link
 * #rounded} rounds them once, or the number types that print them ({@link Percent}, {@link
 * PercentagePoints}, {@link Growth}), whose {@code rounded} and {@code format} take the same
 * decimals and rounding mode.
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
    if (denominator.signum() == -1) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    return new Ratio(numerator.divide(gcd), denominator.divide(gcd));
  }

  /**
   * The exact value of a decimal: 0.7 is 7/10.
   *
   * @throws IllegalArgumentException if the decimal has digits at powers of ten beyond ±64,
   *     where the fraction would grow with the exponent (1E-100000000)
   */
  public static Ratio of(BigDecimal value) {
    requireNonNull(value, "value");
    if (value.signum() == 0) {
      return ZERO;
    }
    TextRules.checkExponent(value, "Ratio value");
    BigDecimal fraction = value.setScale(Math.max(0, value.scale()));
    return of(fraction.unscaledValue(), BigInteger.TEN.pow(fraction.scale()));
  }

  /**
   * Reads {@code p/q} or a plain integer {@code p}, as {@link #toString()} writes it, after
   * stripping the whitespace around it. p and q are whole numbers in ASCII digits with an
   * optional sign, each at most 1000 characters long, checked before either is read.
   *
   * @throws IllegalArgumentException if the text is not of that form or q is zero
   */
  public static Ratio parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = TextRules.strip(text);
    int slash = s.indexOf('/');
    BigInteger p;
    BigInteger q;
    try {
      if (slash < 0) {
        p = TextRules.parseInteger(s, "numerator");
        q = BigInteger.ONE;
      } else {
        p = TextRules.parseInteger(s.substring(0, slash), "numerator");
        q = TextRules.parseInteger(s.substring(slash + 1), "denominator");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Ratio text='" + TextRules.shown(text) + "' is not p/q with whole numbers p and q: "
              + e.getMessage(),
          e);
    }
    checkArgument(q.signum() != 0, "Ratio text='%s' has denominator 0", TextRules.shown(s));
    return of(p, q);
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
    if (other.signum() == 0) {
      throw new ArithmeticException("Ratio " + TextRules.shown(toString()) + " divided by 0: division by zero");
    }
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

  /**
   * The value rounded to the given number of decimals in the given mode; a negative number of
   * decimals rounds to tens, hundreds and so on.
   *
   * @throws IllegalArgumentException if decimals is beyond ±64
   * @throws ArithmeticException naming the ratio if rounding is needed and the mode is {@code
   *     UNNECESSARY}
   */
  public BigDecimal rounded(int decimals, RoundingMode mode) {
    return divide(new BigDecimal(numerator), "", decimals, mode);
  }

  /** The value times 100, rounded as {@link #rounded}: what {@link Percent#rounded} prints. */
  BigDecimal roundedPercent(int decimals, RoundingMode mode) {
    return divide(new BigDecimal(numerator).multiply(HUNDRED), " times 100", decimals, mode);
  }

  private BigDecimal divide(BigDecimal dividend, String what, int decimals, RoundingMode mode) {
    requireNonNull(mode, "mode");
    checkArgument(
        Math.abs(decimals) <= TextRules.MAX_EXPONENT,
        "Ratio decimals=%s is outside [-%s, %s]",
        decimals,
        TextRules.MAX_EXPONENT,
        TextRules.MAX_EXPONENT);
    try {
      return dividend.divide(new BigDecimal(denominator), decimals, mode);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "Ratio " + TextRules.shown(toString()) + what + " needs rounding to " + decimals
              + " decimals, and the rounding mode given is UNNECESSARY");
    }
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
