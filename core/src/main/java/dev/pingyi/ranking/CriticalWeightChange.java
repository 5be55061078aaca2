package dev.pingyi.ranking;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ScoreComponent;
import org.immutables.value.Value;

/**
 * The smallest change of one component's weight that makes two units' composites equal, after
 * Triantaphyllou and Sánchez (1997): beyond it the unit below overtakes the unit above.
 *
 * <p>The other weights are held as they are. A weighted sum ranks the same when all weights are
 * scaled together, so this is the same as changing the weight and rescaling all weights to sum
 * to 1 again. Only changes that leave the weight non-negative count.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriticalWeightChange {

  CriticalWeightChange() {}

  static CriticalWeightChange of(
      ScoreComponent component, EvaluatedUnit above, EvaluatedUnit below, Ratio change, Ratio relativeChange) {
    return ImmutableCriticalWeightChange.builder()
        .component(component)
        .above(above)
        .below(below)
        .change(change)
        .relativeChange(relativeChange)
        .build();
  }

  /** The component whose weight changes. */
  public abstract ScoreComponent component();

  /** The unit placed higher now. */
  public abstract EvaluatedUnit above();

  /** The unit placed lower now, which ties at the changed weight. */
  public abstract EvaluatedUnit below();

  /** The change δ of the weight, positive or negative, at which the two composites are equal. */
  public abstract Ratio change();

  /** δ ÷ the weight: the change as a share of the weight (× 100 for the criterion's percent). */
  public abstract Ratio relativeChange();
}
