package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.internal.TextRules;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Tiers by composite cut-offs: a unit is in the first tier whose minimum its exact composite
 * reaches, such as 90 and up 优秀, 80 and up 良好, otherwise 一般. Made with {@link
 * TierRule#byScore()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreTiers extends TierRule {

  ScoreTiers() {}

  static Builder builder() {
    return new Builder();
  }

  /** A builder of tiers from the top down, closed by {@link #otherwise}. */
  public static final class Builder extends ImmutableScoreTiers.Builder {
    Builder() {}

    /** A tier of the units whose composite is at least the given minimum, below the previous one. */
    public Builder atLeast(BigDecimal minimum, String label) {
      requireNonNull(minimum, "minimum");
      requireNonNull(label, "label");
      return addMinimums(minimum).addLabels(label);
    }

    /**
     * The last tier, of every unit not in an earlier one; builds the rule.
     *
     * @throws IllegalArgumentException if minimums do not fall or a label is used twice
     */
    public ScoreTiers otherwise(String label) {
      requireNonNull(label, "label");
      return addLabels(label).build();
    }
  }

  /** The minimum composite of each tier but the last, strictly falling. */
  public abstract ImmutableList<BigDecimal> minimums();

  @Override
  int thresholdCount() {
    return minimums().size();
  }

  @Override
  boolean reaches(RankedEntry entry, int tier) {
    BigDecimal composite = entry.compositeScore().orElseThrow(() -> new IllegalArgumentException(
        "TierRule by score: unit " + entry.unit().name() + " has no score (the ranking comes from a published order)"));
    return composite.compareTo(minimums().get(tier)) >= 0;
  }

  @Value.Check
  void check() {
    for (int t = 1; t < minimums().size(); t++) {
      checkArgument(
          minimums().get(t).compareTo(minimums().get(t - 1)) < 0,
          "ScoreTiers minimum=%s must be below the previous tier's %s",
          TextRules.shown(minimums().get(t)), TextRules.shown(minimums().get(t - 1)));
    }
    checkLabels("ScoreTiers");
  }
}
