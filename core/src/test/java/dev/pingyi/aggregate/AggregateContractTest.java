package dev.pingyi.aggregate;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.pingyi.model.Growth;
import dev.pingyi.model.PercentagePoints;
import dev.pingyi.model.Percent;
import dev.pingyi.model.County;
import dev.pingyi.model.Project;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Yuan;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The aggregation values: null arguments are rejected, and equality follows the value. */
class AggregateContractTest {

  private static final List<County> COUNTIES = RandomProjects.counties(3);
  private static final List<Project> PROJECTS = RandomProjects.projects(new Random(5), COUNTIES, 50, 1_000_000L);

  private final NullPointerTester nulls = new NullPointerTester()
      .setDefault(Yuan.class, Yuan.ofYuan(1))
      .setDefault(Ratio.class, Ratio.of(1, 2))
      .setDefault(Percent.class, Percent.parse("50%"))
      .setDefault(ReportPeriod.class, ReportPeriod.ofHalfYear(2022, 1))
      .setDefault(Project.class, PROJECTS.get(0))
      .setDefault(County.class, COUNTIES.get(0))
      .setDefault(InvestmentTotals.class, InvestmentTotals.of(PROJECTS));

  @Test
  void staticAndInstanceMethodsRejectNull() {
    for (Class<?> type : List.of(Figures.class, Percent.class, PercentagePoints.class, Growth.class,
        InvestmentTotals.class, GroupedTotals.class, GroupOrder.class, ProjectLedger.class)) {
      nulls.testAllPublicStaticMethods(type);
    }
    nulls.testAllPublicConstructors(GroupedTotalsAccumulator.class);
    for (Object value : List.of(Percent.parse("95.3%"), Growth.of(Percent.parse("6.8")),
        Figures.scheduleProgress(Percent.parse("64.6"), ReportPeriod.ofHalfYear(2022, 1)),
        PercentagePoints.of(Ratio.of(146, 10)), new InvestmentAccumulator(),
        new GroupedTotalsAccumulator<>(Project::county, GroupOrder.COUNTY),
        PROJECTS.stream().collect(GroupedTotals.toTotalsByCounty()), ProjectLedger.of(PROJECTS))) {
      nulls.testAllPublicInstanceMethods(value);
    }
  }

  @Test
  void valuesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Percent.parse("95.3%"), Percent.parse("95.30"), Percent.of(Ratio.of(953, 1000)))
        .addEqualityGroup(Percent.of(Ratio.of(102, 107)))
        .addEqualityGroup(Growth.of(Percent.parse("6.8")), Growth.of(Percent.parse("6.80%")))
        .addEqualityGroup(Growth.of(Percent.parse("-6.8")))
        .addEqualityGroup(PercentagePoints.of(Ratio.of(146, 10)), Percent.parse("64.6").minus(Percent.parse("50")))
        .addEqualityGroup(
            Figures.scheduleProgress(Percent.parse("64.6"), ReportPeriod.ofHalfYear(2022, 1)),
            Figures.scheduleProgress(Percent.parse("64.60"), ReportPeriod.parse("2022年上半年")))
        .addEqualityGroup(Figures.scheduleProgress(Percent.parse("64.6"), ReportPeriod.ofQuarter(2022, 2)))
        .addEqualityGroup(InvestmentTotals.of(PROJECTS), PROJECTS.stream().collect(InvestmentTotals.toInvestmentTotals()))
        .addEqualityGroup(InvestmentTotals.of(PROJECTS.subList(1, 50)))
        .addEqualityGroup(InvestmentTotals.of(PROJECTS).totalInvestment(), InvestmentTotals.of(PROJECTS).totalInvestment())
        .addEqualityGroup(InvestmentTotals.of(PROJECTS).completedInvestment())
        .addEqualityGroup(
            PROJECTS.stream().collect(GroupedTotals.toTotalsByCounty()),
            PROJECTS.parallelStream().collect(GroupedTotals.toTotalsByCounty()))
        .addEqualityGroup(PROJECTS.subList(1, 50).stream().collect(GroupedTotals.toTotalsByCounty()))
        .testEquals();
  }
}
