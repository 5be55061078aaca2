package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.pingyi.internal.SlotTable;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ScoreSheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking engine: ranks the members of evaluation groups from their score sheets under a
 * {@link ScoringScheme}.
 *
 * <p>Order of rank: units that were neither vetoed nor without a sheet come first, by rank key
 * (the exact or published composite) from high to low; then vetoed units by their composite
 * (under {@link VetoPolicy#RANK_LAST}); then units without a sheet, tied (under {@link
 * MissingSheetPolicy#RANK_LAST}). Units with equal rank keys are ordered by the scheme's
 * tie-breakers (higher raw score first); units still equal tie, and are listed by unit name.
 *
 * <p>Each composite is computed once as an exact {@code long}, and units are sorted on primitive
 * keys; the result never depends on the order of the sheets given.
 */
public final class Rankings {

  private static final byte SCORED = 0;
  private static final byte VETOED = 1;
  private static final byte MISSING = 2;

  private Rankings() {}

  /**
   * Ranks one group.
   *
   * @throws IllegalArgumentException if the group has no members; a sheet is for a unit that is
   *     not a member, for another period, or a second one for a unit; a member has no sheet under
   *     {@link MissingSheetPolicy#REJECT}; or a sheet's components are not the scheme's
   */
  public static Ranking rank(ScoringScheme scheme, EvaluationGroup group, Collection<ScoreSheet> sheets) {
    requireNonNull(scheme, "scheme");
    requireNonNull(group, "group");
    requireNonNull(sheets, "sheets");
    List<EvaluatedUnit> members = group.members();
    int n = members.size();
    checkArgument(n > 0, "Ranking group %s has no members; an empty group cannot be ranked", group.id());
    // Sheets usually carry the group's very unit instances: found by reference, no hashing.
    SlotTable<EvaluatedUnit> index = SlotTable.of(members);
    ScoreSheet[] sheetOf = new ScoreSheet[n];
    for (ScoreSheet sheet : sheets) {
      requireNonNull(sheet, "sheet");
      int i = index.find(sheet.unit());
      checkArgument(
          i >= 0,
          "Ranking group %s: sheet for unit %s, which is not a member of the group",
          group.id(), sheet.unit().name());
      checkArgument(
          sheet.period().equals(group.period()),
          "Ranking group %s of period %s: sheet for unit %s is for period %s",
          group.id(), group.period(), sheet.unit().name(), sheet.period());
      checkArgument(sheetOf[i] == null, "Ranking group %s: two sheets for unit %s", group.id(), sheet.unit().name());
      sheetOf[i] = sheet;
    }
    return rankMatched(scheme, group, sheetOf);
  }

  /**
   * Ranks every group of one evaluation; each sheet goes to the group whose member it is for.
   *
   * @return the rankings by group id, in the order of the groups given
   * @throws IllegalArgumentException if two groups share an id or a unit, a sheet is for no
   *     group's member, or any group cannot be ranked (see {@link #rank})
   */
  public static ImmutableMap<String, Ranking> rankAll(
      ScoringScheme scheme, Collection<EvaluationGroup> groups, Collection<ScoreSheet> sheets) {
    requireNonNull(scheme, "scheme");
    requireNonNull(groups, "groups");
    requireNonNull(sheets, "sheets");
    Map<String, EvaluationGroup> groupOfUnit = new HashMap<>();
    Map<String, List<ScoreSheet>> sheetsOfGroup = new LinkedHashMap<>();
    for (EvaluationGroup group : groups) {
      requireNonNull(group, "group");
      checkArgument(
          sheetsOfGroup.put(group.id(), new ArrayList<>()) == null, "Ranking: two groups have id %s", group.id());
      for (EvaluatedUnit unit : group.members()) {
        EvaluationGroup other = groupOfUnit.put(unit.name(), group);
        checkArgument(
            other == null,
            "Ranking: unit %s is a member of both group %s and group %s",
            unit.name(), other == null ? "" : other.id(), group.id());
      }
    }
    for (ScoreSheet sheet : sheets) {
      requireNonNull(sheet, "sheet");
      EvaluationGroup group = groupOfUnit.get(sheet.unit().name());
      checkArgument(
          group != null, "Ranking: sheet for unit %s, which is a member of no group given", sheet.unit().name());
      requireNonNull(sheetsOfGroup.get(group.id())).add(sheet);
    }
    ImmutableMap.Builder<String, Ranking> result = ImmutableMap.builder();
    for (EvaluationGroup group : groups) {
      result.put(group.id(), rank(scheme, group, requireNonNull(sheetsOfGroup.get(group.id()))));
    }
    return result.buildOrThrow();
  }

  /** A ranking of the group's members in the order the group lists them, as a report publishes it. */
  public static Ranking fromPublishedOrder(EvaluationGroup group) {
    requireNonNull(group, "group");
    return fromPublishedOrder(group, group.members().stream().map(EvaluatedUnit::name).toList());
  }

  /**
   * A ranking of the group's members in the published order of the given unit names, with no
   * scores; every unit has its own place.
   *
   * @throws IllegalArgumentException if the names are not each member's name exactly once
   */
  public static Ranking fromPublishedOrder(EvaluationGroup group, List<String> unitNames) {
    requireNonNull(group, "group");
    requireNonNull(unitNames, "unitNames");
    checkArgument(!group.members().isEmpty(), "Ranking group %s has no members; an empty group cannot be ranked", group.id());
    checkArgument(
        unitNames.size() == group.members().size() && unitNames.stream().distinct().count() == unitNames.size(),
        "Ranking group %s: published order %s does not name each of its %s members exactly once",
        group.id(), unitNames, group.members().size());
    ImmutableList.Builder<RankedEntry> entries = ImmutableList.builder();
    int n = unitNames.size();
    for (int p = 0; p < n; p++) {
      String name = unitNames.get(p);
      EvaluatedUnit unit = group.member(name).orElseThrow(() -> new IllegalArgumentException(
          "Ranking group " + group.id() + ": published order names " + name + ", which is not a member"));
      entries.add(new RankedEntry(unit, null, null, EntryStatus.PUBLISHED_ORDER, TiePolicy.COMPETITION,
          p + 1, p, 1, p + 1, n, 0));
    }
    return new Ranking(group, null, TiePolicy.COMPETITION, entries.build(), ImmutableList.of());
  }

  private static Ranking rankMatched(ScoringScheme scheme, EvaluationGroup group, ScoreSheet[] sheetOf) {
    List<EvaluatedUnit> members = group.members();
    int n = members.size();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (sheetOf[i] == null) {
        missing.add(members.get(i).name());
      }
    }
    checkArgument(
        missing.isEmpty() || scheme.missingSheetPolicy() != MissingSheetPolicy.REJECT,
        "Ranking group %s: no sheet for members %s (MissingSheetPolicy REJECT)", group.id(), missing);

    long[] composite = new long[n];
    long[] key = new long[n];
    byte[] bucket = new byte[n];
    int[] included = new int[n];
    int m = 0;
    ImmutableList.Builder<Exclusion> exclusions = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      ScoreSheet sheet = sheetOf[i];
      if (sheet == null) {
        if (scheme.missingSheetPolicy() == MissingSheetPolicy.EXCLUDE) {
          exclusions.add(new Exclusion(members.get(i), Exclusion.Reason.MISSING_SHEET, null));
          continue;
        }
        bucket[i] = MISSING;
      } else {
        composite[i] = scheme.scaledComposite(sheet);
        key[i] = scheme.rankKey(composite[i]);
        if (sheet.isVetoed()) {
          if (scheme.vetoPolicy() == VetoPolicy.EXCLUDE) {
            exclusions.add(new Exclusion(members.get(i), Exclusion.Reason.VETOED, sheet.vetoReason().orElse(null)));
            continue;
          }
          bucket[i] = VETOED;
        }
      }
      included[m++] = i;
    }

    int[] order = sortByBucketThenKeyDescending(Arrays.copyOf(included, m), bucket, key);
    int breakers = scheme.tieBreakers().size();
    long[][] breaker = new long[breakers][];
    for (int t = 0; t < breakers; t++) {
      breaker[t] = new long[n];
      for (int i = 0; i < n; i++) {
        ScoreSheet sheet = sheetOf[i];
        breaker[t][i] = sheet == null ? 0 : scheme.scaledScore(sheet, scheme.tieBreakers().get(t));
      }
    }
    orderRunsOfEqualKeys(order, bucket, key, breaker, members);

    ImmutableList.Builder<RankedEntry> entries = ImmutableList.builderWithExpectedSize(m);
    int tieStart = 0;
    int tieEnd = 0;
    int dense = 0;
    for (int p = 0; p < m; p++) {
      if (p == tieEnd) {
        tieStart = p;
        tieEnd = p + 1;
        while (tieEnd < m && tied(order[p], order[tieEnd], bucket, key, breaker)) {
          tieEnd++;
        }
        dense++;
      }
      int i = order[p];
      EntryStatus status = bucket[i] == SCORED ? EntryStatus.SCORED
          : bucket[i] == VETOED ? EntryStatus.VETOED : EntryStatus.MISSING_SHEET;
      entries.add(new RankedEntry(members.get(i), sheetOf[i], scheme, status, scheme.tiePolicy(),
          p + 1, tieStart, tieEnd - tieStart, dense, m, composite[i]));
    }
    return new Ranking(group, scheme, scheme.tiePolicy(), entries.build(), exclusions.build());
  }

  /**
   * The indices sorted by bucket, then by key from high to low. Where the key range and the
   * count allow, each (bucket, key, index) is packed into one {@code long} and sorted as a
   * primitive; otherwise indices are sorted with a comparator.
   */
  static int[] sortByBucketThenKeyDescending(int[] indices, byte[] bucket, long[] key) {
    int m = indices.length;
    if (m < 2) {
      return indices;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i : indices) {
      min = Math.min(min, key[i]);
      max = Math.max(max, key[i]);
    }
    int indexBits = 32 - Integer.numberOfLeadingZeros(m - 1);
    long range = max - min;
    boolean packable = range >= 0 && range < (1L << 58)
        && 64 - Long.numberOfLeadingZeros(3 * (range + 1)) + indexBits <= 63;
    if (!packable) {
      return Arrays.stream(indices).boxed()
          .sorted((a, b) -> bucket[a] != bucket[b] ? Byte.compare(bucket[a], bucket[b]) : Long.compare(key[b], key[a]))
          .mapToInt(Integer::intValue)
          .toArray();
    }
    long[] packed = new long[m];
    for (int t = 0; t < m; t++) {
      int i = indices[t];
      long rankValue = bucket[i] * (range + 1) + (max - key[i]);
      packed[t] = rankValue << indexBits | t;
    }
    Arrays.sort(packed);
    long mask = (1L << indexBits) - 1;
    int[] order = new int[m];
    for (int t = 0; t < m; t++) {
      order[t] = indices[(int) (packed[t] & mask)];
    }
    return order;
  }

  /** Within each run of equal bucket and key, orders by tie-breakers (higher first), then name. */
  private static void orderRunsOfEqualKeys(
      int[] order, byte[] bucket, long[] key, long[][] breaker, List<EvaluatedUnit> members) {
    int start = 0;
    while (start < order.length) {
      int end = start + 1;
      while (end < order.length && bucket[order[end]] == bucket[order[start]] && key[order[end]] == key[order[start]]) {
        end++;
      }
      if (end - start > 1) {
        Integer[] run = new Integer[end - start];
        for (int t = start; t < end; t++) {
          run[t - start] = order[t];
        }
        Arrays.sort(run, (a, b) -> {
          for (long[] b2 : breaker) {
            int c = Long.compare(b2[b], b2[a]);
            if (c != 0) {
              return c;
            }
          }
          return members.get(a).name().compareTo(members.get(b).name());
        });
        for (int t = start; t < end; t++) {
          order[t] = run[t - start];
        }
      }
      start = end;
    }
  }

  private static boolean tied(int a, int b, byte[] bucket, long[] key, long[][] breaker) {
    if (bucket[a] != bucket[b] || key[a] != key[b]) {
      return false;
    }
    for (long[] values : breaker) {
      if (values[a] != values[b]) {
        return false;
      }
    }
    return true;
  }
}
