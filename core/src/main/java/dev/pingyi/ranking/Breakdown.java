package dev.pingyi.ranking;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.ScoreComponent;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a unit's composite is made up: each component's score × weight, the bonus and deduction
 * points counted (after their caps), and the veto if any. The weighted scores plus the bonus
 * minus the deduction is exactly the composite.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Breakdown {

  private final ImmutableMap<ScoreComponent, BigDecimal> weightedScores;
  private final BigDecimal bonus;
  private final BigDecimal deduction;
  private final BigDecimal composite;
  private final Optional<String> vetoReason;

  Breakdown(
      ImmutableMap<ScoreComponent, BigDecimal> weightedScores,
      BigDecimal bonus,
      BigDecimal deduction,
      BigDecimal composite,
      Optional<String> vetoReason) {
    this.weightedScores = weightedScores;
    this.bonus = bonus;
    this.deduction = deduction;
    this.composite = composite;
    this.vetoReason = vetoReason;
  }

  /** Each component's score × weight, exact, in the scheme's order. */
  public ImmutableMap<ScoreComponent, BigDecimal> weightedScores() {
    return weightedScores;
  }

  /** The bonus points counted, after the cap. */
  public BigDecimal bonus() {
    return bonus;
  }

  /** The deduction points counted, after the cap. */
  public BigDecimal deduction() {
    return deduction;
  }

  /** The exact composite: Σ weighted scores + bonus − deduction. */
  public BigDecimal composite() {
    return composite;
  }

  /** The reason of a veto, if the unit was vetoed. */
  public Optional<String> vetoReason() {
    return vetoReason;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Breakdown)) {
      return false;
    }
    Breakdown other = (Breakdown) obj;
    return weightedScores.equals(other.weightedScores)
        && bonus.equals(other.bonus)
        && deduction.equals(other.deduction)
        && composite.equals(other.composite)
        && vetoReason.equals(other.vetoReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weightedScores, bonus, deduction, composite, vetoReason);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("weighted", weightedScores)
        .add("bonus", bonus)
        .add("deduction", deduction)
        .add("composite", composite)
        .add("veto", vetoReason.orElse(null))
        .omitNullValues()
        .toString();
  }
}
