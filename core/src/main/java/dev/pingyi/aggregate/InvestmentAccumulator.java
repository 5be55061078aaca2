package dev.pingyi.aggregate;

import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.FenFigures;
import dev.pingyi.model.Project;
import dev.pingyi.model.Yuan;

/**
 * A mutable accumulator of {@link InvestmentTotals}, like Guava's {@code StatsAccumulator}: add
 * projects one by one, merge other results with {@link #addAll}, and take an immutable {@link
 * #snapshot()} at any time. Merging partial accumulators in any grouping gives exactly the
 * totals of one pass.
 *
 * <p>Sums are exact: they throw {@link ArithmeticException} instead of wrapping, and then the
 * accumulator is left as it was before the call. Not thread-safe; use one per thread and merge.
 */
public final class InvestmentAccumulator {

  /** Marks an absent figure in {@link #add(boolean, long, long, long)}. */
  static final long ABSENT = FenFigures.ABSENT;

  /** A project's figures in fen, read from its fields: the totals make no {@code Optional<Yuan>}. */
  static final FenFigures.Reader FIGURES = projectFigures();

  private long count;
  private long started;
  private long totalFen;
  private long totalReported;
  private long planFen;
  private long planReported;
  private long completedFen;
  private long completedReported;

  /** An empty accumulator. */
  public InvestmentAccumulator() {}

  /**
   * Adds a project.
   *
   * @throws ArithmeticException if a sum overflows; nothing is added then
   */
  public void add(Project project) {
    requireNonNull(project, "project");
    add(project.status().isStarted(), FIGURES.totalFen(project), FIGURES.plannedFen(project),
        FIGURES.completedFen(project));
  }

  private static FenFigures.Reader projectFigures() {
    try {
      // Project registers the reader when it is initialised
      Class.forName(Project.class.getName(), true, Project.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new LinkageError("InvestmentAccumulator cannot initialise " + Project.class.getName(), e);
    }
    return FenFigures.reader();
  }

  /**
   * Adds one project's figures, in fen or {@link #ABSENT}: the one summing core, which {@link
   * ProjectLedger} feeds from its columns.
   *
   * @throws ArithmeticException naming the figure if a sum overflows; nothing is added then
   */
  void add(boolean isStarted, long total, long plan, long completed) {
    long newTotal = total == ABSENT ? totalFen : addExact("totalInvestment", totalFen, total);
    long newPlan = plan == ABSENT ? planFen : addExact("annualPlannedInvestment", planFen, plan);
    long newCompleted =
        completed == ABSENT ? completedFen : addExact("completedInvestment", completedFen, completed);
    totalFen = newTotal;
    planFen = newPlan;
    completedFen = newCompleted;
    totalReported += total == ABSENT ? 0 : 1;
    planReported += plan == ABSENT ? 0 : 1;
    completedReported += completed == ABSENT ? 0 : 1;
    started += isStarted ? 1 : 0;
    count++;
  }

  private static long addExact(String figure, long sum, long fen) {
    long result = sum + fen;
    if (((sum ^ result) & (fen ^ result)) < 0) {
      throw new ArithmeticException(
          "InvestmentTotals " + figure + " sum overflows: " + Yuan.ofFen(sum).toReportString() + " + "
              + Yuan.ofFen(fen).toReportString() + " exceeds the range of a long count of fen");
    }
    return result;
  }

  /**
   * Adds every project, or none.
   *
   * @throws ArithmeticException if a sum overflows; nothing is added then
   * @throws NullPointerException if a project is null; nothing is added then
   */
  public void addAll(Iterable<Project> projects) {
    requireNonNull(projects, "projects");
    long[] before = state();
    try {
      for (Project project : projects) {
        add(project);
      }
    } catch (RuntimeException e) {
      restore(before);
      throw e;
    }
  }

  /** Everything this accumulator holds, for {@link #restore}. */
  long[] state() {
    return new long[] {
      count, started, totalFen, totalReported, planFen, planReported, completedFen, completedReported
    };
  }

  /** Puts back what {@link #state} returned: how a bulk operation that fails changes nothing. */
  void restore(long[] state) {
    count = state[0];
    started = state[1];
    totalFen = state[2];
    totalReported = state[3];
    planFen = state[4];
    planReported = state[5];
    completedFen = state[6];
    completedReported = state[7];
  }

  /**
   * Merges totals computed elsewhere.
   *
   * @throws ArithmeticException if a sum overflows; nothing is merged then
   */
  public void addAll(InvestmentTotals totals) {
    requireNonNull(totals, "totals");
    merge(totals.count(), totals.startedCount(), totals.totalInvestment(),
        totals.annualPlannedInvestment(), totals.completedInvestment());
  }

  /**
   * Merges another accumulator's current totals.
   *
   * @throws ArithmeticException if a sum overflows; nothing is merged then
   */
  public void addAll(InvestmentAccumulator other) {
    requireNonNull(other, "other");
    addAll(other.snapshot());
  }

  private void merge(
      long otherCount, long otherStarted, InvestmentSum total, InvestmentSum plan, InvestmentSum done) {
    long newTotal = addExact("totalInvestment", totalFen, total.amount().fen());
    long newPlan = addExact("annualPlannedInvestment", planFen, plan.amount().fen());
    long newCompleted = addExact("completedInvestment", completedFen, done.amount().fen());
    long newCount = Math.addExact(count, otherCount);
    totalFen = newTotal;
    planFen = newPlan;
    completedFen = newCompleted;
    count = newCount;
    started += otherStarted;
    totalReported += total.reportedCount();
    planReported += plan.reportedCount();
    completedReported += done.reportedCount();
  }

  /** The number of projects added so far. */
  public long count() {
    return count;
  }

  /** The totals of everything added so far. */
  public InvestmentTotals snapshot() {
    return InvestmentTotals.builder()
        .count(count)
        .startedCount(started)
        .totalInvestment(InvestmentSum.ofFen(totalFen, totalReported, count - totalReported))
        .annualPlannedInvestment(InvestmentSum.ofFen(planFen, planReported, count - planReported))
        .completedInvestment(
            InvestmentSum.ofFen(completedFen, completedReported, count - completedReported))
        .build();
  }
}
