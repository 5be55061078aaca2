package dev.pingyi.ranking;

import dev.pingyi.model.Ratio;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The weights of the first component of a two-component scheme for which a ranking stays as it
 * is: every weight strictly between {@link #lower()} and {@link #upper()}, and the current weight
 * itself. At either end some pair of units ties. When two units are tied at the current weight
 * and not at every weight, lower and upper are both the current weight.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeightInterval {

  private final Ratio lower;
  private final Ratio upper;

  WeightInterval(Ratio lower, Ratio upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /** The lower end, 0 when no swap lies below the current weight. */
  public Ratio lower() {
    return lower;
  }

  /** The upper end, 1 when no swap lies above the current weight. */
  public Ratio upper() {
    return upper;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof WeightInterval
        && ((WeightInterval) obj).lower.equals(lower)
        && ((WeightInterval) obj).upper.equals(upper);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lower, upper);
  }

  @Override
  public String toString() {
    return "(" + lower + ", " + upper + ")";
  }
}
