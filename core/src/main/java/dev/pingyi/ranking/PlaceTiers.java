package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Tiers by places: a unit is in the first tier whose place count its competition rank is
 * within, such as the top 3 前三名. Made with {@link TierRule#byPlaces()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlaceTiers extends TierRule {

  PlaceTiers() {}

  static Builder builder() {
    return new Builder();
  }

  /** A builder of tiers from the top down, closed by {@link #otherwise}. */
  public static final class Builder extends ImmutablePlaceTiers.Builder {
    Builder() {}

    /** A tier of the units ranked within the given number of places, more than the previous one. */
    public Builder top(int places, String label) {
      requireNonNull(label, "label");
      return addPlaces(places).addLabels(label);
    }

    /**
     * The last tier, of every unit not in an earlier one; builds the rule.
     *
     * @throws IllegalArgumentException if places are not positive and rising or a label is used twice
     */
    public PlaceTiers otherwise(String label) {
      requireNonNull(label, "label");
      return addLabels(label).build();
    }
  }

  /** The places of each tier but the last, positive and strictly rising. */
  public abstract ImmutableList<Integer> places();

  @Override
  int thresholdCount() {
    return places().size();
  }

  @Override
  boolean reaches(RankedEntry entry, int tier) {
    return entry.competitionRank() <= places().get(tier);
  }

  @Value.Check
  void check() {
    for (int t = 0; t < places().size(); t++) {
      int places = places().get(t);
      checkArgument(
          places > 0 && (t == 0 || places > places().get(t - 1)),
          "PlaceTiers places=%s must be positive and above the previous tier's %s", places, places().subList(0, t));
    }
    checkLabels("PlaceTiers");
  }
}
