package dev.pingyi.ranking;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.pingyi.internal.RefColumn;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ScoreSheet;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The ranking of one evaluation group: its entries in rank order, and the members left out.
 *
 * <p>Made only by the engine: by {@link Rankings#rank} from score sheets, or by {@link
 * Rankings#fromPublishedOrder} from a published order alone (the Liaocheng report publishes
 * places, not scores); rank changes, rank correlation and rank tiers work on either.
 *
 * <p>Two rankings are equal exactly when everything they report is equal: the group, the scheme
 * (whose rules decide ranks, published scores and breakdowns), and every entry and exclusion.
 *
 * <p>A ranking keeps its units in columns — the member, sheet, exact composite and tie group of
 * each place, 24 bytes a unit at most — and {@link #entries()} is a view whose entries are made as
 * they are read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranking {

  private final EvaluationGroup group;
  private final @Nullable ScoringScheme scheme;
  /** The member index (in the group's order) at each position, 0-based. */
  private final int[] member;
  /** The sheet at each position; null for a member without a sheet or a published order. */
  private final RefColumn<ScoreSheet> sheets;
  /** The exact composite at scale {@link CompositeRule#COMPOSITE_SCALE}; 0 where there is none. */
  private final long[] composite;
  /** The tie group (0-based) at each position. */
  private final int[] tieGroup;
  /** The first position of each tie group, then the number of entries. */
  private final int[] tieGroupStart;
  private final ImmutableList<Exclusion> exclusions;
  private final List<RankedEntry> entries = new Entries();
  private volatile @Nullable Map<String, Integer> positionByName;

  Ranking(
      EvaluationGroup group,
      @Nullable ScoringScheme scheme,
      int[] member,
      RefColumn<ScoreSheet> sheets,
      long[] composite,
      int[] tieGroup,
      int[] tieGroupStart,
      ImmutableList<Exclusion> exclusions) {
    this.group = group;
    this.scheme = scheme;
    this.member = member;
    this.sheets = sheets;
    this.composite = composite;
    this.tieGroup = tieGroup;
    this.tieGroupStart = tieGroupStart;
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

  /**
   * The tie policy of {@link RankedEntry#rank()}: the scheme's, or {@link TiePolicy#COMPETITION}
   * for a published order, whose units never tie unless the order says 并列.
   */
  public TiePolicy tiePolicy() {
    return scheme == null ? TiePolicy.COMPETITION : scheme.ranking().tiePolicy();
  }

  /** The ranked units in rank order: an unmodifiable view, each entry made as it is read. */
  public List<RankedEntry> entries() {
    return entries;
  }

  /** The number of ranked units. */
  public int size() {
    return member.length;
  }

  /** The members left out, in the group's order. */
  public ImmutableList<Exclusion> exclusions() {
    return exclusions;
  }

  /** The entry of the unit of the given name, if it was ranked. */
  public Optional<RankedEntry> entry(String unitName) {
    Integer position = positions().get(requireNonNull(unitName, "unitName"));
    return position == null ? Optional.empty() : Optional.of(new RankedEntry(this, position));
  }

  /** The entry of the given unit, if it was ranked. */
  public Optional<RankedEntry> entry(EvaluatedUnit unit) {
    requireNonNull(unit, "unit");
    return entry(unit.name()).filter(e -> e.unit().equals(unit));
  }

  /** The units in tiers by the given rule: each label with its entries, in the rule's order. */
  public ImmutableMap<String, ImmutableList<RankedEntry>> tiers(TierRule rule) {
    return requireNonNull(rule, "rule").tiers(this);
  }

  /** The position (0-based) of each ranked unit by name, built on the first look-up. */
  private Map<String, Integer> positions() {
    Map<String, Integer> map = positionByName;
    if (map == null) {
      Map<String, Integer> built = Maps.newHashMapWithExpectedSize(member.length);
      for (int p = 0; p < member.length; p++) {
        built.put(unit(p).name(), p);
      }
      map = java.util.Collections.unmodifiableMap(built);
      positionByName = map;
    }
    return map;
  }

  EvaluatedUnit unit(int position) {
    return group.members().get(member[position]);
  }

  @Nullable ScoreSheet sheet(int position) {
    return sheets.get(position);
  }

  /**
   * How the unit at the position came by its place, which the columns already tell: no scheme is a
   * published order, no sheet a missing one, a sheet with a veto a vetoed unit ranked last.
   */
  EntryStatus status(int position) {
    ScoreSheet sheet = sheets.get(position);
    if (scheme == null) {
      return EntryStatus.PUBLISHED_ORDER;
    } else if (sheet == null) {
      return EntryStatus.MISSING_SHEET;
    }
    return sheet.isVetoed() ? EntryStatus.VETOED : EntryStatus.SCORED;
  }

  long scaledComposite(int position) {
    return composite[position];
  }

  @Nullable ScoringScheme schemeOrNull() {
    return scheme;
  }

  /** The first position (0-based) of the position's tie group. */
  int tieStart(int position) {
    return tieGroupStart[tieGroup[position]];
  }

  /** The number of units in the position's tie group. */
  int tieSize(int position) {
    int g = tieGroup[position];
    return tieGroupStart[g + 1] - tieGroupStart[g];
  }

  /** The dense rank of the position: its tie group's number, from 1. */
  int denseRank(int position) {
    return tieGroup[position] + 1;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Ranking)) {
      return false;
    }
    Ranking other = (Ranking) obj;
    return group.equals(other.group)
        && Objects.equals(scheme, other.scheme)
        && Arrays.equals(member, other.member)
        && sheets.contentEquals(other.sheets)
        && Arrays.equals(composite, other.composite)
        && Arrays.equals(tieGroup, other.tieGroup)
        && Arrays.equals(tieGroupStart, other.tieGroupStart)
        && exclusions.equals(other.exclusions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group.id(), scheme, Arrays.hashCode(member), Arrays.hashCode(composite),
        Arrays.hashCode(tieGroup));
  }

  /** The group and its entries, one a line, such as {@code 1 茌平区政府 91.15}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(group.id()).append(' ').append(group.period());
    entries.forEach(e -> s.append('\n').append(e));
    exclusions.forEach(x -> s.append("\nexcluded: ").append(x.unit().name()).append(' ').append(x.reason()));
    return s.toString();
  }

  /** The entries as a list view over the columns. */
  private final class Entries extends AbstractList<RankedEntry> implements RandomAccess {
    @Override
    public RankedEntry get(int position) {
      java.util.Objects.checkIndex(position, member.length);
      return new RankedEntry(Ranking.this, position);
    }

    @Override
    public int size() {
      return member.length;
    }
  }
}
