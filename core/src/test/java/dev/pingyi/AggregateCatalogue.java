package dev.pingyi;

import static dev.pingyi.CatalogueRow.of;
import static dev.pingyi.CatalogueSamples.GUANXIAN;
import static dev.pingyi.CatalogueSamples.H1;
import static dev.pingyi.CatalogueSamples.HUGE_PROJECT;
import static dev.pingyi.CatalogueSamples.LEBAO_PROJECT;
import static dev.pingyi.CatalogueSamples.LINQING;
import static dev.pingyi.CatalogueSamples.county;

import dev.pingyi.aggregate.Figures;
import dev.pingyi.aggregate.GroupOrder;
import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.GroupedTotalsAccumulator;
import dev.pingyi.aggregate.InvestmentAccumulator;
import dev.pingyi.aggregate.InvestmentSum;
import dev.pingyi.aggregate.InvestmentTotals;
import dev.pingyi.aggregate.ProjectLedger;
import dev.pingyi.aggregate.ScheduleProgress;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.Percent;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Yuan;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The bad inputs of aggregation: figures, sums and totals, accumulators, collectors and ledgers.
 * An accumulator whose call fails shows the same snapshot afterwards, bulk calls included: they
 * add everything or nothing.
 */
final class AggregateCatalogue {

  static final String AGGREGATION = "aggregation";

  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<ArithmeticException> ARITH = ArithmeticException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;

  private static final Yuan ONE = Yuan.ofYuan(1);
  private static final Yuan MINUS_ONE = Yuan.ofYuan(-1);

  private AggregateCatalogue() {}

  static List<CatalogueRow> rows() {
    InvestmentAccumulator holdingHuge = accumulatorOf(HUGE_PROJECT);
    InvestmentAccumulator holdingHugeToo = accumulatorOf(HUGE_PROJECT);
    InvestmentAccumulator holdingLebao = accumulatorOf(LEBAO_PROJECT);
    Project noFigures = LEBAO_PROJECT.withId("no-figures")
        .withTotalInvestment(Optional.empty())
        .withAnnualPlannedInvestment(Optional.empty())
        .withCompletedInvestment(Optional.empty());
    InvestmentAccumulator addingAll = accumulatorOf(noFigures);
    GroupedTotalsAccumulator<County> byCounty = new GroupedTotalsAccumulator<>(Project::county, GroupOrder.COUNTY);
    byCounty.add(HUGE_PROJECT);
    Project inLinqing = LEBAO_PROJECT.withId("in-linqing").withCounty(LINQING);
    // before 冠县 in the county order, so that its group is merged before the one that overflows
    Project inChiping = LEBAO_PROJECT.withId("in-chiping").withCounty(county("茌平区", CountyKind.DISTRICT, "371503"));
    GroupedTotalsAccumulator<County> bulkByCounty = groupedOf(HUGE_PROJECT);
    GroupedTotalsAccumulator<County> byCountyToo = new GroupedTotalsAccumulator<>(Project::county, GroupOrder.COUNTY);
    byCountyToo.add(LEBAO_PROJECT);
    GroupedTotalsAccumulator<String> byNull = new GroupedTotalsAccumulator<>(p -> null, Comparator.naturalOrder());
    GroupedTotalsAccumulator<String> byStatusWord =
        new GroupedTotalsAccumulator<>(p -> p.status().chineseName(), (a, b) -> 0);
    byStatusWord.add(LEBAO_PROJECT);
    byStatusWord.add(LEBAO_PROJECT.withId("planned").withStatus(ProjectStatus.PLANNED));
    InvestmentTotals empty = InvestmentTotals.of(List.of());
    return Arrays.asList(
        // Figures and schedule progress
        of(AGGREGATION, "start rate of -1 started", () -> Figures.startRate(-1, 5), IAE, "startRate started=-1", "must not be negative"),
        of(AGGREGATION, "start rate of -5 planned", () -> Figures.startRate(1, -5), IAE, "startRate planned=-5", "must not be negative"),
        of(AGGREGATION, "start rate of more started than planned", () -> Figures.startRate(6, 5), IAE, "startRate started=6", "exceeds planned=5"),
        of(AGGREGATION, "plan completion of a negative completion", () -> Figures.planCompletion(MINUS_ONE, ONE), IAE, "planCompletion completed=-1.00元", "must not be negative"),
        of(AGGREGATION, "plan completion of a negative plan", () -> Figures.planCompletion(ONE, MINUS_ONE), IAE, "planCompletion planned=-1.00元", "must not be negative"),
        of(AGGREGATION, "plan completion of a null completion", () -> Figures.planCompletion(null, ONE), NPE, "completed"),
        of(AGGREGATION, "share of a negative part", () -> Figures.share(MINUS_ONE, ONE), IAE, "share part=-1.00元", "must not be negative"),
        of(AGGREGATION, "share of a negative whole", () -> Figures.share(ONE, MINUS_ONE), IAE, "share whole=-1.00元", "must not be negative"),
        of(AGGREGATION, "share of a part above its whole", () -> Figures.share(Yuan.parse("5亿元"), Yuan.parse("4亿元")), IAE, "share part=5亿元", "exceeds whole=4亿元", "a part is at most its whole"),
        of(AGGREGATION, "share of a null whole", () -> Figures.share(ONE, null), NPE, "whole"),
        of(AGGREGATION, "share count of a negative part", () -> Figures.share(-1, 5), IAE, "share part=-1", "must not be negative"),
        of(AGGREGATION, "share count of a negative whole", () -> Figures.share(1, -5), IAE, "share whole=-5", "must not be negative"),
        of(AGGREGATION, "share count of a part above its whole", () -> Figures.share(6, 5), IAE, "share part=6", "exceeds whole=5"),
        of(AGGREGATION, "growth from a negative base", () -> Figures.growth(ONE, MINUS_ONE), IAE, "growth previous=-1.00元", "must not be negative"),
        of(AGGREGATION, "growth of a null current figure", () -> Figures.growth(null, ONE), NPE, "current"),
        of(AGGREGATION, "schedule progress of a negative completion", () -> Figures.scheduleProgress(Percent.parse("-1%"), H1), IAE, "ScheduleProgress completion=-1.0%", "must not be negative"),
        of(AGGREGATION, "schedule progress without a period", () -> ScheduleProgress.of(Percent.parse("50%"), null), NPE, "period"),
        // Sums and totals
        of(AGGREGATION, "sum of an amount nobody reported", () -> InvestmentSum.of(ONE, 0, 1), IAE, "InvestmentSum amount=1.00元 with reportedCount=0", "a sum over no reported figure is zero"),
        of(AGGREGATION, "sum of a negative reported count", () -> InvestmentSum.of(Yuan.ZERO, -1, 0), IAE, "InvestmentSum reportedCount=-1", "must not be negative"),
        of(AGGREGATION, "sum of a negative absent count", () -> InvestmentSum.of(Yuan.ZERO, 0, -1), IAE, "InvestmentSum absentCount=-1", "must not be negative"),
        of(AGGREGATION, "totals of a negative count", () -> InvestmentTotals.builder().count(-1).startedCount(0).totalInvestment(empty.totalInvestment())
            .annualPlannedInvestment(empty.totalInvestment()).completedInvestment(empty.totalInvestment()).build(), IAE, "InvestmentTotals count=-1", "must not be negative"),
        of(AGGREGATION, "totals with more started than counted", () -> totals(2, 3, 2), IAE, "InvestmentTotals startedCount=3", "outside [0, count=2]"),
        of(AGGREGATION, "totals whose sum counts differ from the count", () -> totals(2, 1, 1), IAE, "InvestmentTotals totalInvestment counts reported=1 + absent=0", "differ from count=2"),
        of(AGGREGATION, "totals whose planned-investment counts differ from the count", () -> totalsCounting(2, 1, 2), IAE, "InvestmentTotals annualPlannedInvestment counts reported=1 + absent=0", "differ from count=2"),
        of(AGGREGATION, "totals whose completed-investment counts differ from the count", () -> totalsCounting(2, 2, 1), IAE, "InvestmentTotals completedInvestment counts reported=1 + absent=0", "differ from count=2"),
        of(AGGREGATION, "totals of projects whose sum overflows", () -> InvestmentTotals.of(List.of(HUGE_PROJECT, HUGE_PROJECT.withId("huge-2"))), ARITH, "InvestmentTotals totalInvestment sum overflows", "exceeds the range of a long count of fen"),
        // Accumulators
        of(AGGREGATION, "accumulator overflowed by a project", () -> holdingHuge.add(HUGE_PROJECT), ARITH, "InvestmentTotals totalInvestment sum overflows", "92233.72036854775807万亿元 + 92233.72036854775807万亿元").unchanged(holdingHuge::snapshot),
        of(AGGREGATION, "accumulator overflowed by merged totals", () -> holdingHugeToo.addAll(InvestmentTotals.of(List.of(HUGE_PROJECT))), ARITH, "InvestmentTotals totalInvestment sum overflows").unchanged(holdingHugeToo::snapshot),
        of(AGGREGATION, "accumulator overflowed by another accumulator", () -> holdingHugeToo.addAll(accumulatorOf(HUGE_PROJECT)), ARITH, "InvestmentTotals totalInvestment sum overflows").unchanged(holdingHugeToo::snapshot),
        of(AGGREGATION, "accumulator given a null project", () -> holdingLebao.add(null), NPE, "project").unchanged(holdingLebao::snapshot),
        of(AGGREGATION, "accumulator given null totals", () -> holdingLebao.addAll((InvestmentTotals) null), NPE, "totals").unchanged(holdingLebao::snapshot),
        of(AGGREGATION, "accumulator overflowed by the second of two projects", () -> addingAll.addAll(List.of(HUGE_PROJECT, HUGE_PROJECT.withId("huge-2"))), ARITH, "InvestmentTotals totalInvestment sum overflows")
            .unchanged(addingAll::snapshot),
        of(AGGREGATION, "grouped accumulator overflowed by the second of two projects, the first of another county", () -> bulkByCounty.addAll(List.of(inLinqing, HUGE_PROJECT.withId("huge-3"))), ARITH, "InvestmentTotals totalInvestment sum overflows").unchanged(bulkByCounty::snapshot),
        of(AGGREGATION, "grouped accumulator overflowed by merged totals after a group that merged", () -> bulkByCounty.addAll(groupedOf(inChiping, HUGE_PROJECT.withId("huge-4")).snapshot()), ARITH, "InvestmentTotals totalInvestment sum overflows").unchanged(bulkByCounty::snapshot),
        of(AGGREGATION, "grouped accumulator overflowed by another accumulator after a group that merged", () -> bulkByCounty.addAll(groupedOf(inChiping, HUGE_PROJECT.withId("huge-5"))), ARITH, "InvestmentTotals totalInvestment sum overflows").unchanged(bulkByCounty::snapshot),
        of(AGGREGATION, "grouped accumulator given a null among projects", () -> bulkByCounty.addAll(Arrays.asList(inLinqing, null)), NPE, "project").unchanged(bulkByCounty::snapshot),
        of(AGGREGATION, "grouped accumulator overflowed by a project", () -> byCounty.add(HUGE_PROJECT), ARITH, "InvestmentTotals totalInvestment sum overflows").unchanged(byCounty::snapshot),
        of(AGGREGATION, "grouped accumulator overflowed by merged totals", () -> byCounty.addAll(totalsByCounty(HUGE_PROJECT)), ARITH, "InvestmentTotals totalInvestment sum overflows").unchanged(byCounty::snapshot),
        of(AGGREGATION, "grouped accumulator whose key function returns null", () -> byNull.add(LEBAO_PROJECT), NPE, "GroupedTotals key function returned null for project guanxian-lebao").unchanged(byNull::snapshot),
        of(AGGREGATION, "grouped accumulator given a null project", () -> byCountyToo.add(null), NPE, "project").unchanged(byCountyToo::snapshot),
        of(AGGREGATION, "grouped accumulator whose order calls two keys equal", byStatusWord::snapshot, IAE, "GroupedTotals order calls different keys", "在建", "未开工", "it must tell every key apart"),
        of(AGGREGATION, "grouped accumulator without a key function", () -> new GroupedTotalsAccumulator<County>(null, GroupOrder.COUNTY), NPE, "key"),
        of(AGGREGATION, "grouped collector without an order", () -> GroupedTotals.toGroupedTotals(Project::county, null), NPE, "order"),
        of(AGGREGATION, "grouped totals with a group of no project", () -> GroupedTotals.<County>builder().putGroups(GUANXIAN, empty).build(), IAE, "GroupedTotals group", "冠县", "has count=0", "only keys with a project appear"),
        of(AGGREGATION, "grouped totals asked for a null key", () -> totalsByCounty(LEBAO_PROJECT).get(null), NPE, "key"),
        of(AGGREGATION, "collected totals by county overflowing", () -> List.of(HUGE_PROJECT, HUGE_PROJECT.withId("huge-2")).stream().collect(GroupedTotals.toTotalsByCounty()), ARITH, "InvestmentTotals totalInvestment sum overflows"),
        of(AGGREGATION, "absent-last order of a null order", () -> GroupOrder.absentLast(null), NPE, "order"),
        // Ledger
        of(AGGREGATION, "ledger with one id twice", () -> ProjectLedger.of(List.of(LEBAO_PROJECT, LEBAO_PROJECT.withName("另一个项目"))), IAE, "ProjectLedger projects[1] has id=guanxian-lebao", "already the id of projects[0]", "ids are unique in a ledger"),
        of(AGGREGATION, "ledger with a null project", () -> ProjectLedger.of(Arrays.asList(LEBAO_PROJECT, null)), NPE, "projects[1]"),
        of(AGGREGATION, "ledger whose county totals overflow", () -> ProjectLedger.of(List.of(HUGE_PROJECT, HUGE_PROJECT.withId("huge-2"))).totalsByCounty(), ARITH, "InvestmentTotals totalInvestment sum overflows"),
        of(AGGREGATION, "ledger whose overall totals overflow", () -> ProjectLedger.of(List.of(HUGE_PROJECT, HUGE_PROJECT.withId("huge-2"))).totals(), ARITH, "InvestmentTotals totalInvestment sum overflows"));
  }

  private static InvestmentAccumulator accumulatorOf(Project project) {
    InvestmentAccumulator accumulator = new InvestmentAccumulator();
    accumulator.add(project);
    return accumulator;
  }

  private static GroupedTotals<County> totalsByCounty(Project project) {
    return List.of(project).stream().collect(GroupedTotals.toTotalsByCounty());
  }

  /** Totals of two projects whose sums of total, planned and completed investment report the given counts. */
  private static InvestmentTotals totalsCounting(long total, long planned, long completed) {
    return InvestmentTotals.builder()
        .count(2)
        .startedCount(0)
        .totalInvestment(InvestmentSum.of(Yuan.ZERO, total, 0))
        .annualPlannedInvestment(InvestmentSum.of(Yuan.ZERO, planned, 0))
        .completedInvestment(InvestmentSum.of(Yuan.ZERO, completed, 0))
        .build();
  }

  /** Totals of the given counts whose three sums each report one figure. */
  private static InvestmentTotals totals(long count, long started, long reported) {
    InvestmentSum sum = InvestmentSum.of(Yuan.ZERO, reported, count - reported);
    return InvestmentTotals.builder()
        .count(count)
        .startedCount(started)
        .totalInvestment(InvestmentSum.of(Yuan.ZERO, 1, 0))
        .annualPlannedInvestment(sum)
        .completedInvestment(sum)
        .build();
  }

  private static GroupedTotalsAccumulator<County> groupedOf(Project... projects) {
    GroupedTotalsAccumulator<County> accumulator = new GroupedTotalsAccumulator<>(Project::county, GroupOrder.COUNTY);
    for (Project project : projects) {
      accumulator.add(project);
    }
    return accumulator;
  }
}
