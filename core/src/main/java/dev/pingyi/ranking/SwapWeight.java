package dev.pingyi.ranking;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.Ratio;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * For two units of a two-component ranking, the weight of the first component at which their
 * composites are equal — below or above it their order reverses — or none inside (0, 1).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SwapWeight {

  private final EvaluatedUnit above;
  private final EvaluatedUnit below;
  private final @Nullable Ratio weight;

  SwapWeight(EvaluatedUnit above, EvaluatedUnit below, @Nullable Ratio weight) {
    this.above = above;
    this.below = below;
    this.weight = weight;
  }

  /** The unit placed higher in the ranking analysed. */
  public EvaluatedUnit above() {
    return above;
  }

  /** The unit placed lower in the ranking analysed. */
  public EvaluatedUnit below() {
    return below;
  }

  /**
   * The weight of the first component, strictly between 0 and 1, at which the two composites are
   * exactly equal; empty if they are equal at no such weight, or at every weight.
   */
  public Optional<Ratio> weight() {
    return Optional.ofNullable(weight);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof SwapWeight)) {
      return false;
    }
    SwapWeight other = (SwapWeight) obj;
    return above.equals(other.above) && below.equals(other.below) && Objects.equals(weight, other.weight);
  }

  @Override
  public int hashCode() {
    return Objects.hash(above.name(), below.name(), weight);
  }

  @Override
  public String toString() {
    return above.name() + " / " + below.name() + " swap at " + (weight == null ? "none" : weight);
  }
}
