package dev.pingyi.aggregate;

import com.google.common.base.MoreObjects;
import dev.pingyi.model.Project;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The investment totals of a set of projects, like Guava's {@code Stats}: how many projects, how
 * many started, and the sums of total (总投资), annual planned (年度计划投资) and completed
 * (完成投资) investment, each with how many projects reported it.
 *
 * <p>Make one with {@link #of}, the {@link #toInvestmentTotals()} collector, or an {@link
 * InvestmentAccumulator}. Every way of splitting and merging the same projects gives an equal
 * result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvestmentTotals {

  private final long count;
  private final long startedCount;
  private final InvestmentSum total;
  private final InvestmentSum plan;
  private final InvestmentSum completed;

  InvestmentTotals(
      long count, long startedCount, InvestmentSum total, InvestmentSum plan, InvestmentSum completed) {
    this.count = count;
    this.startedCount = startedCount;
    this.total = total;
    this.plan = plan;
    this.completed = completed;
  }

  /**
   * The totals of the given projects.
   *
   * @throws ArithmeticException if a sum overflows
   */
  public static InvestmentTotals of(Iterable<Project> projects) {
    InvestmentAccumulator accumulator = new InvestmentAccumulator();
    accumulator.addAll(projects);
    return accumulator.snapshot();
  }

  /**
   * A collector of totals whose combiner merges, so that a parallel stream gives the same result
   * as a sequential one.
   */
  public static Collector<Project, InvestmentAccumulator, InvestmentTotals> toInvestmentTotals() {
    return Collector.of(
        InvestmentAccumulator::new,
        InvestmentAccumulator::add,
        (a, b) -> {
          a.addAll(b);
          return a;
        },
        InvestmentAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /** The number of projects. */
  public long count() {
    return count;
  }

  /** The number of projects whose construction has started (开工). */
  public long startedCount() {
    return startedCount;
  }

  /** 总投资: the sum of total investment. */
  public InvestmentSum totalInvestment() {
    return total;
  }

  /** 年度计划投资: the sum of annual planned investment. */
  public InvestmentSum annualPlannedInvestment() {
    return plan;
  }

  /** 完成投资: the sum of completed investment. */
  public InvestmentSum completedInvestment() {
    return completed;
  }

  /** 开工率: started ÷ projects; empty when there are no projects. */
  public Optional<Percent> startRate() {
    return Figures.startRate(startedCount, count);
  }

  /**
   * 计划完成率: completed ÷ annual planned investment, over the sums as they stand; empty when the
   * planned sum is zero. Check {@link InvestmentSum#isComplete()} on both sums where some projects
   * may not report them.
   */
  public Optional<Percent> planCompletion() {
    return Figures.planCompletion(completed.amount(), plan.amount());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof InvestmentTotals)) {
      return false;
    }
    InvestmentTotals other = (InvestmentTotals) obj;
    return count == other.count
        && startedCount == other.startedCount
        && total.equals(other.total)
        && plan.equals(other.plan)
        && completed.equals(other.completed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, startedCount, total, plan, completed);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("count", count)
        .add("started", startedCount)
        .add("total", total)
        .add("plan", plan)
        .add("completed", completed)
        .toString();
  }
}
