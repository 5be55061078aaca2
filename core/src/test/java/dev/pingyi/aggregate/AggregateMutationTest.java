package dev.pingyi.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.Percent;
import dev.pingyi.model.Project;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Yuan;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Edges of aggregation that the totals tests do not reach — a merge that brings a sum back across
 * zero, a completion of exactly zero — each asserted once, so that mutation testing finds a test
 * for it.
 */
class AggregateMutationTest {

  private static final InvestmentSum NONE = InvestmentSum.of(Yuan.ZERO, 0, 1);

  @Test
  void mergingANegativeSumIntoAPositiveOneIsNoOverflow() {
    InvestmentAccumulator accumulator = new InvestmentAccumulator();
    accumulator.addAll(totals(Yuan.ofFen(1)));
    accumulator.addAll(totals(Yuan.ofFen(-2)));
    accumulator.addAll(totals(Yuan.ofFen(Long.MIN_VALUE + 1)));

    assertThat(accumulator.snapshot().totalInvestment().amount()).isEqualTo(Yuan.ofFen(Long.MIN_VALUE));
    assertThat(accumulator.count()).isEqualTo(3);
  }

  @Test
  void aCompletionOfZeroIsBehindTheSchedule() {
    ScheduleProgress progress = ScheduleProgress.of(Percent.parse("0%"), ReportPeriod.parse("2022H1"));

    assertThat(progress.toChinese()).isEqualTo("慢于时间进度50.0个百分点");
    assertThat(progress).hasToString("0.0% 2022H1 慢于时间进度50.0个百分点");
    assertThat(ScheduleProgress.of(Percent.parse("50%"), ReportPeriod.parse("2022H1")).toChinese()).isEqualTo("与时间进度持平");
  }

  @Test
  void totalsOfExactlySixteenKeysAreSnapshotAndMerged() {
    // sixteen keys fill the accumulator's first array of groups to its last slot
    GroupedTotalsAccumulator<String> byId = new GroupedTotalsAccumulator<>(Project::id, Comparator.naturalOrder());
    List<Project> projects = RandomProjects.projects(new Random(16), RandomProjects.counties(3), 16, 1_000_000);
    byId.addAll(projects);
    GroupedTotalsAccumulator<String> merged = new GroupedTotalsAccumulator<>(Project::id, Comparator.naturalOrder());
    merged.addAll(byId);

    assertThat(byId.snapshot().groups()).hasSize(16);
    assertThat(merged.snapshot()).isEqualTo(byId.snapshot());
  }

  /** The totals of one project that reported only its total investment, the given amount. */
  private static InvestmentTotals totals(Yuan total) {
    return InvestmentTotals.builder()
        .count(1)
        .startedCount(0)
        .totalInvestment(InvestmentSum.of(total, 1, 0))
        .annualPlannedInvestment(NONE)
        .completedInvestment(NONE)
        .build();
  }
}
