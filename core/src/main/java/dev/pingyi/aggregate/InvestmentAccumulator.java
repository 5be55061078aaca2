package dev.pingyi.aggregate;

import static java.util.Objects.requireNonNull;

import dev.pingyi.model.Project;
import dev.pingyi.model.Yuan;
import java.util.Optional;

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
    Optional<Yuan> total = project.totalInvestment();
    Optional<Yuan> plan = project.annualPlannedInvestment();
    Optional<Yuan> completed = project.completedInvestment();
    long newTotal = total.isPresent() ? Math.addExact(totalFen, total.get().fen()) : totalFen;
    long newPlan = plan.isPresent() ? Math.addExact(planFen, plan.get().fen()) : planFen;
    long newCompleted =
        completed.isPresent() ? Math.addExact(completedFen, completed.get().fen()) : completedFen;
    totalFen = newTotal;
    planFen = newPlan;
    completedFen = newCompleted;
    totalReported += total.isPresent() ? 1 : 0;
    planReported += plan.isPresent() ? 1 : 0;
    completedReported += completed.isPresent() ? 1 : 0;
    started += project.status().isStarted() ? 1 : 0;
    count++;
  }

  /**
   * Adds every project.
   *
   * @throws ArithmeticException if a sum overflows; the projects before the one that overflowed
   *     stay added
   */
  public void addAll(Iterable<Project> projects) {
    requireNonNull(projects, "projects");
    for (Project project : projects) {
      add(project);
    }
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
    long newTotal = Math.addExact(totalFen, total.amount().fen());
    long newPlan = Math.addExact(planFen, plan.amount().fen());
    long newCompleted = Math.addExact(completedFen, done.amount().fen());
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
    return new InvestmentTotals(
        count,
        started,
        InvestmentSum.of(totalFen, totalReported, count - totalReported),
        InvestmentSum.of(planFen, planReported, count - planReported),
        InvestmentSum.of(completedFen, completedReported, count - completedReported));
  }
}
