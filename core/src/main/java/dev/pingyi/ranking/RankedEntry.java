package dev.pingyi.ranking;

import static java.util.Objects.requireNonNull;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One unit's place in a {@link Ranking}: its position, its rank under the ranking's tie policy
 * (or any other), its exact and published composite, and how the composite is made up.
 *
 * <p>Units that tie — equal rank key and equal tie-breaker scores — form a tie group; every rank
 * follows from the group's first position and size, so {@link #rank(TiePolicy)} answers for any
 * policy. Percent rank and cumulative distribution follow SQL's {@code PERCENT_RANK} and {@code
 * CUME_DIST} over the ranking's order, as exact fractions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankedEntry {

  private final EvaluatedUnit unit;
  private final @Nullable ScoreSheet sheet;
  private final @Nullable ScoringScheme scheme;
  private final EntryStatus status;
  private final TiePolicy policy;
  private final int position;
  private final int tieStart;
  private final int tieSize;
  private final int denseRank;
  private final int rankedCount;
  private final long composite;

  RankedEntry(
      EvaluatedUnit unit,
      @Nullable ScoreSheet sheet,
      @Nullable ScoringScheme scheme,
      EntryStatus status,
      TiePolicy policy,
      int position,
      int tieStart,
      int tieSize,
      int denseRank,
      int rankedCount,
      long composite) {
    this.unit = unit;
    this.sheet = sheet;
    this.scheme = scheme;
    this.status = status;
    this.policy = policy;
    this.position = position;
    this.tieStart = tieStart;
    this.tieSize = tieSize;
    this.denseRank = denseRank;
    this.rankedCount = rankedCount;
    this.composite = composite;
  }

  /** The unit. */
  public EvaluatedUnit unit() {
    return unit;
  }

  /** The unit's score sheet, unless it had none or the ranking came from a published order. */
  public Optional<ScoreSheet> sheet() {
    return Optional.ofNullable(sheet);
  }

  /** How the unit came by its place. */
  public EntryStatus status() {
    return status;
  }

  /** The position in rank order, from 1, ties ordered by tie-breakers, then unit name. */
  public int position() {
    return position;
  }

  /** The rank under the ranking's tie policy: a whole number, or a half for a fractional tie. */
  public BigDecimal rank() {
    return rank(policy);
  }

  /** The rank under the given tie policy. */
  public BigDecimal rank(TiePolicy tiePolicy) {
    requireNonNull(tiePolicy, "tiePolicy");
    return switch (tiePolicy) {
      case COMPETITION -> BigDecimal.valueOf(competitionRank());
      case DENSE -> BigDecimal.valueOf(denseRank);
      case MODIFIED_COMPETITION -> BigDecimal.valueOf((long) tieStart + tieSize);
      case FRACTIONAL -> BigDecimal.valueOf(2L * tieStart + tieSize + 1).divide(BigDecimal.valueOf(2)).stripTrailingZeros();
      case ORDINAL -> BigDecimal.valueOf(position);
    };
  }

  /** 1 + the number of units ranked strictly better: SQL's {@code RANK}. */
  public int competitionRank() {
    return tieStart + 1;
  }

  /** The number of units tied with this one, itself included. */
  public int tieSize() {
    return tieSize;
  }

  /** SQL's {@code PERCENT_RANK}: (competition rank − 1) ÷ (units − 1), 0 for a single unit. */
  public Ratio percentRank() {
    return rankedCount == 1 ? Ratio.ZERO : Ratio.of(tieStart, rankedCount - 1);
  }

  /** SQL's {@code CUME_DIST}: units ranked better or tied ÷ units. */
  public Ratio cumulativeDistribution() {
    return Ratio.of((long) tieStart + tieSize, rankedCount);
  }

  /** The exact composite score, for a unit with a sheet. */
  public Optional<BigDecimal> compositeScore() {
    return sheet == null ? Optional.empty() : Optional.of(ScoringScheme.decimal(composite));
  }

  /** The composite as published, rounded by the scheme, for a unit with a sheet. */
  public Optional<BigDecimal> publishedScore() {
    return sheet == null || scheme == null ? Optional.empty() : Optional.of(scheme.published(composite));
  }

  /** How the composite is made up, for a unit with a sheet. */
  public Optional<Breakdown> breakdown() {
    return sheet == null || scheme == null ? Optional.empty() : Optional.of(scheme.breakdown(sheet));
  }

  /** Whether the unit was vetoed and so ranked after the others. */
  public boolean isVetoed() {
    return status == EntryStatus.VETOED;
  }

  long scaledComposite() {
    return composite;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RankedEntry)) {
      return false;
    }
    RankedEntry other = (RankedEntry) obj;
    return unit.equals(other.unit)
        && Objects.equals(sheet, other.sheet)
        && status == other.status
        && policy == other.policy
        && position == other.position
        && tieStart == other.tieStart
        && tieSize == other.tieSize
        && denseRank == other.denseRank
        && rankedCount == other.rankedCount
        && composite == other.composite;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit.name(), status, position, tieStart, tieSize, composite);
  }

  /** Rank, unit and composite, such as {@code 1 茌平区政府 91.15}. */
  @Override
  public String toString() {
    return rank().toPlainString() + " " + unit.name()
        + compositeScore().map(c -> " " + c.toPlainString()).orElse("")
        + (status == EntryStatus.SCORED || status == EntryStatus.PUBLISHED_ORDER ? "" : " " + status);
  }
}
