package dev.pingyi.ranking;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ranking of one evaluation group: its entries in rank order, and the members left out.
 *
 * <p>Made by {@link Rankings#rank} from score sheets, or by {@link Rankings#fromPublishedOrder}
 * from a published order alone (the Liaocheng report publishes places, not scores); rank
 * changes, rank correlation and rank tiers work on either.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranking {

  private final EvaluationGroup group;
  private final @Nullable ScoringScheme scheme;
  private final TiePolicy tiePolicy;
  private final ImmutableList<RankedEntry> entries;
  private final ImmutableList<Exclusion> exclusions;
  private volatile @Nullable ImmutableMap<String, RankedEntry> byName;

  Ranking(
      EvaluationGroup group,
      @Nullable ScoringScheme scheme,
      TiePolicy tiePolicy,
      ImmutableList<RankedEntry> entries,
      ImmutableList<Exclusion> exclusions) {
    this.group = group;
    this.scheme = scheme;
    this.tiePolicy = tiePolicy;
    this.entries = entries;
    this.exclusions = exclusions;
  }

  /** The group ranked. */
  public EvaluationGroup group() {
    return group;
  }

  /** The scheme that scored it; empty for a ranking from a published order. */
  public Optional<ScoringScheme> scheme() {
    return Optional.ofNullable(scheme);
  }

  /** The tie policy of {@link RankedEntry#rank()}. */
  public TiePolicy tiePolicy() {
    return tiePolicy;
  }

  /** The ranked units in rank order. */
  public ImmutableList<RankedEntry> entries() {
    return entries;
  }

  /** The members left out, in the group's order. */
  public ImmutableList<Exclusion> exclusions() {
    return exclusions;
  }

  /** The entry of the unit of the given name, if it was ranked. */
  public Optional<RankedEntry> entry(String unitName) {
    return Optional.ofNullable(byName().get(requireNonNull(unitName, "unitName")));
  }

  /** The entries by unit name, built on the first look-up: a benign race builds equal maps. */
  private ImmutableMap<String, RankedEntry> byName() {
    ImmutableMap<String, RankedEntry> map = byName;
    if (map == null) {
      map = entries.stream().collect(ImmutableMap.toImmutableMap(e -> e.unit().name(), e -> e));
      byName = map;
    }
    return map;
  }

  /** The entry of the given unit, if it was ranked. */
  public Optional<RankedEntry> entry(EvaluatedUnit unit) {
    requireNonNull(unit, "unit");
    return entry(unit.name()).filter(e -> e.unit().equals(unit));
  }

  /** The units in tiers by the given rule: each label with its entries, in the rule's order. */
  public ImmutableMap<String, ImmutableList<RankedEntry>> tiers(TierRule rule) {
    return requireNonNull(rule, "rule").apply(this);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Ranking)) {
      return false;
    }
    Ranking other = (Ranking) obj;
    return group.equals(other.group)
        && tiePolicy == other.tiePolicy
        && entries.equals(other.entries)
        && exclusions.equals(other.exclusions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group.id(), tiePolicy, entries);
  }

  /** The group and its entries, one a line. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(group.id()).append(' ').append(group.period());
    entries.forEach(e -> s.append('\n').append(e));
    exclusions.forEach(x -> s.append("\nexcluded: ").append(x));
    return s.toString();
  }
}
