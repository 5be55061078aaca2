package dev.pingyi.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.model.Percent;
import dev.pingyi.model.Project;
import java.util.Optional;
import java.util.stream.Collector;
import org.immutables.value.Value;

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
@Value.Immutable
public abstract class InvestmentTotals {

  InvestmentTotals() {}

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

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of investment totals; each attribute is set once, all are required, and {@link
   * #build()} checks that the counts agree.
   */
  public static final class Builder extends ImmutableInvestmentTotals.Builder {
    Builder() {}

    /** Sets every attribute from the given totals. */
    public Builder from(InvestmentTotals value) {
      requireNonNull(value, "value");
      return this
          .count(value.count())
          .startedCount(value.startedCount())
          .totalInvestment(value.totalInvestment())
          .annualPlannedInvestment(value.annualPlannedInvestment())
          .completedInvestment(value.completedInvestment());
    }
  }

  /** Required. The number of projects; not negative. */
  public abstract long count();

  /** Required. The number of projects whose construction has started (开工); at most {@link #count()}. */
  public abstract long startedCount();

  /**
   * Required. 总投资: the sum of total investment, reported and absent counts adding up to {@link
   * #count()}.
   */
  public abstract InvestmentSum totalInvestment();

  /** Required. 年度计划投资: the sum of annual planned investment, counts adding up to {@link #count()}. */
  public abstract InvestmentSum annualPlannedInvestment();

  /** Required. 完成投资: the sum of completed investment, counts adding up to {@link #count()}. */
  public abstract InvestmentSum completedInvestment();

  /** 开工率: started ÷ projects; empty when there are no projects. */
  public Optional<Percent> startRate() {
    return Figures.startRate(startedCount(), count());
  }

  /**
   * 计划完成率: completed ÷ annual planned investment, over the sums as they stand; empty when the
   * planned sum is zero. Check {@link InvestmentSum#isComplete()} on both sums where some projects
   * may not report them.
   */
  public Optional<Percent> planCompletion() {
    return Figures.planCompletion(completedInvestment().amount(), annualPlannedInvestment().amount());
  }

  @Value.Check
  void check() {
    checkArgument(count() >= 0, "InvestmentTotals count=%s must not be negative", count());
    checkArgument(
        startedCount() >= 0 && startedCount() <= count(),
        "InvestmentTotals startedCount=%s is outside [0, count=%s]",
        startedCount(),
        count());
    checkCounts("totalInvestment", totalInvestment());
    checkCounts("annualPlannedInvestment", annualPlannedInvestment());
    checkCounts("completedInvestment", completedInvestment());
  }

  private void checkCounts(String field, InvestmentSum sum) {
    checkArgument(
        sum.reportedCount() + sum.absentCount() == count(),
        "InvestmentTotals %s counts reported=%s + absent=%s differ from count=%s",
        field,
        sum.reportedCount(),
        sum.absentCount(),
        count());
  }
}
