package dev.pingyi.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.County;
import dev.pingyi.model.Project;
import dev.pingyi.model.Yuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules of the aggregation result values and of the ledger, as values a user may build. */
class AggregateValuesTest {

  private static final List<County> COUNTIES = RandomProjects.counties(4);
  private static final List<Project> PROJECTS =
      RandomProjects.projects(new Random(11), COUNTIES, 200, 1_000_000_000L);

  @Test
  void aLedgerRejectsTwoProjectsWithOneIdNamingBothPositions() {
    List<Project> twice = new ArrayList<>(PROJECTS.subList(0, 5));
    twice.add(PROJECTS.get(7).withId(PROJECTS.get(2).id()));

    assertThatThrownBy(() -> ProjectLedger.of(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("projects[5]")
        .hasMessageContaining("projects[2]")
        .hasMessageContaining("id=" + PROJECTS.get(2).id());
  }

  @Test
  void aLedgerTotalsEqualTheCollectorsAndTheOverallTotals() {
    ProjectLedger ledger = ProjectLedger.of(PROJECTS);

    assertThat(ledger.totalsByCounty()).isEqualTo(PROJECTS.stream().collect(GroupedTotals.toTotalsByCounty()));
    assertThat(ledger.totals()).isEqualTo(InvestmentTotals.of(PROJECTS));
    assertThat(ledger.totalsByCounty().groups().keySet().asList()).isSortedAccordingTo(GroupOrder.COUNTY);
  }

  @Test
  void groupedTotalsWithTheSameGroupsInAnotherOrderAreNotEqual() {
    GroupedTotals<County> byCounty = PROJECTS.stream().collect(GroupedTotals.toTotalsByCounty());
    GroupedTotals.Builder<County> reversed = GroupedTotals.builder();
    List<County> keys = new ArrayList<>(byCounty.groups().keySet());
    for (int i = keys.size() - 1; i >= 0; i--) {
      reversed.putGroups(keys.get(i), byCounty.get(keys.get(i)).orElseThrow());
    }
    GroupedTotals<County> other = reversed.build();

    assertThat(other.groups()).isEqualTo(byCounty.groups());
    assertThat(other.overall()).isEqualTo(byCounty.overall());
    assertThat(other).isNotEqualTo(byCounty);
    assertThat(GroupedTotals.<County>builder().from(byCounty).build()).isEqualTo(byCounty);
  }

  @Test
  void totalsWhoseCountsDisagreeAreRejectedNamingTheFigure() {
    InvestmentTotals totals = InvestmentTotals.of(PROJECTS);
    InvestmentSum short1 = InvestmentSum.of(
        totals.totalInvestment().amount(),
        totals.totalInvestment().reportedCount(),
        totals.totalInvestment().absentCount() + 1);

    assertThatThrownBy(() -> InvestmentTotals.builder()
            .count(totals.count())
            .startedCount(totals.startedCount())
            .totalInvestment(short1)
            .annualPlannedInvestment(totals.annualPlannedInvestment())
            .completedInvestment(totals.completedInvestment())
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("totalInvestment")
        .hasMessageContaining("count=" + totals.count());
    assertThatThrownBy(() -> ImmutableInvestmentTotals.copyOf(totals).withStartedCount(totals.count() + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("startedCount=" + (totals.count() + 1));
    assertThatThrownBy(() -> InvestmentSum.of(Yuan.ofYuan(5), 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount=5.00元");
    assertThatThrownBy(() -> InvestmentSum.of(Yuan.ZERO, -1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reportedCount=-1");
  }

  @Test
  void aGroupWithNoProjectIsRejected() {
    InvestmentTotals none = new InvestmentAccumulator().snapshot();

    assertThatThrownBy(() -> GroupedTotals.<County>builder().putGroups(COUNTIES.get(0), none).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count=0")
        .hasMessageContaining(COUNTIES.get(0).toString());
  }

  @Test
  void anOverflowingSumNamesTheFigure() {
    Project huge = PROJECTS.get(0)
        .withTotalInvestment(Yuan.ofFen(Long.MAX_VALUE))
        .withAnnualPlannedInvestment(Yuan.ZERO)
        .withCompletedInvestment(Yuan.ZERO);
    InvestmentAccumulator accumulator = new InvestmentAccumulator();
    accumulator.add(huge);

    assertThatThrownBy(() -> accumulator.add(huge.withId("again")))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("totalInvestment");
    assertThat(accumulator.count()).isEqualTo(1);
  }
}
