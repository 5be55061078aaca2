package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.model.ScoreComponent;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How composites become places: the tie policy, the tie-breakers, what a veto and a missing sheet
 * do, and whether ranks come from the exact or the published composite.
 *
 * <p>Defaults, as Chinese evaluations publish: {@link TiePolicy#COMPETITION} (tied units share the
 * better place and the next is skipped), no tie-breakers, veto {@link VetoPolicy#RANK_LAST},
 * missing sheets {@link MissingSheetPolicy#REJECT}, ranks from the {@link RankBasis#EXACT}
 * composite.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RankingRule implements WithRankingRule {

  RankingRule() {}

  /** The rule with every default. */
  public static RankingRule defaults() {
    return builder().build();
  }

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of ranking rules; each attribute is set once, and all have defaults. */
  public static final class Builder extends ImmutableRankingRule.Builder {
    Builder() {}

    /** Sets every attribute from the given rule. */
    public Builder from(RankingRule value) {
      requireNonNull(value, "value");
      return this
          .tiePolicy(value.tiePolicy())
          .addAllTieBreakers(value.tieBreakers())
          .vetoPolicy(value.vetoPolicy())
          .missingSheetPolicy(value.missingSheetPolicy())
          .rankBasis(value.rankBasis());
    }
  }

  /** Optional, {@link TiePolicy#COMPETITION} by default. How tied units are ranked. */
  @Value.Default
  public TiePolicy tiePolicy() {
    return TiePolicy.COMPETITION;
  }

  /**
   * Optional, empty by default; distinct, each a component of the scheme's composite. The
   * components whose higher raw score breaks a tie of composites, in order.
   */
  public abstract ImmutableList<ScoreComponent> tieBreakers();

  /** Optional, {@link VetoPolicy#RANK_LAST} by default. What a veto does. */
  @Value.Default
  public VetoPolicy vetoPolicy() {
    return VetoPolicy.RANK_LAST;
  }

  /** Optional, {@link MissingSheetPolicy#REJECT} by default. What happens to a member without a sheet. */
  @Value.Default
  public MissingSheetPolicy missingSheetPolicy() {
    return MissingSheetPolicy.REJECT;
  }

  /** Optional, {@link RankBasis#EXACT} by default. Whether ranks come from the exact or the published composite. */
  @Value.Default
  public RankBasis rankBasis() {
    return RankBasis.EXACT;
  }

  @Value.Check
  void check() {
    Set<String> names = new HashSet<>();
    for (ScoreComponent c : tieBreakers()) {
      checkArgument(names.add(c.name()), "RankingRule tie-breaker %s is given twice", c.name());
    }
  }
}
