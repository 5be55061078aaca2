package dev.pingyi.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.County;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Yuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Totals are exact, independent of how the projects are split, and in a stable order. */
class TotalsTest {

  private static final long SEED = 20220728L;
  private static final List<County> COUNTIES = RandomProjects.counties(8);

  @Test
  void totalsEqualNaiveDecimalSumsAndCountAbsentFigures() {
    Random random = new Random(SEED);
    for (int round = 0; round < 50; round++) {
      List<Project> projects = RandomProjects.projects(random, COUNTIES, random.nextInt(300), 1_000_000_000_000L);
      InvestmentTotals totals = InvestmentTotals.of(projects);
      assertThat(totals.count()).isEqualTo(projects.size());
      assertThat(totals.startedCount()).isEqualTo(projects.stream().filter(p -> p.status().isStarted()).count());
      check(totals.totalInvestment(), projects, Project::totalInvestment);
      check(totals.annualPlannedInvestment(), projects, Project::annualPlannedInvestment);
      check(totals.completedInvestment(), projects, Project::completedInvestment);
    }
  }

  @Test
  void splittingAndMergingInAnyWayGivesTheResultOfOnePass() {
    Random random = new Random(SEED);
    for (int round = 0; round < 100; round++) {
      List<Project> projects = RandomProjects.projects(random, COUNTIES, 1 + random.nextInt(400), 1_000_000_000L);
      InvestmentTotals onePass = InvestmentTotals.of(projects);
      GroupedTotals<County> byCountyOnePass = projects.stream().collect(GroupedTotals.toTotalsByCounty());

      List<Project> shuffled = new ArrayList<>(projects);
      Collections.shuffle(shuffled, random);
      InvestmentAccumulator merged = new InvestmentAccumulator();
      GroupedTotalsAccumulator<County> mergedByCounty =
          new GroupedTotalsAccumulator<>(Project::county, GroupOrder.COUNTY);
      int from = 0;
      while (from < shuffled.size()) {
        int to = from + 1 + random.nextInt(shuffled.size() - from);
        List<Project> part = shuffled.subList(from, to);
        InvestmentAccumulator partial = new InvestmentAccumulator();
        partial.addAll(part);
        if (random.nextBoolean()) {
          merged.addAll(partial);
        } else {
          merged.addAll(partial.snapshot());
        }
        GroupedTotalsAccumulator<County> partialByCounty =
            new GroupedTotalsAccumulator<>(Project::county, GroupOrder.COUNTY);
        partialByCounty.addAll(part);
        if (random.nextBoolean()) {
          mergedByCounty.addAll(partialByCounty);
        } else {
          mergedByCounty.addAll(partialByCounty.snapshot());
        }
        from = to;
      }
      assertThat(merged.snapshot()).as("seed %s round %s", SEED, round).isEqualTo(onePass);
      assertThat(mergedByCounty.snapshot()).as("seed %s round %s", SEED, round).isEqualTo(byCountyOnePass);
      assertThat(projects.parallelStream().collect(InvestmentTotals.toInvestmentTotals())).isEqualTo(onePass);
      assertThat(projects.parallelStream().collect(GroupedTotals.toTotalsByCounty())).isEqualTo(byCountyOnePass);
    }
  }

  @Test
  void aLedgerGivesTheTotalsOfTheCollectors() {
    Random random = new Random(SEED);
    for (int round = 0; round < 100; round++) {
      List<Project> projects = RandomProjects.projects(random, COUNTIES, random.nextInt(500), 1_000_000_000_000L);
      ProjectLedger ledger = ProjectLedger.of(projects);
      assertThat(ledger.totalsByCounty()).as("seed %s round %s", SEED, round)
          .isEqualTo(projects.stream().collect(GroupedTotals.toTotalsByCounty()));
      assertThat(ledger.totals()).isEqualTo(InvestmentTotals.of(projects));
      assertThat(ledger.totalsBy(Project::status, java.util.Comparator.naturalOrder()))
          .isEqualTo(projects.stream().collect(GroupedTotals.toTotalsByStatus()));
      assertThat(ledger.size()).isEqualTo(projects.size());
    }
  }

  @Test
  void aLedgerThrowsOnOverflowLikeTheAccumulators() {
    Project huge = RandomProjects.projects(new Random(1), COUNTIES, 1, 1_000L).get(0)
        .withTotalInvestment(Yuan.ofFen(Long.MAX_VALUE / 2 + 1))
        .withAnnualPlannedInvestment(Yuan.ZERO)
        .withCompletedInvestment(Yuan.ZERO);
    ProjectLedger ledger = ProjectLedger.of(List.of(huge, huge.withId("again")));
    assertThatThrownBy(ledger::totalsByCounty).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void theGroupsOfAnyGroupingAddUpToTheOverallTotal() {
    Random random = new Random(SEED);
    List<Project> projects = RandomProjects.projects(random, COUNTIES, 2_000, 1_000_000_000_000L);
    InvestmentTotals overall = InvestmentTotals.of(projects);
    for (GroupedTotals<?> grouped : List.of(
        projects.stream().collect(GroupedTotals.toTotalsByCounty()),
        projects.stream().collect(GroupedTotals.toTotalsByLevel()),
        projects.stream().collect(GroupedTotals.toTotalsByCategory()),
        projects.stream().collect(GroupedTotals.toTotalsByStatus()),
        projects.stream().collect(GroupedTotals.toTotalsByCluster()))) {
      assertThat(grouped.overall()).isEqualTo(overall);
      InvestmentAccumulator sum = new InvestmentAccumulator();
      grouped.groups().values().forEach(sum::addAll);
      assertThat(sum.snapshot()).isEqualTo(overall);
    }
  }

  @Test
  void countiesIterateByDivisionCodeWithZonesLastByName() {
    List<Project> projects = RandomProjects.projects(new Random(SEED), COUNTIES, 500, 1_000_000L);
    GroupedTotals<County> byCounty = projects.stream().collect(GroupedTotals.toTotalsByCounty());
    assertThat(byCounty.groups().keySet()).extracting(County::name)
        .containsExactly("县1", "县2", "县3", "县4", "县5", "县6", "县7", "县8", "乙开发区", "甲度假区");
  }

  @Test
  void levelsIterateProvincialFirstAndUnknownLast() {
    List<Project> projects = RandomProjects.projects(new Random(SEED), COUNTIES, 500, 1_000_000L);
    assertThat(projects.stream().collect(GroupedTotals.toTotalsByLevel()).groups().keySet())
        .containsExactly(Optional.of(ProjectLevel.PROVINCIAL), Optional.of(ProjectLevel.MUNICIPAL),
            Optional.of(ProjectLevel.COUNTY), Optional.empty());
  }

  @Test
  void equalKeysFromDifferentInstancesShareAGroup() {
    Project a = RandomProjects.projects(new Random(1), COUNTIES.subList(0, 1), 1, 1_000L).get(0);
    County copy = County.builder().name("县1").kind(a.county().kind())
        .divisionCode(a.county().divisionCode().orElseThrow()).prefecture(a.county().prefecture()).build();
    assertThat(copy).isNotSameAs(a.county()).isEqualTo(a.county());
    Project b = a.withId("b").withCounty(copy);
    GroupedTotals<County> byCounty = List.of(a, b).stream().collect(GroupedTotals.toTotalsByCounty());
    assertThat(byCounty.groups()).hasSize(1);
    assertThat(byCounty.get(copy).orElseThrow().count()).isEqualTo(2);
  }

  @Test
  void aNullKeyIsRejectedNamingTheProject() {
    Project p = RandomProjects.projects(new Random(1), COUNTIES, 1, 1_000L).get(0);
    Function<Project, String> nullKey = x -> null;
    assertThatThrownBy(() -> List.of(p).stream().collect(GroupedTotals.toGroupedTotals(nullKey, String::compareTo)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("key function returned null for project p0");
  }

  @Test
  void anOrderThatCallsDifferentKeysEqualIsRejected() {
    List<Project> projects = RandomProjects.projects(new Random(SEED), COUNTIES, 100, 1_000L);
    assertThatThrownBy(() -> projects.stream().collect(GroupedTotals.toGroupedTotals(Project::county, (x, y) -> 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calls different keys");
  }

  @Test
  void overflowThrowsAndLeavesTheAccumulatorAsItWas() {
    Project huge = RandomProjects.projects(new Random(1), COUNTIES, 1, 1_000L).get(0)
        .withTotalInvestment(Yuan.ofFen(Long.MAX_VALUE / 2 + 1))
        .withAnnualPlannedInvestment(Yuan.ZERO)
        .withCompletedInvestment(Yuan.ZERO);
    InvestmentAccumulator accumulator = new InvestmentAccumulator();
    accumulator.add(huge);
    InvestmentTotals before = accumulator.snapshot();
    assertThatThrownBy(() -> accumulator.add(huge)).isInstanceOf(ArithmeticException.class);
    assertThat(accumulator.snapshot()).isEqualTo(before);
    assertThatThrownBy(() -> accumulator.addAll(before)).isInstanceOf(ArithmeticException.class);
    assertThat(accumulator.snapshot()).isEqualTo(before);

    GroupedTotalsAccumulator<County> grouped = new GroupedTotalsAccumulator<>(Project::county, GroupOrder.COUNTY);
    grouped.add(huge);
    GroupedTotals<County> groupedBefore = grouped.snapshot();
    assertThatThrownBy(() -> grouped.add(huge)).isInstanceOf(ArithmeticException.class);
    assertThat(grouped.snapshot()).isEqualTo(groupedBefore);
  }

  @Test
  void startRateAndPlanCompletionComeFromTheTotals() {
    List<Project> projects = RandomProjects.projects(new Random(SEED), COUNTIES, 300, 1_000_000L);
    InvestmentTotals totals = InvestmentTotals.of(projects);
    long started = projects.stream().filter(p -> p.status() != ProjectStatus.PLANNED).count();
    assertThat(totals.startRate()).contains(Figures.startRate(started, projects.size()).orElseThrow());
    assertThat(totals.planCompletion()).isEqualTo(Figures.planCompletion(
        totals.completedInvestment().amount(), totals.annualPlannedInvestment().amount()));
  }

  private static void check(InvestmentSum sum, List<Project> projects, Function<Project, Optional<Yuan>> figure) {
    List<Yuan> present = projects.stream().map(figure).flatMap(Optional::stream).collect(Collectors.toList());
    BigDecimal naive = present.stream().map(Yuan::toBigDecimal).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum.amount().toBigDecimal()).isEqualByComparingTo(naive);
    assertThat(sum.reportedCount()).isEqualTo(present.size());
    assertThat(sum.absentCount()).isEqualTo(projects.size() - present.size());
    assertThat(sum.isComplete()).isEqualTo(present.size() == projects.size());
  }
}
