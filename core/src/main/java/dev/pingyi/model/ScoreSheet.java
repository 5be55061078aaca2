package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.pingyi.internal.SheetUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  static {
    SheetUnits.registerUnitHashes(sheet -> ((ScoreSheet) sheet).unitIdentityHash());
  }

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
    private final List<Map.Entry<ScoreComponent, Score>> scores = new ArrayList<>();
    /** How many scores the table set by the first {@link #build()} holds; -1 before it. */
    private int scoresInTable = -1;

    Builder() {}

    /** Adds the score of a component; each component is scored once, in the order added. */
    public Builder putScores(ScoreComponent component, Score score) {
      scores.add(Map.entry(requireNonNull(component, "component"), requireNonNull(score, "score")));
      return this;
    }

    /** Adds the score of a component; see {@link #putScores(ScoreComponent, Score)}. */
    public Builder putScores(Map.Entry<? extends ScoreComponent, ? extends Score> entry) {
      requireNonNull(entry, "entry");
      return putScores(entry.getKey(), entry.getValue());
    }

    /** Adds every score of the map, in its order; see {@link #putScores(ScoreComponent, Score)}. */
    public Builder putAllScores(Map<? extends ScoreComponent, ? extends Score> scores) {
      requireNonNull(scores, "scores");
      scores.forEach(this::putScores);
      return this;
    }

    /**
     * The sheet.
     *
     * @throws IllegalArgumentException naming the field and the value if a rule is broken
     * @throws IllegalStateException naming a required attribute that is not set, or if scores
     *     were put after an earlier call of this method, which fixed the scores
     */
    @Override
    public ImmutableScoreSheet build() {
      if (scoresInTable < 0) {
        scoreTable(ScoreVector.of(scores, "being built"));
        scoresInTable = scores.size();
      } else if (scores.size() != scoresInTable) {
        // the table is a strict attribute, set once: dropping the later scores would be silent
        throw new IllegalStateException(
            "ScoreSheet builder: " + (scores.size() - scoresInTable) + " score(s) put after build() was"
                + " first called, which fixed the scores at " + scoresInTable + "; put every score first");
      }
      return super.build();
    }

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
   * The {@link System#identityHashCode} of {@link #unit()}, kept with the sheet (in what would be
   * padding of its object) so that the ranking engine finds the unit's member without loading the
   * unit. Not part of the value: equality, hash code and string form ignore it.
   */
  @Value.Derived
  @Value.Auxiliary
  int unitIdentityHash() {
    return System.identityHashCode(unit());
  }

  /** The scores in columns: the attribute behind {@link #scores()}. */
  abstract ScoreVector scoreTable();

  /**
   * Required, at least one; one per component name, each within its component's range. The
   * score of each component, in the order given. The sheet keeps its scores in columns, so each
   * call makes a new map; {@link #components()} and {@link #scaledScore(int)} read them as they
   * are.
   */
  public ImmutableMap<ScoreComponent, Score> scores() {
    return scoreTable().toMap();
  }

  /** The components scored, in order: one list that every sheet with the same components shares. */
  public ImmutableList<ScoreComponent> components() {
    return scoreTable().components();
  }

  /**
   * The score of the component at the given index of {@link #components()}, in ten-thousandths
   * of a point as {@link Score#scaled()}: what an engine sums without allocating.
   *
   * @throws IndexOutOfBoundsException if there is no such component
   */
  public long scaledScore(int index) {
    return scoreTable().scaled(index);
  }

  /** A copy with the given scores in place of these, in the map's order; every rule is checked. */
  public ScoreSheet withScores(Map<? extends ScoreComponent, ? extends Score> scores) {
    requireNonNull(scores, "scores");
    List<Map.Entry<ScoreComponent, Score>> entries = new ArrayList<>();
    scores.forEach((c, v) -> entries.add(Map.entry(requireNonNull(c, "component"), requireNonNull(v, "score"))));
    return ImmutableScoreSheet.copyOf(this).withScoreTable(ScoreVector.of(entries, unit().name() + " " + period()));
  }

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
    long scaled = scoreTable().scaledOf(requireNonNull(component, "component"));
    return scaled == Long.MIN_VALUE ? Optional.empty() : Optional.of(Score.ofScaled(scaled));
  }

  @Value.Check
  void check() {
    String self = unit().name() + " " + period();
    ScoreVector table = scoreTable();
    checkArgument(table.size() > 0, "ScoreSheet %s: scores is empty; a sheet needs one", self);
    for (int i = 0; i < table.size(); i++) {
      ScoreComponent component = table.components().get(i);
      long scaled = table.scaled(i);
      checkArgument(
          scaled >= component.min().scaled() && scaled <= component.max().scaled(),
          "ScoreSheet %s: score %s=%s is outside [%s, %s]",
          self,
          component.name(),
          Score.ofScaled(scaled),
          component.min(),
          component.max());
    }
    vetoReason().ifPresent(r -> Checks.checkName("ScoreSheet " + self, "vetoReason", r));
  }
}
