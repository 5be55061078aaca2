package dev.pingyi.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.model.County;
import dev.pingyi.model.Project;
import dev.pingyi.model.Yuan;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * A set of projects loaded once into columns — a county slot and the three investment figures in
 * fen for each project — for totals that are computed again and again, such as the per-county
 * table of a report that is refreshed every month.
 *
 * <p>Loading finds each county's dense slot once; {@link #totalsByCounty()} then runs one loop
 * over primitive arrays, with no object per project read and no key hashed. Its result is equal
 * to that of {@link GroupedTotals#toTotalsByCounty()} over the same projects. Totals by any other
 * key go through the projects, as the collectors do.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectLedger {

  /** Marks an absent figure; project figures are never negative. */
  private static final long ABSENT = -1;

  private final ImmutableList<Project> projects;
  private final ImmutableList<County> counties;
  private final int[] countySlot;
  private final boolean[] started;
  private final long[] totalFen;
  private final long[] planFen;
  private final long[] completedFen;

  private ProjectLedger(ImmutableList<Project> projects) {
    int n = projects.size();
    KeyIndex<County> index = new KeyIndex<>();
    this.projects = projects;
    this.countySlot = new int[n];
    this.started = new boolean[n];
    this.totalFen = new long[n];
    this.planFen = new long[n];
    this.completedFen = new long[n];
    for (int i = 0; i < n; i++) {
      Project p = projects.get(i);
      countySlot[i] = index.slotOf(p.county());
      started[i] = p.status().isStarted();
      totalFen[i] = fen(p.totalInvestment());
      planFen[i] = fen(p.annualPlannedInvestment());
      completedFen[i] = fen(p.completedInvestment());
    }
    ImmutableList.Builder<County> slots = ImmutableList.builderWithExpectedSize(index.size());
    for (int s = 0; s < index.size(); s++) {
      slots.add(index.key(s));
    }
    this.counties = slots.build();
  }

  /** The ledger of the given projects, in the order given. */
  public static ProjectLedger of(Iterable<Project> projects) {
    requireNonNull(projects, "projects");
    return new ProjectLedger(ImmutableList.copyOf(projects));
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
   * Totals per county in {@link GroupOrder#COUNTY} order, from the columns.
   *
   * @throws ArithmeticException if a sum overflows
   */
  public GroupedTotals<County> totalsByCounty() {
    int slots = counties.size();
    long[] count = new long[slots];
    long[] startedCount = new long[slots];
    long[][] sums = new long[3][slots];
    long[][] reported = new long[3][slots];
    long[][] columns = {totalFen, planFen, completedFen};
    for (int i = 0; i < countySlot.length; i++) {
      int s = countySlot[i];
      count[s]++;
      startedCount[s] += started[i] ? 1 : 0;
      for (int c = 0; c < 3; c++) {
        long fen = columns[c][i];
        if (fen != ABSENT) {
          sums[c][s] = Math.addExact(sums[c][s], fen);
          reported[c][s]++;
        }
      }
    }
    GroupedTotals.Builder<County> builder = new GroupedTotals.Builder<>(GroupOrder.COUNTY);
    for (int s = 0; s < slots; s++) {
      builder.put(counties.get(s), new InvestmentTotals(
          count[s],
          startedCount[s],
          InvestmentSum.of(sums[0][s], reported[0][s], count[s] - reported[0][s]),
          InvestmentSum.of(sums[1][s], reported[1][s], count[s] - reported[1][s]),
          InvestmentSum.of(sums[2][s], reported[2][s], count[s] - reported[2][s])));
    }
    return builder.build();
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
    return totalsByCounty().overall();
  }

  @Override
  public String toString() {
    return "ProjectLedger{projects=" + projects.size() + ", counties=" + counties.size() + "}";
  }

  private static long fen(Optional<Yuan> amount) {
    return amount.isPresent() ? amount.get().fen() : ABSENT;
  }
}
