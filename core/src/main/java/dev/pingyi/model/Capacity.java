package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A production capacity (产能) as reports state it: an amount, a unit and whether it is per year
 * — {@code 35万吨/年} (350 000 t a year), {@code 180万锭} (1.8 million spindles).
 *
 * <p>The amount is kept exactly as written, trailing zeros dropped, and the unit as text, since
 * reports mix units freely (万吨, 吨, 万锭, 万件).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Capacity implements WithCapacity {

  private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([^\\d\\s/.][^/]*?)(/年)?");

  Capacity() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a capacity. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableCapacity.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(Capacity value) {
      requireNonNull(value, "value");
      return this
          .amount(value.amount())
          .unit(value.unit())
          .perYear(value.perYear());
    }
  }

  /** The capacity of the given amount and unit, per year or not. */
  public static Capacity of(BigDecimal amount, String unit, boolean perYear) {
    return builder().amount(amount).unit(unit).perYear(perYear).build();
  }

  /** The capacity of the given amount and unit, per year or not; the amount as text. */
  public static Capacity of(String amount, String unit, boolean perYear) {
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
    return of(Checks.parseDecimal(amount, "Capacity amount"), unit, perYear);
  }

  /**
   * Reads a capacity written as {@code 35万吨/年}, {@code 35 万吨/年} or {@code 180万锭}.
   *
   * @throws IllegalArgumentException if the text is not a positive number, a unit and an
   *     optional {@code /年}
   */
  public static Capacity parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(TextRules.strip(text));
    checkArgument(
        m.matches(),
        "Capacity text='%s' is not a number followed by a unit and an optional /年",
        TextRules.shown(text));
    return of(
        Checks.parseDecimal(m.group(1), "Capacity amount"),
        TextRules.normalizeName("Capacity", "unit", m.group(2)),
        m.group(3) != null);
  }

  /** Required; positive. The amount, kept without trailing zeros. */
  public abstract BigDecimal amount();

  /** Required; a name: no surrounding or invisible characters, at most 500 characters, with no digit and no '/'. The unit, such as 万吨, 吨 or 万锭. */
  public abstract String unit();

  /** Required. Whether the capacity is per year (/年). */
  public abstract boolean perYear();

  @Value.Check
  Capacity normalize() {
    checkArgument(
        amount().signum() > 0, "Capacity amount=%s must be positive", TextRules.shown(amount()));
    TextRules.checkExponent(amount(), "Capacity amount");
    Checks.checkName("Capacity", "unit", unit());
    checkArgument(
        unit().chars().noneMatch(c -> c == '/' || Character.isDigit(c)),
        "Capacity unit='%s' must contain no digit and no '/'",
        unit());
    BigDecimal stripped = amount().stripTrailingZeros();
    stripped = stripped.setScale(Math.max(0, stripped.scale()));
    return stripped.equals(amount())
        ? this
        : ImmutableCapacity.copyOf(this).withAmount(stripped);
  }

  /** The capacity as reports write it, {@code 35万吨/年}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return amount().toPlainString() + unit() + (perYear() ? "/年" : "");
  }
}
