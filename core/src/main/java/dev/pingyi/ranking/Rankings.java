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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

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

  /** Members are distinct by name: the order the slot table needs where units' hash codes collide. */
  private static final Comparator<EvaluatedUnit> BY_NAME = Comparator.comparing(EvaluatedUnit::name);

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
    ScoreSheet[] sheetOf = new ScoreSheet[n];
    MemberFinder finder = new MemberFinder(members);
    for (ScoreSheet sheet : sheets) {
      requireNonNull(sheet, "sheet");
      int i = finder.indexOf(sheet.unit());
      checkArgument(
          i >= 0,
          "Ranking group %s: sheet for unit %s, which is not a member of the group",
          group.id(), sheet.unit().name());
      checkSheet(group, sheet, sheetOf[i]);
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
    return rankAll(scheme, groups, sheets, false);
  }

  /**
   * Ranks every group of one evaluation as {@link #rankAll} does, the groups in parallel on the
   * common fork-join pool. The result is equal to {@link #rankAll}'s: groups are independent and
   * the engine keeps no state; only the matching of sheets to groups runs on the calling thread.
   *
   * @throws IllegalArgumentException as {@link #rankAll}
   */
  public static ImmutableMap<String, Ranking> rankAllParallel(
      ScoringScheme scheme, Collection<EvaluationGroup> groups, Collection<ScoreSheet> sheets) {
    return rankAll(scheme, groups, sheets, true);
  }

  private static ImmutableMap<String, Ranking> rankAll(
      ScoringScheme scheme, Collection<EvaluationGroup> groups, Collection<ScoreSheet> sheets, boolean parallel) {
    requireNonNull(scheme, "scheme");
    requireNonNull(groups, "groups");
    requireNonNull(sheets, "sheets");
    List<EvaluationGroup> groupList = List.copyOf(groups);
    List<EvaluatedUnit> allMembers = new ArrayList<>();
    Map<String, Integer> groupOfId = new HashMap<>(groupList.size() * 2);
    for (int g = 0; g < groupList.size(); g++) {
      EvaluationGroup group = groupList.get(g);
      checkArgument(groupOfId.put(group.id(), g) == null, "Ranking: two groups have id %s", group.id());
      allMembers.addAll(group.members());
    }
    int[] groupOf = new int[allMembers.size()];
    int[] firstOf = new int[groupList.size() + 1];
    Map<String, Integer> byName = new HashMap<>(allMembers.size() * 2);
    for (int g = 0, k = 0; g < groupList.size(); g++) {
      firstOf[g] = k;
      for (EvaluatedUnit unit : groupList.get(g).members()) {
        Integer other = byName.put(unit.name(), k);
        checkArgument(
            other == null,
            "Ranking: unit %s is a member of both group %s and group %s",
            unit.name(), other == null ? "" : groupList.get(groupOf[other]).id(), groupList.get(g).id());
        groupOf[k++] = g;
      }
    }
    firstOf[groupList.size()] = allMembers.size();
    ScoreSheet[] sheetOf = new ScoreSheet[allMembers.size()];
    MemberFinder finder = new MemberFinder(allMembers);
    for (ScoreSheet sheet : sheets) {
      requireNonNull(sheet, "sheet");
      int k = finder.indexOf(sheet.unit());
      checkArgument(k >= 0, "Ranking: sheet for unit %s, which is a member of no group given", sheet.unit().name());
      EvaluationGroup group = groupList.get(groupOf[k]);
      checkSheet(group, sheet, sheetOf[k]);
      sheetOf[k] = sheet;
    }
    for (EvaluationGroup group : groupList) {
      checkArgument(!group.members().isEmpty(), "Ranking group %s has no members; an empty group cannot be ranked", group.id());
    }
    IntStream indices = IntStream.range(0, groupList.size());
    Ranking[] rankings = (parallel ? indices.parallel() : indices)
        .mapToObj(g -> rankMatched(scheme, groupList.get(g), Arrays.copyOfRange(sheetOf, firstOf[g], firstOf[g + 1])))
        .toArray(Ranking[]::new);
    ImmutableMap.Builder<String, Ranking> result = ImmutableMap.builderWithExpectedSize(groupList.size());
    for (int g = 0; g < groupList.size(); g++) {
      result.put(groupList.get(g).id(), rankings[g]);
    }
    return result.buildOrThrow();
  }

  /**
   * Finds a sheet's unit among members. Sheets usually carry the members' very instances, most
   * often in the members' order: the unit at the member's position is tried first, then a slot
   * table by reference (built only if that fails), and equality last.
   */
  private static final class MemberFinder {
    private final List<EvaluatedUnit> members;
    private int next;
    private @Nullable SlotTable<EvaluatedUnit> index;

    MemberFinder(List<EvaluatedUnit> members) {
      this.members = members;
    }

    int indexOf(EvaluatedUnit unit) {
      int guess = next;
      if (guess < members.size() && members.get(guess) == unit) {
        next = guess + 1;
        return guess;
      }
      SlotTable<EvaluatedUnit> table = index;
      if (table == null) {
        table = SlotTable.ofDistinct(members, BY_NAME);
        index = table;
      }
      int found = table.find(unit);
      next = found + 1;
      return found;
    }
  }

  private static void checkSheet(EvaluationGroup group, ScoreSheet sheet, @Nullable ScoreSheet earlier) {
    checkArgument(
        sheet.period().equals(group.period()),
        "Ranking group %s of period %s: sheet for unit %s is for period %s",
        group.id(), group.period(), sheet.unit().name(), sheet.period());
    checkArgument(earlier == null, "Ranking group %s: two sheets for unit %s", group.id(), sheet.unit().name());
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
    requireNonNull(unitNames, "unitNames");
    return fromPublishedPlaces(group, unitNames.stream().map(name -> List.of(requireNonNull(name, "name"))).toList());
  }

  /**
   * A ranking of the group's members from published places, each a list of the unit names that
   * share it (并列): {@code [[A], [B, C], [D]]} places A first, B and C tied second, and D fourth.
   * Units of one place keep the order given.
   *
   * @throws IllegalArgumentException naming the place and the name if a place is empty, a name
   *     is not a member's, or a member is named twice or not at all
   */
  public static Ranking fromPublishedPlaces(EvaluationGroup group, List<? extends List<String>> places) {
    requireNonNull(group, "group");
    requireNonNull(places, "places");
    List<EvaluatedUnit> members = group.members();
    int n = members.size();
    checkArgument(n > 0, "Ranking group %s has no members; an empty group cannot be ranked", group.id());
    Map<String, Integer> indexOfName = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      indexOfName.put(members.get(i).name(), i);
    }
    int[] member = new int[n];
    int[] tieGroup = new int[n];
    int[] tieGroupStart = new int[places.size() + 1];
    int[] placeOfMember = new int[n];
    Arrays.fill(placeOfMember, -1);
    int p = 0;
    for (int g = 0; g < places.size(); g++) {
      List<String> place = requireNonNull(places.get(g), "place");
      checkArgument(!place.isEmpty(), "Ranking group %s: published place %s names no unit", group.id(), g + 1);
      tieGroupStart[g] = p;
      for (String name : place) {
        requireNonNull(name, "name");
        Integer i = indexOfName.get(name);
        checkArgument(
            i != null,
            "Ranking group %s: published place %s names %s, which is not a member", group.id(), g + 1, name);
        checkArgument(
            placeOfMember[i] < 0,
            "Ranking group %s: published place %s names %s, already named at place %s",
            group.id(), g + 1, name, placeOfMember[i] + 1);
        placeOfMember[i] = g;
        member[p] = i;
        tieGroup[p] = g;
        p++;
      }
    }
    tieGroupStart[places.size()] = p;
    List<String> unnamed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (placeOfMember[i] < 0) {
        unnamed.add(members.get(i).name());
      }
    }
    checkArgument(
        unnamed.isEmpty(), "Ranking group %s: published places do not name members %s", group.id(), unnamed);
    return new Ranking(group, null, member, new ScoreSheet[n], new long[n], tieGroup, tieGroupStart,
        ImmutableList.of());
  }

  private static Ranking rankMatched(ScoringScheme scheme, EvaluationGroup group, ScoreSheet[] sheetOf) {
    List<EvaluatedUnit> members = group.members();
    CompositeRule rule = scheme.composite();
    RankingRule ranking = scheme.ranking();
    int n = members.size();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (sheetOf[i] == null) {
        missing.add(members.get(i).name());
      }
    }
    checkArgument(
        missing.isEmpty() || ranking.missingSheetPolicy() != MissingSheetPolicy.REJECT,
        "Ranking group %s: no sheet for members %s (MissingSheetPolicy REJECT)", group.id(), missing);

    long[] composite = new long[n];
    long[] key = new long[n];
    byte[] bucket = new byte[n];
    int[] included = new int[n];
    int m = 0;
    ImmutableList.Builder<Exclusion> exclusions = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      ScoreSheet sheet = sheetOf[i];
      bucket[i] = SCORED;
      if (sheet == null) {
        if (ranking.missingSheetPolicy() == MissingSheetPolicy.EXCLUDE) {
          exclusions.add(Exclusion.missingSheet(members.get(i)));
          continue;
        }
        bucket[i] = MISSING;
      } else {
        composite[i] = rule.scaledComposite(sheet);
        key[i] = scheme.rankKey(composite[i]);
        if (sheet.isVetoed()) {
          if (ranking.vetoPolicy() == VetoPolicy.EXCLUDE) {
            exclusions.add(Exclusion.vetoed(members.get(i), sheet.vetoReason()));
            continue;
          }
          bucket[i] = VETOED;
        }
      }
      included[m++] = i;
    }

    int[] order = sortByBucketThenKeyDescending(Arrays.copyOf(included, m), bucket, key);
    int breakers = ranking.tieBreakers().size();
    long[][] breaker = new long[breakers][];
    for (int t = 0; t < breakers; t++) {
      breaker[t] = new long[n];
      for (int i = 0; i < n; i++) {
        ScoreSheet sheet = sheetOf[i];
        breaker[t][i] = sheet == null ? 0 : CompositeRule.scaledScore(sheet, ranking.tieBreakers().get(t));
      }
    }
    orderRunsOfEqualKeys(order, bucket, key, breaker, members);

    ScoreSheet[] sheets = new ScoreSheet[m];
    long[] composites = new long[m];
    int[] tieGroup = new int[m];
    int[] groupStart = new int[m + 1];
    int groups = 0;
    for (int p = 0; p < m; p++) {
      int i = order[p];
      if (p == 0 || !tied(order[p - 1], i, bucket, key, breaker)) {
        groupStart[groups++] = p;
      }
      tieGroup[p] = groups - 1;
      sheets[p] = sheetOf[i];
      composites[p] = composite[i];
    }
    groupStart[groups] = m;
    return new Ranking(group, scheme, order, sheets, composites, tieGroup,
        Arrays.copyOf(groupStart, groups + 1), exclusions.build());
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
        sortRun(order, start, end, breaker, members);
      }
      start = end;
    }
  }

  /** Sorts order[from, to) by tie-breakers (higher first), then unit name: a merge sort on ints, no boxing. */
  private static void sortRun(int[] order, int from, int to, long[][] breaker, List<EvaluatedUnit> members) {
    int[] run = Arrays.copyOfRange(order, from, to);
    int[] buffer = new int[run.length];
    mergeSort(run, buffer, 0, run.length, breaker, members);
    System.arraycopy(run, 0, order, from, run.length);
  }

  private static void mergeSort(int[] a, int[] buffer, int from, int to, long[][] breaker, List<EvaluatedUnit> members) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, buffer, from, mid, breaker, members);
    mergeSort(a, buffer, mid, to, breaker, members);
    if (compareTied(a[mid - 1], a[mid], breaker, members) <= 0) {
      return;
    }
    System.arraycopy(a, from, buffer, from, to - from);
    for (int i = from, j = mid, k = from; k < to; k++) {
      a[k] = j >= to || (i < mid && compareTied(buffer[i], buffer[j], breaker, members) <= 0) ? buffer[i++] : buffer[j++];
    }
  }

  private static int compareTied(int a, int b, long[][] breaker, List<EvaluatedUnit> members) {
    for (long[] values : breaker) {
      int c = Long.compare(values[b], values[a]);
      if (c != 0) {
        return c;
      }
    }
    return members.get(a).name().compareTo(members.get(b).name());
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
