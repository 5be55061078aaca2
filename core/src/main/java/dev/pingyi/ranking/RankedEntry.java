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
 * One unit's place in a {@link Ranking}: its position, its rank under the scheme's tie policy (or
 * any other), its exact and published composite, and how the composite is made up.
 *
 * <p>Units that tie — equal rank key and equal tie-breaker scores — form a tie group (并列); every
 * rank follows from the group's first position and size, so {@link #rank(TiePolicy)} answers for
 * any policy. Percent rank and cumulative distribution follow SQL's {@code PERCENT_RANK} and
 * {@code CUME_DIST} over the ranking's order, as exact fractions.
 *
 * <p>Made only by a {@link Ranking}, as a view of one of its places. Two entries are equal
 * exactly when everything they report is equal, the scheme's rules included.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankedEntry {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final Ranking ranking;
  private final int position;

  RankedEntry(Ranking ranking, int position) {
    this.ranking = ranking;
    this.position = position;
  }

  /** The unit. */
  public EvaluatedUnit unit() {
    return ranking.unit(position);
  }

  /** The unit's score sheet, unless it had none or the ranking came from a published order. */
  public Optional<ScoreSheet> sheet() {
    return Optional.ofNullable(ranking.sheet(position));
  }

  /** How the unit came by its place. */
  public EntryStatus status() {
    return ranking.status(position);
  }

  /** The position in rank order, from 1; tied units are ordered by tie-breakers, then unit name. */
  public int position() {
    return position + 1;
  }

  /**
   * The rank under the scheme's tie policy: a whole number, or a half for a fractional tie,
   * printed as written ({@code 10}, {@code 10.5}) and equal to the number as written.
   */
  public BigDecimal rank() {
    return rank(ranking.tiePolicy());
  }

  /** The rank under the given tie policy; see {@link #rank()}. */
  public BigDecimal rank(TiePolicy tiePolicy) {
    requireNonNull(tiePolicy, "tiePolicy");
    int tieStart = ranking.tieStart(position);
    int tieSize = ranking.tieSize(position);
    return switch (tiePolicy) {
      case COMPETITION -> BigDecimal.valueOf(tieStart + 1L);
      case DENSE -> BigDecimal.valueOf(ranking.denseRank(position));
      case MODIFIED_COMPETITION -> BigDecimal.valueOf((long) tieStart + tieSize);
      case FRACTIONAL -> half(2L * tieStart + tieSize + 1);
      case ORDINAL -> BigDecimal.valueOf(position + 1L);
    };
  }

  /** n ÷ 2 with no trailing zero: 20 → 10, 21 → 10.5. */
  private static BigDecimal half(long n) {
    // the exact quotient at its preferred scale 0 where it has one: 10, not 10.0
    return BigDecimal.valueOf(n).divide(TWO);
  }

  /** 1 + the number of units ranked strictly better: SQL's {@code RANK}. */
  public int competitionRank() {
    return ranking.tieStart(position) + 1;
  }

  /** The number of units tied with this one (并列), itself included. */
  public int tieSize() {
    return ranking.tieSize(position);
  }

  /** Whether the unit shares its place with another (并列). */
  public boolean isTied() {
    return tieSize() > 1;
  }

  /** SQL's {@code PERCENT_RANK}: (competition rank − 1) ÷ (units − 1), 0 for a single unit. */
  public Ratio percentRank() {
    int n = ranking.size();
    return n == 1 ? Ratio.ZERO : Ratio.of(ranking.tieStart(position), n - 1);
  }

  /** SQL's {@code CUME_DIST}: units ranked better or tied ÷ units. */
  public Ratio cumulativeDistribution() {
    return Ratio.of((long) ranking.tieStart(position) + ranking.tieSize(position), ranking.size());
  }

  /** The exact composite score, for a unit with a sheet. */
  public Optional<BigDecimal> compositeScore() {
    return ranking.sheet(position) == null
        ? Optional.empty()
        : Optional.of(CompositeRule.decimal(ranking.scaledComposite(position)));
  }

  /** The composite as published, rounded by the scheme, for a unit with a sheet. */
  public Optional<BigDecimal> publishedScore() {
    ScoringScheme scheme = ranking.schemeOrNull();
    return ranking.sheet(position) == null || scheme == null
        ? Optional.empty()
        : Optional.of(scheme.composite().published(ranking.scaledComposite(position)));
  }

  /** How the composite is made up, for a unit with a sheet. */
  public Optional<Breakdown> breakdown() {
    ScoringScheme scheme = ranking.schemeOrNull();
    ScoreSheet sheet = ranking.sheet(position);
    return sheet == null || scheme == null ? Optional.empty() : Optional.of(scheme.composite().breakdown(sheet));
  }

  /** Whether the unit was vetoed and so ranked after the others. */
  public boolean isVetoed() {
    return status() == EntryStatus.VETOED;
  }

  /** The number of units ranked, this one included. */
  public int rankedCount() {
    return ranking.size();
  }

  long scaledComposite() {
    return ranking.scaledComposite(position);
  }

  int index() {
    return position;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RankedEntry)) {
      return false;
    }
    RankedEntry other = (RankedEntry) obj;
    Ranking r = ranking;
    Ranking o = other.ranking;
    return position == other.position
        && r.size() == o.size()
        && unit().equals(other.unit())
        && Objects.equals(r.sheet(position), o.sheet(position))
        && r.status(position) == o.status(position)
        && r.scaledComposite(position) == o.scaledComposite(position)
        && r.tieStart(position) == o.tieStart(position)
        && r.tieSize(position) == o.tieSize(position)
        && r.denseRank(position) == o.denseRank(position)
        && Objects.equals(r.schemeOrNull(), o.schemeOrNull());
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit().name(), position, ranking.scaledComposite(position), ranking.tieStart(position));
  }

  /** Rank, unit and composite, such as {@code 1 茌平区政府 91.15}. */
  @Override
  public String toString() {
    EntryStatus status = status();
    return rank().toPlainString() + " " + unit().name()
        + compositeScore().map(c -> " " + c.toPlainString()).orElse("")
        + (status == EntryStatus.SCORED || status == EntryStatus.PUBLISHED_ORDER ? "" : " " + status);
  }
}
