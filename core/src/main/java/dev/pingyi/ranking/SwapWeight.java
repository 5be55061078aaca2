package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.Ratio;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * For two units of a two-component ranking, the weight of the first component at which their
 * composites are equal — below or above it their order reverses — or none inside (0, 1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SwapWeight {

  SwapWeight() {}

  static SwapWeight of(EvaluatedUnit above, EvaluatedUnit below, Optional<Ratio> weight) {
    return ImmutableSwapWeight.builder().above(above).below(below).weight(weight).build();
  }

  /** The unit placed higher in the ranking analysed. */
  public abstract EvaluatedUnit above();

  /** The unit placed lower in the ranking analysed. */
  public abstract EvaluatedUnit below();

  /**
   * The weight of the first component, strictly between 0 and 1, at which the two composites are
   * exactly equal; empty if they are equal at no such weight, or at every weight.
   */
  public abstract Optional<Ratio> weight();

  @Value.Check
  void check() {
    weight().ifPresent(w -> checkArgument(
        w.signum() > 0 && w.compareTo(Ratio.ONE) < 0, "SwapWeight weight=%s is outside (0, 1)", w));
  }
}
