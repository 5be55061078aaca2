package dev.pingyi.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.internal.SlotTable;
import dev.pingyi.model.County;
import dev.pingyi.model.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  private ProjectLedger(ImmutableList<Project> projects) {
    int n = projects.size();
    SlotTable<County> index = new SlotTable<>(GroupOrder.COUNTY);
    int[] loadSlot = new int[n];
    // positions by id in open addressing: a HashMap's node per project is most of a ledger's garbage
    int[] idTable = new int[Integer.highestOneBit(Math.max(16, n * 2 - 1)) * 2];
    int idMask = idTable.length - 1;
    this.projects = projects;
    this.started = new boolean[n];
    this.totalFen = new long[n];
    this.planFen = new long[n];
    this.completedFen = new long[n];
    for (int i = 0; i < n; i++) {
      Project p = projects.get(i);
      String id = p.id();
      int h = id.hashCode() * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & idMask;
      for (int taken; (taken = idTable[slot]) != 0; slot = (slot + 1) & idMask) {
        if (projects.get(taken - 1).id().equals(id)) {
          throw new IllegalArgumentException(String.format(
              "ProjectLedger projects[%d] has id=%s, already the id of projects[%d]; ids are unique in a ledger",
              i, id, taken - 1));
        }
      }
      idTable[slot] = i + 1;
      loadSlot[i] = index.slotOf(p.county());
      started[i] = p.status().isStarted();
      totalFen[i] = InvestmentAccumulator.fen(p.totalInvestment());
      planFen[i] = InvestmentAccumulator.fen(p.annualPlannedInvestment());
      completedFen[i] = InvestmentAccumulator.fen(p.completedInvestment());
    }
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
   * The ledger of the given projects, in the order given.
   *
   * @throws IllegalArgumentException if two projects have one id
   */
  public static ProjectLedger of(Iterable<Project> projects) {
    requireNonNull(projects, "projects");
    ImmutableList.Builder<Project> list = ImmutableList.builder();
    int i = 0;
    for (Project project : projects) {
      if (project == null) {
        throw new NullPointerException("projects[" + i + "]");
      }
      list.add(project);
      i++;
    }
    return new ProjectLedger(list.build());
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
