package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The scores of one unit in one evaluation period (评议得分表): a score per component, each within
 * its component's range; bonus and deduction items; and an optional one-vote veto (一票否决)
 * with its reason.
 *
 * <p>A sheet holds at least one component, and at most one per component name. How components
 * are weighted, adjustments applied and a veto treated is the ranking engine's business: the
 * sheet only records them. Scores are {@link Score}s, exact scaled integers the engine sums
 * without allocating.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreSheet implements WithScoreSheet {

  ScoreSheet() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a score sheet. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableScoreSheet.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(ScoreSheet value) {
      requireNonNull(value, "value");
      return this
          .unit(value.unit())
          .period(value.period())
          .putAllScores(value.scores())
          .addAllBonuses(value.bonuses())
          .addAllDeductions(value.deductions())
          .vetoReason(value.vetoReason());
    }
  }

  /** Required. The unit evaluated. */
  public abstract EvaluatedUnit unit();

  /** Required. The evaluation period. */
  public abstract ReportPeriod period();

  /**
   * Required, at least one; one per component name, each within its component's range. The
   * score of each component, in the order given.
   */
  public abstract ImmutableMap<ScoreComponent, Score> scores();

  /** Optional, empty by default. Bonus items (加分项), added after weighting. */
  public abstract ImmutableList<ScoreAdjustment> bonuses();

  /** Optional, empty by default. Deduction items (扣分项), subtracted after weighting. */
  public abstract ImmutableList<ScoreAdjustment> deductions();

  /** Optional; a name: no surrounding or invisible characters, at most 500 characters. The reason of a one-vote veto (一票否决), present if the unit was vetoed. */
  public abstract Optional<String> vetoReason();

  /** Whether the unit was vetoed. */
  public boolean isVetoed() {
    return vetoReason().isPresent();
  }

  /** The score of the given component, if the sheet has one. */
  public Optional<Score> score(ScoreComponent component) {
    return Optional.ofNullable(scores().get(requireNonNull(component, "component")));
  }

  @Value.Check
  void check() {
    String self = unit().name() + " " + period();
    checkArgument(!scores().isEmpty(), "ScoreSheet %s: scores is empty; a sheet needs one", self);
    Set<String> names = new HashSet<>();
    for (Map.Entry<ScoreComponent, Score> e : scores().entrySet()) {
      ScoreComponent component = e.getKey();
      checkArgument(
          names.add(component.name()),
          "ScoreSheet %s: component %s appears twice with different ranges",
          self,
          component.name());
      checkArgument(
          component.allows(e.getValue()),
          "ScoreSheet %s: score %s=%s is outside [%s, %s]",
          self,
          component.name(),
          e.getValue(),
          component.min(),
          component.max());
    }
    vetoReason().ifPresent(r -> Checks.checkName("ScoreSheet " + self, "vetoReason", r));
  }
}
