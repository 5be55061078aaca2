package dev.pingyi.ranking;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ScoreComponent;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
public final class CriticalWeightChange {

  private final ScoreComponent component;
  private final EvaluatedUnit above;
  private final EvaluatedUnit below;
  private final Ratio change;
  private final Ratio relativeChange;

  CriticalWeightChange(
      ScoreComponent component, EvaluatedUnit above, EvaluatedUnit below, Ratio change, Ratio relativeChange) {
    this.component = component;
    this.above = above;
    this.below = below;
    this.change = change;
    this.relativeChange = relativeChange;
  }

  /** The component whose weight changes. */
  public ScoreComponent component() {
    return component;
  }

  /** The unit placed higher now. */
  public EvaluatedUnit above() {
    return above;
  }

  /** The unit placed lower now, which ties at the changed weight. */
  public EvaluatedUnit below() {
    return below;
  }

  /** The change δ of the weight, positive or negative, at which the two composites are equal. */
  public Ratio change() {
    return change;
  }

  /** δ ÷ the weight: the change as a share of the weight (× 100 for the criterion's percent). */
  public Ratio relativeChange() {
    return relativeChange;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof CriticalWeightChange)) {
      return false;
    }
    CriticalWeightChange other = (CriticalWeightChange) obj;
    return component.equals(other.component)
        && above.equals(other.above)
        && below.equals(other.below)
        && change.equals(other.change);
  }

  @Override
  public int hashCode() {
    return Objects.hash(component.name(), above.name(), below.name(), change);
  }

  @Override
  public String toString() {
    return component.name() + " " + change + " (" + relativeChange + " of its weight): "
        + below.name() + " ties " + above.name();
  }
}
