package dev.pingyi.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import dev.pingyi.internal.FenFigures;
import dev.pingyi.internal.LongSort;
import dev.pingyi.internal.SlotTable;
import dev.pingyi.model.County;
import dev.pingyi.model.Project;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A set of projects loaded once into columns — a county slot and the three investment figures in
 * fen for each project — for totals that are computed again and again, such as the per-county
 * table of a report that is refreshed every month.
 *
 * <p>Loading finds each county's dense slot once, orders the counties once and checks that
 * project ids are unique, as {@link Project#id()} requires within a ledger. {@link
 * #totalsByCounty()} then runs one loop over primitive arrays, feeding the same accumulators as
 * {@link GroupedTotals#toTotalsByCounty()}, so the two give equal results by construction.
 * Totals by any other key go through the projects, as the collectors do.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectLedger {

  private final ImmutableList<Project> projects;
  /** The counties in {@link GroupOrder#COUNTY} order; a project's slot indexes this list. */
  private final ImmutableList<County> counties;
  private final int[] countySlot;
  private final boolean[] started;
  private final long[] totalFen;
  private final long[] planFen;
  private final long[] completedFen;

  /** The bits of a project's position below its id's hash code in the duplicate check's keys. */
  private static final int POSITION_BITS = 31;
  private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
  /** What {@link #firstRepeat} returns for a run of distinct ids: above every repeat it can find. */
  private static final long NO_REPEAT = Long.MAX_VALUE;

  private ProjectLedger(ImmutableList<Project> projects) {
    int n = projects.size();
    FenFigures.Reader figures = InvestmentAccumulator.FIGURES;
    SlotTable<County> index = new SlotTable<>(GroupOrder.COUNTY);
    int[] loadSlot = new int[n];
    long[] idKeys = new long[n];
    this.projects = projects;
    this.started = new boolean[n];
    this.totalFen = new long[n];
    this.planFen = new long[n];
    this.completedFen = new long[n];
    for (int i = 0; i < n; i++) {
      Project p = projects.get(i);
      idKeys[i] = Integer.toUnsignedLong(p.id().hashCode()) << POSITION_BITS | i;
      loadSlot[i] = index.slotOf(p.county());
      started[i] = p.status().isStarted();
      totalFen[i] = figures.totalFen(p);
      planFen[i] = figures.plannedFen(p);
      completedFen[i] = figures.completedFen(p);
    }
    checkUniqueIds(projects, idKeys);
    List<County> ordered = new ArrayList<>(index.size());
    for (int s = 0; s < index.size(); s++) {
      ordered.add(index.key(s));
    }
    ordered.sort(GroupOrder.COUNTY);
    int[] rank = new int[index.size()];
    for (int r = 0; r < ordered.size(); r++) {
      rank[index.find(ordered.get(r))] = r;
    }
    for (int i = 0; i < n; i++) {
      loadSlot[i] = rank[loadSlot[i]];
    }
    this.countySlot = loadSlot;
    this.counties = ImmutableList.copyOf(ordered);
  }

  /**
   * Checks that no two projects share an id, given each project's id hash code above its
   * position. The keys are sorted by hash code in linear time, so that equal ids come out next
   * to each other and only ids of one hash code are compared: a hash table of ten million
   * positions costs a cache miss a project, and its collisions a look at another project's id.
   *
   * @throws IllegalArgumentException naming the first position whose id an earlier project has,
   *     and that project's position
   */
  private static void checkUniqueIds(ImmutableList<Project> projects, long[] keys) {
    LongSort.sort(keys, 32 + POSITION_BITS, POSITION_BITS);
    // the repeat position above the earlier one: the least is the first repeat of the ledger
    long first = NO_REPEAT;
    for (int from = 0, to; from < keys.length; from = to) {
      long hash = keys[from] >>> POSITION_BITS;
      for (to = from + 1; to < keys.length && keys[to] >>> POSITION_BITS == hash; to++) {
        // the run of one hash code
      }
      if (to - from > 1) {
        first = Math.min(first, firstRepeat(projects, keys, from, to));
      }
    }
    if (first != NO_REPEAT) {
      int repeat = (int) (first >>> 32);
      throw new IllegalArgumentException(String.format(
          "ProjectLedger projects[%d] has id=%s, already the id of projects[%d]; ids are unique in a ledger",
          repeat, projects.get(repeat).id(), (int) first));
    }
  }

  /**
   * In a run of keys of one hash code, in any order, the earliest position whose id an earlier
   * one has, above the earliest position with that id; {@link #NO_REPEAT} if the ids are distinct.
   * The ids go through a hash map, whose bins of colliding strings are trees, so that a long run —
   * ids made to collide — never compares every pair.
   */
  private static long firstRepeat(ImmutableList<Project> projects, long[] keys, int from, int to) {
    // each id's earliest position so far: an id seen again pairs the later of the two positions
    // with the earlier, and an id's second position is paired with its first, whatever the order
    Map<String, Integer> earliest = new HashMap<>();
    long first = NO_REPEAT;
    for (int k = from; k < to; k++) {
      int at = position(keys[k]);
      String id = projects.get(at).id();
      Integer seen = earliest.putIfAbsent(id, at);
      if (seen != null) {
        first = Math.min(first, (long) Math.max(at, seen) << 32 | Math.min(at, seen));
        earliest.put(id, Math.min(at, seen));
      }
    }
    return first;
  }

  private static int position(long key) {
    return (int) (key & POSITION_MASK);
  }

  /**
   * The ledger of the given projects, in the order given.
   *
   * @throws IllegalArgumentException if two projects have one id
   */
  public static ProjectLedger of(Iterable<Project> projects) {
    requireNonNull(projects, "projects");
    if (projects instanceof ImmutableList<Project> list) {
      return new ProjectLedger(list);
    }
    // one copy of the references: a builder's growing array costs a ledger of millions more
    Project[] elements = projects instanceof Collection<Project> c
        ? c.toArray(new Project[0])
        : Iterables.toArray(projects, Project.class);
    for (int i = 0; i < elements.length; i++) {
      if (elements[i] == null) {
        throw new NullPointerException("projects[" + i + "]");
      }
    }
    return new ProjectLedger(ImmutableList.copyOf(elements));
  }

  /** The projects, in the order loaded. */
  public ImmutableList<Project> projects() {
    return projects;
  }

  /** The number of projects. */
  public int size() {
    return projects.size();
  }

  /**
   * Totals per county in {@link GroupOrder#COUNTY} order, from the columns; equal to {@link
   * GroupedTotals#toTotalsByCounty()} over the same projects.
   *
   * @throws ArithmeticException if a sum overflows
   */
  public GroupedTotals<County> totalsByCounty() {
    InvestmentAccumulator[] groups = new InvestmentAccumulator[counties.size()];
    for (int s = 0; s < groups.length; s++) {
      groups[s] = new InvestmentAccumulator();
    }
    for (int i = 0; i < countySlot.length; i++) {
      groups[countySlot[i]].add(started[i], totalFen[i], planFen[i], completedFen[i]);
    }
    GroupedTotals.Builder<County> totals = GroupedTotals.builder();
    for (int s = 0; s < groups.length; s++) {
      totals.putGroups(counties.get(s), groups[s].snapshot());
    }
    return totals.build();
  }

  /**
   * Totals per key in the given order, computed from the projects like {@link
   * GroupedTotals#toGroupedTotals}.
   */
  public <K> GroupedTotals<K> totalsBy(Function<? super Project, ? extends K> key, Comparator<? super K> order) {
    return projects.stream().collect(GroupedTotals.toGroupedTotals(key, order));
  }

  /** The totals of all projects. */
  public InvestmentTotals totals() {
    InvestmentAccumulator all = new InvestmentAccumulator();
    for (int i = 0; i < countySlot.length; i++) {
      all.add(started[i], totalFen[i], planFen[i], completedFen[i]);
    }
    return all.snapshot();
  }
}
