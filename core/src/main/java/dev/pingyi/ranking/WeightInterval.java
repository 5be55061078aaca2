package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;

import dev.pingyi.model.Ratio;
import org.immutables.value.Value;

/**
 * The weights of the first component of a two-component scheme for which a ranking stays as it
 * is: every weight strictly between {@link #lower()} and {@link #upper()}, and the current weight
 * itself. At either end some pair of units ties. When two units are tied at the current weight
 * and not at every weight, lower and upper are both the current weight.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WeightInterval {

  WeightInterval() {}

  static WeightInterval of(Ratio lower, Ratio upper) {
    return ImmutableWeightInterval.builder().lower(lower).upper(upper).build();
  }

  /** The lower end, 0 when no swap lies below the current weight. */
  public abstract Ratio lower();

  /** The upper end, 1 when no swap lies above the current weight. */
  public abstract Ratio upper();

  @Value.Check
  void check() {
    checkArgument(
        lower().signum() >= 0 && lower().compareTo(upper()) <= 0 && upper().compareTo(Ratio.ONE) <= 0,
        "WeightInterval lower=%s, upper=%s is not within 0 ≤ lower ≤ upper ≤ 1", lower(), upper());
  }

  /** The interval as {@code (lower, upper)}. */
  @Override
  public String toString() {
    return "(" + lower() + ", " + upper() + ")";
  }
}
