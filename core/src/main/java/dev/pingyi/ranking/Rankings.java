package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.pingyi.internal.IdentityTable;
import dev.pingyi.internal.LongSort;
import dev.pingyi.internal.MemberIndex;
import dev.pingyi.internal.RefColumn;
import dev.pingyi.internal.SheetUnits;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToIntFunction;
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
 * <p>Each composite is computed once as an exact {@code long}, as its sheet is matched to its
 * member. Sheets are matched through an index each group builds on its first ranking and keeps
 * (see {@link EvaluationGroup}; building it sorts the members' names once, O(n log n)): by the
 * unit's instance, or by name in O(log n) for a unit equal to a member but not the member's
 * instance. Each unit's place — bucket, rank key, tie-breakers, then its place in the name order
 * — is packed into one {@code long} where the ranges allow, and the units of a group are ordered
 * by one radix sort of those longs; otherwise, for keys or tie-breakers too far apart to pack, by
 * a comparator on the same fields in O(n log n). So, once a group has its index, ranking it takes
 * time linear in its members and sheets. The result never depends on the order of the sheets
 * given. How it compares with hand-written code is measured in the benchmarks module
 * ({@code RankingBenchmark}).
 */
public final class Rankings {

  private static final byte SCORED = 0;
  private static final byte VETOED = 1;
  private static final byte MISSING = 2;
  /** Excluded: a vetoed unit under {@link VetoPolicy#EXCLUDE}, a missing one under {@link MissingSheetPolicy#EXCLUDE}. */
  private static final byte LEFT_OUT = 3;

  /** Sheets matched at a time: enough for their memory loads to overlap, few enough to stay in cache. */
  private static final int BATCH = 64;

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
    int n = group.members().size();
    checkArgument(n > 0, "Ranking group %s has no members; an empty group cannot be ranked", group.id());
    AllMembers all = new AllMembers(List.of(group));
    Matched matched = new Matched(n, scheme, sheets);
    matchAll(all, matched, group.period(), group);
    return rankGroup(scheme, group, all.index(0), matched, 0, new Scratch(n));
  }

  /**
   * Ranks every group of one evaluation; each sheet goes to the group whose member it is for.
   * Sheets are matched in one pass over a table of every group's members, made from the indexes
   * the groups keep, and every name is checked to be in one group only; each group is then ranked
   * as {@link #rank} ranks it. The table, like each group's index, is kept: softly, with the first
   * group, for the next ranking of the very same group instances in the same order, which then
   * neither builds nor checks it again (an office ranking one evaluation's groups under several
   * schemes, or again after correcting a sheet). The benchmarks module measures both calls
   * ({@code RankingBenchmark}: {@code pingyi-rankAll}, and {@code pingyi-rankAll-fresh} for a call
   * that builds the table; the figures are in its README).
   *
   * @return the rankings by group id, in the order of the groups given
   * @throws IllegalArgumentException if two groups share an id or a unit, a sheet is for no
   *     group's member, or any group cannot be ranked (see {@link #rank})
   */
  public static ImmutableMap<String, Ranking> rankAll(
      ScoringScheme scheme, Collection<EvaluationGroup> groups, Collection<ScoreSheet> sheets) {
    return requireNonNull(rankAll(scheme, groups, sheets, false));
  }

  /**
   * Ranks every group of one evaluation as {@link #rankAll} does, on the threads of the common
   * fork-join pool: the sheets are split among them to find their members, then each group takes
   * its sheets and is ranked on one of them. Only the table of all members, the rare look-up of a
   * unit by name and the check that no member has two sheets run on the calling thread.
   *
   * <p>The result is equal to {@link #rankAll}'s and does not depend on the number of threads or
   * on how work is scheduled: groups are independent and the engine keeps no state but the
   * immutable member tables {@link #rankAll} describes. Bad input gets the very exception {@link
   * #rankAll} throws: on any error the work is done again on the calling thread, which reports the
   * first error in the order of the sheets, then of the groups.
   * How much the second core saves is measured in the benchmarks module ({@code RankingBenchmark},
   * {@code pingyi-rankAll-parallel}).
   *
   * @throws IllegalArgumentException as {@link #rankAll}
   */
  public static ImmutableMap<String, Ranking> rankAllParallel(
      ScoringScheme scheme, Collection<EvaluationGroup> groups, Collection<ScoreSheet> sheets) {
    ImmutableMap<String, Ranking> rankings = rankAll(scheme, groups, sheets, true);
    // null for bad input: ranked again on this thread, which throws rankAll's error
    return rankings != null ? rankings : rankAll(scheme, groups, sheets);
  }

  /**
   * The rankings of every group, on the calling thread or shared among the common pool's; in
   * parallel, null for input that is bad in any way the sequential path reports. Package-private
   * so that tests can tell the parallel path's own result from the sequential one that {@link
   * #rankAllParallel} falls back to, which would hide a parallel path that gives up on good input.
   */
  static @Nullable ImmutableMap<String, Ranking> rankAll(
      ScoringScheme scheme, Collection<EvaluationGroup> groups, Collection<ScoreSheet> sheets, boolean parallel) {
    requireNonNull(scheme, "scheme");
    requireNonNull(groups, "groups");
    requireNonNull(sheets, "sheets");
    List<EvaluationGroup> groupList = List.copyOf(groups);
    int groupCount = groupList.size();
    Map<String, Integer> groupOfId = Maps.newHashMapWithExpectedSize(groupCount);
    for (EvaluationGroup group : groupList) {
      checkArgument(groupOfId.put(group.id(), groupOfId.size()) == null, "Ranking: two groups have id %s", group.id());
    }
    AllMembers all = AllMembers.of(groupList);
    Matched matched = new Matched(all.size(), scheme, sheets);
    if (parallel) {
      Ranking @Nullable [] rankings = rankInParallel(scheme, groupList, all, matched);
      return rankings != null ? byId(groupList, rankings) : null;
    }
    matchAll(all, matched, commonPeriod(groupList), null);
    int largest = 0;
    for (EvaluationGroup group : groupList) {
      checkArgument(!group.members().isEmpty(), "Ranking group %s has no members; an empty group cannot be ranked", group.id());
      largest = Math.max(largest, group.members().size());
    }
    Ranking[] rankings = new Ranking[groupCount];
    Scratch scratch = new Scratch(largest);
    for (int g = 0; g < groupCount; g++) {
      rankings[g] = rankGroup(scheme, groupList.get(g), all.index(g), matched, all.first(g), scratch);
    }
    return byId(groupList, rankings);
  }

  /**
   * Matches every sheet given to its member's slot, in the sheets' order, and stores it there
   * with what ranking reads of it (see {@link Matched#put}); the first bad sheet throws. The
   * sheets go in batches of {@link #BATCH}, three passes a batch, so that the memory loads of a
   * batch overlap: the first reads each sheet — its unit's identity hash code, which the sheet
   * keeps, and its composite where the sheet is {@linkplain PlainComposites plain} — the second
   * finds each unit among the members, the third checks each sheet and stores it.
   *
   * @param common the period of every group, if they share one
   * @param only the group of a {@link #rank}, whose errors name it; null for {@link #rankAll}
   */
  private static void matchAll(
      AllMembers all, Matched matched, @Nullable ReportPeriod common, @Nullable EvaluationGroup only) {
    List<@Nullable ScoreSheet> given = matched.given;
    @Nullable ScoreSheet[] batch = new ScoreSheet[BATCH];
    int[] hash = new int[BATCH];
    int[] found = new int[BATCH];
    long[] plain = new long[BATCH];
    PlainComposites composites = matched.plainComposites();
    ToIntFunction<Object> unitHash = unitHashes();
    for (int from = 0; from < given.size(); from += BATCH) {
      int count = Math.min(BATCH, given.size() - from);
      for (int t = 0; t < count; t++) {
        ScoreSheet sheet = given.get(from + t);
        batch[t] = sheet;
        if (sheet != null) {
          hash[t] = unitHash.applyAsInt(sheet);
          plain[t] = composites.of(sheet);
        }
      }
      for (int t = 0; t < count; t++) {
        ScoreSheet sheet = batch[t];
        found[t] = sheet == null ? -1 : all.findByReference(sheet.unit(), hash[t]);
      }
      for (int t = 0; t < count; t++) {
        ScoreSheet sheet = requireNonNull(batch[t], "sheet");
        int k = found[t] != -1 ? found[t] : all.findByName(sheet.unit());
        if (only != null) {
          checkArgument(
              k >= 0,
              "Ranking group %s: sheet for unit %s, which is not a member of the group",
              only.id(), sheet.unit().name());
          matched.put(k, sheet, only.period(), only, null, plain[t]);
        } else {
          checkArgument(k >= 0, "Ranking: sheet for unit %s, which is a member of no group given", sheet.unit().name());
          if (common != null) {
            matched.put(k, sheet, common, null, all, plain[t]);
          } else {
            EvaluationGroup group = all.group(k);
            matched.put(k, sheet, group.period(), group, null, plain[t]);
          }
        }
      }
    }
  }

  /**
   * How a sheet gives its unit's identity hash code: kept by the sheet, which registers how as its
   * type is initialized; read from the unit if no sheet was ever made (then every sheet given is
   * null, and none is read).
   */
  private static ToIntFunction<Object> unitHashes() {
    ToIntFunction<Object> registered = SheetUnits.unitHashes();
    return registered != null ? registered : sheet -> System.identityHashCode(((ScoreSheet) sheet).unit());
  }

  private static ImmutableMap<String, Ranking> byId(List<EvaluationGroup> groups, Ranking[] rankings) {
    ImmutableMap.Builder<String, Ranking> result = ImmutableMap.builderWithExpectedSize(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      result.put(groups.get(g).id(), rankings[g]);
    }
    return result.buildOrThrow();
  }

  /**
   * The rankings of every group, the work shared by the common pool's threads; null if the input
   * is bad in any way the sequential path reports, which then runs to report it in its order.
   *
   * <p>The sheets are split into runs, each matched and put in its slots by one thread, in the
   * sheets' order as on one thread (reading them in slot order instead costs a cache miss a
   * sheet). Two sheets for one member may race for its slot, so each run also writes its sheets'
   * positions into their slots, and a pass on the calling thread then checks that every sheet
   * found its own position there: one that did not shares its slot. Then each group is ranked by
   * one thread.
   */
  private static Ranking @Nullable [] rankInParallel(
      ScoringScheme scheme, List<EvaluationGroup> groups, AllMembers all, Matched matched) {
    List<@Nullable ScoreSheet> given = matched.given;
    int count = given.size();
    for (EvaluationGroup group : groups) {
      if (group.members().isEmpty()) {
        return null;
      }
    }
    ReportPeriod common = commonPeriod(groups);
    int[] slotOfSheet = new int[count];
    int[] sheetOfSlot = new int[all.size()];
    int parts = Math.max(1, Math.min(count / (16 * BATCH), 4 * (ForkJoinPool.getCommonPoolParallelism() + 1)));
    try {
      IntStream.range(0, parts).parallel().forEach(part -> matchRun(all, matched, common, slotOfSheet, sheetOfSlot,
          (int) ((long) count * part / parts), (int) ((long) count * (part + 1) / parts)));
      for (int i = 0; i < count; i++) {
        int k = slotOfSheet[i];
        if (k < 0) {
          // not a member instance: found by name here, where the map of names is built
          ScoreSheet sheet = given.get(i);
          k = sheet == null ? -1 : all.findByName(sheet.unit());
          if (k < 0 || sheetOfSlot[k] != 0) {
            return null;
          }
          matched.put(k, sheet, all.group(k));
          sheetOfSlot[k] = i + 1;
        } else if (sheetOfSlot[k] != i + 1) {
          return null;
        }
      }
      return IntStream.range(0, groups.size()).parallel()
          .mapToObj(g -> rankGroup(scheme, groups.get(g), all.index(g), matched, all.first(g),
              new Scratch(groups.get(g).members().size())))
          .toArray(Ranking[]::new);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The period every group shares, if they do: a sheet's is then checked without finding its group. */
  private static @Nullable ReportPeriod commonPeriod(List<EvaluationGroup> groups) {
    ReportPeriod common = groups.isEmpty() ? null : groups.get(0).period();
    for (EvaluationGroup group : groups) {
      common = common != null && common.equals(group.period()) ? common : null;
    }
    return common;
  }

  /**
   * Matches the sheets in [from, to) whose units are member instances, in batches as the
   * sequential path does, and puts each in its slot with its position; writes −1 as the slot of
   * any other sheet, for the calling thread.
   */
  private static void matchRun(AllMembers all, Matched matched, @Nullable ReportPeriod common, int[] slotOfSheet,
      int[] sheetOfSlot, int from, int to) {
    List<@Nullable ScoreSheet> given = matched.given;
    @Nullable ScoreSheet[] batch = new ScoreSheet[BATCH];
    int[] hash = new int[BATCH];
    long[] plain = new long[BATCH];
    PlainComposites composites = matched.plainComposites();
    ToIntFunction<Object> unitHash = unitHashes();
    for (int start = from; start < to; start += BATCH) {
      int n = Math.min(BATCH, to - start);
      for (int t = 0; t < n; t++) {
        ScoreSheet sheet = given.get(start + t);
        batch[t] = sheet;
        if (sheet != null) {
          hash[t] = unitHash.applyAsInt(sheet);
          plain[t] = composites.of(sheet);
        }
      }
      for (int t = 0; t < n; t++) {
        ScoreSheet sheet = batch[t];
        slotOfSheet[start + t] = sheet == null ? -1 : all.findByReference(sheet.unit(), hash[t]);
      }
      for (int t = 0; t < n; t++) {
        int k = slotOfSheet[start + t];
        if (k >= 0) {
          ScoreSheet sheet = requireNonNull(batch[t]);
          if (common != null) {
            matched.put(k, sheet, common, null, all, plain[t]);
          } else {
            EvaluationGroup group = all.group(k);
            matched.put(k, sheet, group.period(), group, null, plain[t]);
          }
          sheetOfSlot[k] = start + t + 1;
        }
      }
    }
  }

  /**
   * Every member of the groups of one {@link #rankAll}, each in a slot of its own — group after
   * group, each group's members in name order — found by instance in one {@link IdentityTable}.
   * A unit that is no member instance is found by name in a map built on the first such look-up.
   * Building checks that no name is in two groups: the names' hash codes, which the groups'
   * indexes keep, are sorted, and only names whose hash codes agree are compared.
   */
  private static final class AllMembers {
    /** The bits of a slot: {@link MemberIndex#MAX_MEMBERS} is 2²⁹. */
    private static final int SLOT_BITS = 29;

    private final List<EvaluationGroup> groups;
    private final List<MemberIndex<EvaluatedUnit>> indexes;
    /** The first slot of each group, then the number of slots. */
    private final int[] firstOf;
    /** The members' table; null for one group, whose index finds its members. */
    private final @Nullable IdentityTable byInstance;
    /** Made on the first look-up by name, then shared: a map filled before it is published. */
    private volatile @Nullable Map<String, Integer> byName;

    /**
     * The members of the groups: of several groups, the table kept with the first group's index
     * if an earlier ranking built it for these very groups (immutable, and shared between
     * threads), else a new one, kept there for the next ranking of the same groups.
     */
    static AllMembers of(List<EvaluationGroup> groups) {
      if (groups.size() < 2) {
        return new AllMembers(groups);
      }
      MemberIndex<EvaluatedUnit> first = MemberIndex.ofGroup(groups.get(0));
      if (first.kept(groups) instanceof AllMembers kept) {
        return kept;
      }
      AllMembers all = new AllMembers(groups);
      first.keep(groups, all);
      return all;
    }

    AllMembers(List<EvaluationGroup> groups) {
      this.groups = groups;
      int groupCount = groups.size();
      List<MemberIndex<EvaluatedUnit>> indexList = new ArrayList<>(groupCount);
      firstOf = new int[groupCount + 1];
      for (int g = 0; g < groupCount; g++) {
        MemberIndex<EvaluatedUnit> index = MemberIndex.ofGroup(groups.get(g));
        indexList.add(index);
        firstOf[g + 1] = Math.addExact(firstOf[g], index.size());
      }
      this.indexes = indexList;
      int total = firstOf[groupCount];
      checkArgument(total <= MemberIndex.MAX_MEMBERS, "Ranking: %s units exceed %s", total, MemberIndex.MAX_MEMBERS);
      if (groupCount == 1) {
        // one group: its own index is the table, and its names are distinct
        byInstance = null;
        return;
      }
      checkNamesDistinct(total);
      IdentityTable.Builder table = IdentityTable.builder(total);
      for (int g = 0, k = 0; g < groupCount; g++) {
        List<?> members = groups.get(g).members();
        MemberIndex<EvaluatedUnit> index = indexList.get(g);
        for (int r = 0; r < index.size(); r++, k++) {
          table.add(members.get(index.memberAt(r)), index.identityHash(r), k);
        }
      }
      byInstance = table.build();
    }

    /**
     * Checks that no name is in two groups. A name given twice shares its hash code, which the
     * groups' indexes keep, with another: a bit filter picks the names whose hash code may be
     * another's, their (hash code, slot) pairs are sorted, and names are compared only within runs
     * of one hash code (through a set, so that names made to collide cost no quadratic time).
     */
    private void checkNamesDistinct(int total) {
      // a bit filter of 8 bits a name, which stays in cache: a name whose bit an earlier name set is a candidate,
      // and only candidates are sorted by hash code and compared
      int filterBits = Math.min(30, Math.max(12, 67 - Long.numberOfLeadingZeros(total)));
      long[] seen = new long[1 << (filterBits - 6)];
      long[] seenTwice = new long[seen.length];
      int candidates = 0;
      for (MemberIndex<EvaluatedUnit> index : indexes) {
        for (int r = 0; r < index.size(); r++) {
          int bit = MemberIndex.mix(index.nameHash(r)) >>> (32 - filterBits);
          long mask = 1L << bit;
          if ((seen[bit >>> 6] & mask) != 0) {
            candidates += (seenTwice[bit >>> 6] & mask) == 0 ? 1 : 0;
            seenTwice[bit >>> 6] |= mask;
          }
          seen[bit >>> 6] |= mask;
        }
      }
      if (candidates == 0) {
        return;
      }
      long[] pairs = new long[Math.min(total, 8 * candidates + 16)];
      int count = 0;
      for (int g = 0, k = 0; g < groups.size(); g++) {
        MemberIndex<EvaluatedUnit> index = indexes.get(g);
        for (int r = 0; r < index.size(); r++, k++) {
          int hash = index.nameHash(r);
          int bit = MemberIndex.mix(hash) >>> (32 - filterBits);
          if ((seenTwice[bit >>> 6] & 1L << bit) != 0) {
            if (count == pairs.length) {
              pairs = Arrays.copyOf(pairs, Math.min(total, 2 * count));
            }
            pairs[count++] = (hash & 0xFFFF_FFFFL) << SLOT_BITS | k;
          }
        }
      }
      pairs = Arrays.copyOf(pairs, count);
      LongSort.sort(pairs, 32 + SLOT_BITS, SLOT_BITS);
      for (int start = 0; start < count; ) {
        int end = start + 1;
        while (end < count && pairs[end] >>> SLOT_BITS == pairs[start] >>> SLOT_BITS) {
          end++;
        }
        if (end - start > 1 && !distinct(pairs, start, end)) {
          throw twice();
        }
        start = end;
      }
    }

    private boolean distinct(long[] pairs, int from, int to) {
      Set<String> names = new HashSet<>();
      for (int p = from; p < to; p++) {
        if (!names.add(unit((int) (pairs[p] & ((1L << SLOT_BITS) - 1))).name())) {
          return false;
        }
      }
      return true;
    }

    /** The error for a name in two groups, naming the first member (in the groups' order) whose name came before. */
    private IllegalArgumentException twice() {
      Map<String, Integer> groupOfName = new HashMap<>();
      for (int g = 0; g < groups.size(); g++) {
        for (EvaluatedUnit unit : groups.get(g).members()) {
          Integer other = groupOfName.putIfAbsent(unit.name(), g);
          if (other != null) {
            return new IllegalArgumentException(String.format(
                "Ranking: unit %s is a member of both group %s and group %s",
                unit.name(), groups.get(other).id(), groups.get(g).id()));
          }
        }
      }
      throw new IllegalStateException("Ranking: no name is in two groups");
    }

    int size() {
      return firstOf[groups.size()];
    }

    MemberIndex<EvaluatedUnit> index(int group) {
      return indexes.get(group);
    }

    int first(int group) {
      return firstOf[group];
    }

    EvaluationGroup group(int k) {
      return groups.get(groupOf(k));
    }

    /** The group of a slot: the last group whose first slot is at most it. */
    int groupOf(int k) {
      int low = 0;
      int high = groups.size() - 1;
      while (low < high) {
        int mid = (low + high + 1) >>> 1;
        if (firstOf[mid] <= k) {
          low = mid;
        } else {
          high = mid - 1;
        }
      }
      return low;
    }

    EvaluatedUnit unit(int k) {
      int g = groupOf(k);
      return groups.get(g).members().get(indexes.get(g).memberAt(k - firstOf[g]));
    }

    /** The slot of the member that is the given instance, whose identity hash code the caller passes, or −1. */
    int findByReference(EvaluatedUnit unit, int identityHash) {
      IdentityTable table = byInstance;
      return table == null ? indexes.get(0).findByReference(unit, identityHash) : table.find(unit, identityHash);
    }

    /** The slot of the member of the unit's name, if it equals the unit, or −1. */
    int findByName(EvaluatedUnit unit) {
      if (byInstance == null) {
        return indexes.get(0).findByName(unit);
      }
      Map<String, Integer> map = byName;
      if (map == null) {
        map = Maps.newHashMapWithExpectedSize(size());
        for (int k = 0; k < size(); k++) {
          map.put(unit(k).name(), k);
        }
        byName = map;
      }
      Integer k = map.get(unit.name());
      return k != null && unit(k).equals(unit) ? k : -1;
    }
  }

  /**
   * The sheets matched to members, a slot a member (group after group, each group's members in
   * name order), and what was read from each sheet as it was matched — its exact composite,
   * whether it is vetoed, its tie-breaker scores — so that ranking a group reads arrays in order
   * instead of the sheets.
   */
  private static final class Matched {
    /** A member without a sheet. */
    static final byte NO_SHEET = 0;
    /** A sheet whose composite is computed and which has no veto. */
    static final byte SHEET = 1;
    /** A sheet whose composite is computed and which is vetoed. */
    static final byte VETOED_SHEET = 2;
    /** A sheet whose composite could not be computed: the group's ranking computes it again, and fails, in member order. */
    static final byte NOT_COMPUTED = 3;

    /** The sheets given, as a list to index: the caller's own if it is one, else a copy. */
    final List<@Nullable ScoreSheet> given;
    /**
     * The sheet in each slot, written in the order the sheets come: in young chunks, since writing
     * references in random order into a large (old) array costs the collector dearly.
     */
    final RefColumn<ScoreSheet> sheets;
    final long[] composite;
    final byte[] state;
    /** The raw score of each tie-breaker, [tie-breaker][slot]. */
    final long[][] breaker;
    private final CompositeRule rule;
    private final List<ScoreComponent> breakers;

    @SuppressWarnings("unchecked") // a list given as Collection<ScoreSheet> holds sheets, or nulls the matching rejects
    Matched(int slots, ScoringScheme scheme, Collection<ScoreSheet> sheets) {
      this.given = sheets instanceof List<?> && sheets instanceof RandomAccess
          ? (List<@Nullable ScoreSheet>) (List<?>) sheets
          : Arrays.asList(sheets.toArray(new ScoreSheet[0]));
      this.sheets = RefColumn.of(slots);
      this.composite = new long[slots];
      this.state = new byte[slots];
      this.rule = scheme.composite();
      this.breakers = scheme.ranking().tieBreakers();
      this.breaker = new long[breakers.size()][slots];
    }

    /** Puts a sheet in its member's slot after checking it against the group. */
    void put(int k, ScoreSheet s, EvaluationGroup group) {
      put(k, s, group.period(), group, null, PlainComposites.NOT_PLAIN);
    }

    /**
     * Puts a sheet in its member's slot after checking its period against the given one, which
     * is its group's; the group, found only for an error, is the given one or that of the slot in
     * {@code all}. The composite is the given one, read as the sheet was, unless it is {@link
     * PlainComposites#NOT_PLAIN}.
     */
    void put(int k, ScoreSheet s, ReportPeriod period, @Nullable EvaluationGroup group, @Nullable AllMembers all,
        long plain) {
      ReportPeriod own = s.period();
      if (own != period && !own.equals(period)) {
        checkPeriod(s, groupOf(k, group, all));
      }
      if (state[k] != NO_SHEET) {
        throw new IllegalArgumentException(String.format(
            "Ranking group %s: two sheets for unit %s", groupOf(k, group, all).id(), s.unit().name()));
      }
      sheets.set(k, s);
      try {
        composite[k] = plain != PlainComposites.NOT_PLAIN ? plain : rule.scaledComposite(s);
        state[k] = s.isVetoed() ? VETOED_SHEET : SHEET;
      } catch (IllegalArgumentException e) {
        // components not the scheme's, or a composite out of range: reported as the group is
        // ranked, so that errors come in the order they always did
        state[k] = NOT_COMPUTED;
      }
      for (int t = 0; t < breaker.length; t++) {
        breaker[t][k] = CompositeRule.scaledScore(s, breakers.get(t));
      }
    }

    private static EvaluationGroup groupOf(int k, @Nullable EvaluationGroup group, @Nullable AllMembers all) {
      return group != null ? group : requireNonNull(all).group(k);
    }

    private static void checkPeriod(ScoreSheet s, EvaluationGroup group) {
      checkArgument(
          s.period() == group.period() || s.period().equals(group.period()),
          "Ranking group %s of period %s: sheet for unit %s is for period %s",
          group.id(), group.period(), s.unit().name(), s.period());
    }

    /** The sheet in a slot that holds one. */
    ScoreSheet sheet(int k) {
      return requireNonNull(sheets.get(k));
    }

    /** A reader of plain sheets' composites under this scheme, for one thread. */
    PlainComposites plainComposites() {
      return new PlainComposites(rule);
    }
  }

  /**
   * The composites of plain sheets, computed as the sheets are read: a sheet is plain when it has
   * no bonus or deduction and its component list is one already matched to the rule's (sheets
   * built alike share one list), and it has at most {@link #MAX_COMPONENTS} components. Its
   * composite, Σ weight × score, is then exactly {@link CompositeRule#scaledComposite}'s — a
   * weight is at most 10⁶ at its scale, a score at most 10¹⁰ at its own, so no product and no
   * sum of so few can overflow — without the rule's checks a sheet. Not thread-safe: one a thread.
   */
  private static final class PlainComposites {
    /** Not the composite of a plain sheet: what {@link #of} returns for any other. */
    static final long NOT_PLAIN = Long.MIN_VALUE;
    /** Below 2⁶³ ÷ 10¹⁶ components, Σ weight × score cannot overflow. */
    static final int MAX_COMPONENTS = 900;

    private final CompositeRule rule;
    /** The last component list seen, and the scaled weight of each of its components; null weights for a list not the rule's. */
    private @Nullable List<ScoreComponent> list;
    private long @Nullable [] weights;

    PlainComposites(CompositeRule rule) {
      this.rule = rule;
    }

    /** The composite of a plain sheet, or {@link #NOT_PLAIN}. */
    long of(ScoreSheet sheet) {
      List<ScoreComponent> components = sheet.components();
      long[] w = components == list ? weights : learn(sheet, components);
      if (w == null || !sheet.bonuses().isEmpty() || !sheet.deductions().isEmpty()) {
        return NOT_PLAIN;
      }
      long sum = 0;
      for (int j = 0; j < w.length; j++) {
        sum += w[j] * sheet.scaledScore(j);
      }
      return sum;
    }

    /** The weights of a component list not seen last, or null if it is not the rule's. */
    private long @Nullable [] learn(ScoreSheet sheet, List<ScoreComponent> components) {
      long[] w = null;
      if (components.size() <= MAX_COMPONENTS) {
        CompositeRule.Arithmetic arithmetic = rule.arithmetic();
        try {
          int[] weightOf = arithmetic.match(sheet, rule);
          w = new long[weightOf.length];
          for (int j = 0; j < w.length; j++) {
            w[j] = arithmetic.scaledWeights[weightOf[j]];
          }
        } catch (IllegalArgumentException e) {
          // not the rule's components: put computes the composite, and its error in its turn
          w = null;
        }
      }
      list = components;
      weights = w;
      return w;
    }
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
    Map<String, Integer> indexOfName = Maps.newHashMapWithExpectedSize(n);
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
    return new Ranking(group, null, member, RefColumn.nulls(n), new long[n], tieGroup, tieGroupStart,
        ImmutableList.of());
  }


  /**
   * Ranks a group whose sheets are matched: the slot of the member of name rank r is {@code
   * base + r}.
   *
   * <p>Each unit's place — bucket (scored, vetoed, missing), rank key from high to low,
   * tie-breakers from high to low, then its name rank — is packed into one {@code long} where the
   * ranges allow (each field shifted right by the trailing zero bits its values share), and the
   * units are sorted as primitives; units tie where the packed values agree but for the name
   * rank. Otherwise the units are sorted with a comparator on the same fields. The scratch
   * arrays are the caller's, reused from group to group.
   */
  private static Ranking rankGroup(ScoringScheme scheme, EvaluationGroup group, MemberIndex<EvaluatedUnit> index,
      Matched matched, int base, Scratch scratch) {
    List<EvaluatedUnit> members = group.members();
    int n = members.size();
    byte[] state = matched.state;
    long[] composite = matched.composite;
    RankingRule ranking = scheme.ranking();
    MissingSheetPolicy missingPolicy = ranking.missingSheetPolicy();
    boolean exact = ranking.rankBasis() == RankBasis.EXACT;
    boolean excludeVetoed = ranking.vetoPolicy() == VetoPolicy.EXCLUDE;
    boolean excludeMissing = missingPolicy == MissingSheetPolicy.EXCLUDE;

    // the rank key of name rank r is key[keyBase + r]: the exact composites themselves, or published ones
    long[] key = exact ? composite : scratch.keys();
    int keyBase = exact ? base : 0;
    byte[] bucket = scratch.buckets();
    int sheets = 0;
    int notComputed = 0;
    int m = 0;
    Range keys = new Range();
    // one pass: nothing here throws, so the errors below still come in their order
    for (int r = 0; r < n; r++) {
      byte s = state[base + r];
      byte b;
      if (s == Matched.NO_SHEET) {
        b = excludeMissing ? LEFT_OUT : MISSING;
      } else {
        sheets++;
        notComputed += s == Matched.NOT_COMPUTED ? 1 : 0;
        long k = composite[base + r];
        if (!exact) {
          k = scheme.rankKey(k);
          key[r] = k;
        }
        b = s != Matched.VETOED_SHEET ? SCORED : excludeVetoed ? LEFT_OUT : VETOED;
        if (b != LEFT_OUT) {
          keys.add(k);
        }
      }
      bucket[r] = b;
      m += b == LEFT_OUT ? 0 : 1;
    }
    if (sheets < n && missingPolicy == MissingSheetPolicy.REJECT) {
      List<String> missing = new ArrayList<>();
      for (int r : ranksIn(index, state, base, Matched.NO_SHEET)) {
        missing.add(members.get(index.memberAt(r)).name());
      }
      throw new IllegalArgumentException(String.format(
          "Ranking group %s: no sheet for members %s (MissingSheetPolicy REJECT)", group.id(), missing));
    }
    if (notComputed > 0) {
      // the first sheet in the members' order whose composite fails throws its error here
      for (int r : ranksIn(index, state, base, Matched.NOT_COMPUTED)) {
        scheme.composite().scaledComposite(matched.sheet(base + r));
      }
      throw new IllegalStateException("Ranking group " + group.id() + ": a composite failed, then did not");
    }
    ImmutableList<Exclusion> exclusions = m != n ? exclusions(members, index, matched, base, bucket, n)
        : ImmutableList.of();

    long[][] breaker = matched.breaker;
    Range[] breakerRanges = new Range[breaker.length];
    for (int t = 0; t < breaker.length; t++) {
      breakerRanges[t] = new Range();
      for (int r = 0; r < n; r++) {
        if (bucket[r] == SCORED || bucket[r] == VETOED) {
          breakerRanges[t].add(breaker[t][base + r]);
        }
      }
    }
    int bits = 2 + keys.bits() + bits(n - 1);
    for (Range r : breakerRanges) {
      bits += r.bits();
    }
    return bits <= 63
        ? packedRanking(scheme, group, index, matched, base, n, m, key, keyBase, bucket, keys, breakerRanges,
            exclusions, scratch)
        : sortedRanking(scheme, group, index, matched, base, n, m, key, keyBase, bucket, exclusions);
  }

  /** The name ranks of the members whose slots are in the given state, in the members' order. */
  private static int[] ranksIn(MemberIndex<EvaluatedUnit> index, byte[] state, int base, byte wanted) {
    long[] found = new long[index.size()];
    int count = 0;
    for (int r = 0; r < index.size(); r++) {
      if (state[base + r] == wanted) {
        found[count++] = (long) index.memberAt(r) << 32 | r;
      }
    }
    return inMemberOrder(found, count);
  }

  /** The name ranks of (member index &lt;&lt; 32 | name rank) pairs, sorted by member index. */
  private static int[] inMemberOrder(long[] pairs, int count) {
    Arrays.sort(pairs, 0, count);
    int[] ranks = new int[count];
    for (int c = 0; c < count; c++) {
      ranks[c] = (int) pairs[c];
    }
    return ranks;
  }

  /** The members left out, in the members' order: those of the first n buckets that are {@link #LEFT_OUT}. */
  private static ImmutableList<Exclusion> exclusions(List<EvaluatedUnit> members, MemberIndex<EvaluatedUnit> index,
      Matched matched, int base, byte[] bucket, int n) {
    long[] leftOut = new long[n];
    int count = 0;
    for (int r = 0; r < n; r++) {
      if (bucket[r] == LEFT_OUT) {
        leftOut[count++] = (long) index.memberAt(r) << 32 | r;
      }
    }
    ImmutableList.Builder<Exclusion> exclusions = ImmutableList.builderWithExpectedSize(count);
    for (int r : inMemberOrder(leftOut, count)) {
      EvaluatedUnit unit = members.get(index.memberAt(r));
      exclusions.add(matched.state[base + r] == Matched.NO_SHEET
          ? Exclusion.missingSheet(unit)
          : Exclusion.vetoed(unit, matched.sheet(base + r).vetoReason()));
    }
    return exclusions.build();
  }

  /**
   * The ranking by one radix sort of packed (bucket, key, tie-breakers, name rank) values. They
   * are packed in name rank order and sorted stably on all but the name rank, which so orders the
   * ties without being sorted on.
   */
  private static Ranking packedRanking(ScoringScheme scheme, EvaluationGroup group, MemberIndex<EvaluatedUnit> index,
      Matched matched, int base, int n, int m, long[] key, int keyBase, byte[] bucket, Range keys,
      Range[] breakerRanges, ImmutableList<Exclusion> exclusions, Scratch scratch) {
    int rankBits = bits(n - 1);
    int keyBits = keys.bits();
    int bits = 2 + keyBits + rankBits;
    long[][] breaker = matched.breaker;
    for (Range r : breakerRanges) {
      bits += r.bits();
    }
    long[] packed = scratch.packed();
    if (breaker.length == 0) {
      for (int r = 0, t = 0; r < n; r++) {
        byte b = bucket[r];
        if (b != LEFT_OUT) {
          long field = b == MISSING ? 0 : keys.field(key[keyBase + r]);
          packed[t++] = ((long) b << keyBits | field) << rankBits | r;
        }
      }
    } else {
      for (int r = 0, t = 0; r < n; r++) {
        byte b = bucket[r];
        if (b == LEFT_OUT) {
          continue;
        }
        boolean missing = b == MISSING;
        long v = (long) b << keyBits | (missing ? 0 : keys.field(key[keyBase + r]));
        for (int j = 0; j < breaker.length; j++) {
          Range range = breakerRanges[j];
          v = v << range.bits() | (missing ? 0 : range.field(breaker[j][base + r]));
        }
        packed[t++] = v << rankBits | r;
      }
    }
    long[] sorted = LongSort.sortStable(packed, m, bits, rankBits, scratch.sortSpace());
    long rankMask = (1L << rankBits) - 1;
    int breakerBits = bits - 2 - keyBits - rankBits;
    long keyMask = (1L << keyBits) - 1;
    // an exact composite is its rank key, which the packed value holds: only a published key needs the column
    boolean exact = key == matched.composite;
    int[] order = new int[m];
    long[] composites = new long[m];
    int[] tieGroup = new int[m];
    int[] groupStart = scratch.starts();
    int groups = 0;
    long previous = -1;
    int missingShift = breakerBits + keyBits;
    for (int p = 0; p < m; p++) {
      long v = sorted[p];
      int r = (int) (v & rankMask);
      long tie = v >>> rankBits;
      if (tie != previous) {
        groupStart[groups++] = p;
        previous = tie;
      }
      tieGroup[p] = groups - 1;
      order[p] = index.memberAt(r);
      boolean missing = tie >>> missingShift == MISSING;
      composites[p] = missing ? 0 : exact ? keys.value(tie >>> breakerBits & keyMask) : matched.composite[base + r];
    }
    groupStart[groups] = m;
    // the sheets in a loop of their own: two loads a place, each place's independent of the others'
    RefColumn<ScoreSheet> sheets = RefColumn.of(m);
    int missingAt = rankBits + missingShift;
    for (int p = 0; p < m; p++) {
      long v = sorted[p];
      if (v >>> missingAt != MISSING) {
        sheets.copy(p, matched.sheets, base + (int) (v & rankMask));
      }
    }
    return new Ranking(group, scheme, order, sheets, composites, tieGroup, Arrays.copyOf(groupStart, groups + 1),
        exclusions);
  }

  /** The ranking by a comparator on the same fields, for ranges too wide to pack. */
  private static Ranking sortedRanking(ScoringScheme scheme, EvaluationGroup group, MemberIndex<EvaluatedUnit> index,
      Matched matched, int base, int n, int m, long[] key, int keyBase, byte[] bucket,
      ImmutableList<Exclusion> exclusions) {
    Integer[] ranks = new Integer[m];
    for (int r = 0, t = 0; r < n; r++) {
      if (bucket[r] != LEFT_OUT) {
        ranks[t++] = r;
      }
    }
    long[][] breaker = matched.breaker;
    Arrays.sort(ranks, (a, b) -> {
      int c = compareTied(a, b, base, bucket, key, keyBase, breaker);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] order = new int[m];
    RefColumn<ScoreSheet> sheets = RefColumn.of(m);
    long[] composites = new long[m];
    int[] tieGroup = new int[m];
    int[] groupStart = new int[m + 1];
    int groups = 0;
    for (int p = 0; p < m; p++) {
      int r = ranks[p];
      if (p == 0 || compareTied(ranks[p - 1], r, base, bucket, key, keyBase, breaker) != 0) {
        groupStart[groups++] = p;
      }
      tieGroup[p] = groups - 1;
      order[p] = index.memberAt(r);
      if (bucket[r] != MISSING) {
        sheets.copy(p, matched.sheets, base + r);
      }
      composites[p] = matched.composite[base + r];
    }
    groupStart[groups] = m;
    return new Ranking(group, scheme, order, sheets, composites, tieGroup, Arrays.copyOf(groupStart, groups + 1),
        exclusions);
  }

  /**
   * Arrays a ranking of one group uses only while it runs, kept from group to group of one call
   * (one set a thread): each is made on first use, as long as the largest group to be ranked with
   * them (starts one longer), and is never cleared, so a ranking reads only what it wrote itself,
   * within the group's own length.
   */
  private static final class Scratch {
    /** The members of the largest group ranked with these arrays. */
    private final int capacity;
    private byte @Nullable [] buckets;
    private long @Nullable [] keys;
    private long @Nullable [] packed;
    private long @Nullable [] sortSpace;
    private int @Nullable [] starts;

    Scratch(int capacity) {
      this.capacity = capacity;
    }

    byte[] buckets() {
      byte[] a = buckets;
      if (a == null) {
        a = new byte[capacity];
        buckets = a;
      }
      return a;
    }

    long[] keys() {
      long[] a = keys;
      if (a == null) {
        a = new long[capacity];
        keys = a;
      }
      return a;
    }

    long[] packed() {
      long[] a = packed;
      if (a == null) {
        a = new long[capacity];
        packed = a;
      }
      return a;
    }

    long[] sortSpace() {
      long[] a = sortSpace;
      if (a == null) {
        a = new long[capacity];
        sortSpace = a;
      }
      return a;
    }

    /** Room for the start of every tie group of the largest group, and the end. */
    int[] starts() {
      int[] a = starts;
      if (a == null) {
        a = new int[capacity + 1];
        starts = a;
      }
      return a;
    }
  }

  /**
   * Bucket, then key from high to low, then each tie-breaker from high to low; 0 for a tie. A
   * missing unit has neither key nor tie-breakers: all missing units tie.
   */
  private static int compareTied(int a, int b, int base, byte[] bucket, long[] key, int keyBase, long[][] breaker) {
    if (bucket[a] != bucket[b]) {
      return Byte.compare(bucket[a], bucket[b]);
    } else if (bucket[a] == MISSING) {
      return 0;
    }
    int c = Long.compare(key[keyBase + b], key[keyBase + a]);
    for (int t = 0; c == 0 && t < breaker.length; t++) {
      c = Long.compare(breaker[t][base + b], breaker[t][base + a]);
    }
    return c;
  }

  /** The bits a value in [0, x] needs: 0 for x = 0. */
  private static int bits(long x) {
    return 64 - Long.numberOfLeadingZeros(x);
  }

  /**
   * The range of the values of one field, and how a value packs: as its distance below the
   * maximum (so that a higher value sorts first) divided by the greatest common divisor of the
   * values' differences — composites of scores with two decimals under weights with one are all
   * multiples of 10⁷ at {@link CompositeRule#COMPOSITE_SCALE}, which dividing out spares 23 bits
   * of every packed key. The divisor is 2^shift × an odd factor, found as values are added (a
   * multiplication a value, since divisibility by an odd number is tested with its inverse modulo
   * 2⁶⁴) and divided out exactly by multiplying with that inverse. Wider than 2⁶² counts as not
   * packable.
   */
  private static final class Range {
    private boolean any;
    private long first;
    private long min;
    private long max;
    /** The bitwise or of every value's difference from the first: its trailing zeros are shared. */
    private long differences;
    /** The odd factor every difference shares so far; 0 before the first difference. */
    private long odd;
    /** The inverse of {@link #odd} modulo 2⁶⁴. */
    private long oddInverse = 1;
    /** (2⁶⁴ − 1) ÷ {@link #odd}, unsigned: x is a multiple of odd exactly when x × oddInverse is at most this. */
    private long oddLimit = -1;
    private int shift = -1;

    void add(long value) {
      if (!any) {
        any = true;
        first = value;
        min = value;
        max = value;
        return;
      }
      min = Math.min(min, value);
      max = Math.max(max, value);
      long difference = value - first;
      if (difference == 0) {
        return;
      }
      differences |= difference;
      long magnitude = difference < 0 ? -difference : difference;
      long oddPart = magnitude >>> Long.numberOfTrailingZeros(magnitude);
      if (odd == 0) {
        setOdd(oddPart);
      } else if (Long.compareUnsigned(oddPart * oddInverse, oddLimit) > 0) {
        setOdd(gcd(odd, oddPart));
      }
    }

    private void setOdd(long factor) {
      odd = factor;
      long inverse = factor; // right to 3 bits for an odd factor; each step doubles them
      for (int i = 0; i < 5; i++) {
        inverse *= 2 - factor * inverse;
      }
      oddInverse = inverse;
      oddLimit = Long.divideUnsigned(-1L, factor);
    }

    /** The greatest common divisor of two positive numbers, unsigned. */
    private static long gcd(long a, long b) {
      while (b != 0) {
        long t = Long.remainderUnsigned(a, b);
        a = b;
        b = t;
      }
      return a;
    }

    /** The bits a packed value needs, or 64 if the range is too wide; no value is added after. */
    int bits() {
      if (!any) {
        return 0;
      }
      long range = max - min;
      return range < 0 || range >= 1L << 62 ? 64 : Rankings.bits(field(min));
    }

    private int shift() {
      if (shift < 0) {
        shift = differences == 0 ? 0 : Long.numberOfTrailingZeros(differences);
      }
      return shift;
    }

    /** The packed field of a value added. */
    long field(long value) {
      return ((max - value) >>> shift()) * oddInverse;
    }

    /** The value of a packed field. */
    long value(long field) {
      return max - (field * (odd == 0 ? 1 : odd) << shift());
    }
  }
}
