package dev.pingyi.examples;

import dev.pingyi.aggregate.Figures;
import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.model.Percent;
import dev.pingyi.aggregate.ScheduleProgress;
import dev.pingyi.model.County;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Project;
import dev.pingyi.ranking.PublishedRanking;
import dev.pingyi.ranking.RankChange;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.Rankings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the county-level units, the evaluation groups, the key projects and the key figures of
 * the 2022 H1 Liaocheng report, built from {@link Liaocheng2022H1} through Pingyi's public API:
 * each group's ranking as the report publishes it ({@link PublishedRanking#format}), and, on a
 * supposed tie, how 并列 is published and the rank changes it makes ({@link RankChange#toChinese}).
 *
 * <p>Run with {@code mvn -q -pl examples -am compile exec:java}.
 */
public final class LiaochengReport {

  private LiaochengReport() {}

  /** Prints the report to standard output in UTF-8. */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints the report to the given stream. */
  static void print(PrintStream out) {
    out.println(Liaocheng2022H1.LIAOCHENG.name() + " " + Liaocheng2022H1.PERIOD.toChinese()
        + "政府系统综合评议");
    out.println();
    out.println("县级单位（" + Liaocheng2022H1.COUNTIES.size() + "个）");
    for (County county : Liaocheng2022H1.COUNTIES) {
      out.printf("  %s  %s  %s%n",
          county.divisionCode().map(DivisionCode::code).orElse("------"),
          county.kind().chineseName(),
          county.name().equals(county.shortName())
              ? county.name() : county.name() + "（" + county.shortName() + "）");
    }
    for (EvaluationGroup group : Liaocheng2022H1.RANKED_GROUPS) {
      out.println();
      out.println(group.parent().map(p -> p.name() + " · ").orElse("") + group.name()
          + "（" + group.members().size() + "个单位）");
      out.println("  " + PublishedRanking.format(Rankings.fromPublishedOrder(group)));
    }
    printSharedPlace(out);
    out.println();
    out.println("重点项目");
    for (Project project : Liaocheng2022H1.PROJECTS) {
      out.printf("  %s  %s  %s%s%n",
          project.county().shortName(),
          project.status().chineseName(),
          project.name(),
          project.totalInvestment().map(t -> "  总投资" + t.toReportString()).orElse(""));
    }
    printFigures(out);
  }

  private static void printFigures(PrintStream out) {
    out.println();
    out.println("重点指标");
    Percent startRate = Figures.startRate(
        Liaocheng2022H1.LINQING_KEY_PROJECTS_STARTED, Liaocheng2022H1.LINQING_KEY_PROJECTS).orElseThrow();
    out.printf("  临清市：重点项目%d个，总投资%s；上半年开工%d个，开工率%s%n",
        Liaocheng2022H1.LINQING_KEY_PROJECTS,
        Liaocheng2022H1.LINQING_KEY_PROJECTS_INVESTMENT.toReportString(),
        Liaocheng2022H1.LINQING_KEY_PROJECTS_STARTED,
        startRate);
    ScheduleProgress progress = Figures.scheduleProgress(
        Liaocheng2022H1.LINQING_PROVINCIAL_PLAN_COMPLETION, Liaocheng2022H1.PERIOD);
    out.printf("  临清市：省级重点项目完成投资占年度计划的%s，%s%n",
        progress.completion(), progress.toChinese());
    out.printf("  临清市：一般公共预算收入%s，同比%s%n",
        Liaocheng2022H1.LINQING_BUDGET_REVENUE.toReportString(),
        Liaocheng2022H1.LINQING_BUDGET_REVENUE_GROWTH.toChinese());
    Percent share = Figures.share(
        Liaocheng2022H1.RESORT_LIVELIHOOD_SPENDING, Liaocheng2022H1.RESORT_BUDGET_SPENDING).orElseThrow();
    out.printf("  度假区：一般公共预算支出%s，民生支出%s，占比%s（报道印为%s，由未经四舍五入的数据算得）%n",
        Liaocheng2022H1.RESORT_BUDGET_SPENDING.toReportString(),
        Liaocheng2022H1.RESORT_LIVELIHOOD_SPENDING.toReportString(),
        share,
        Liaocheng2022H1.RESORT_LIVELIHOOD_SHARE_PRINTED);

    out.println();
    out.println("报道所列重点项目投资（按县）");
    GroupedTotals<County> byCounty =
        Liaocheng2022H1.PROJECTS.stream().collect(GroupedTotals.toTotalsByCounty());
    byCounty.groups().forEach((county, totals) -> out.printf("  %s  项目%d个  已报总投资%s（%d个项目未报）%n",
        county.shortName(),
        totals.count(),
        totals.totalInvestment().amount().toReportString(),
        totals.totalInvestment().absentCount()));
  }

  /**
   * How a shared place (并列) would be published, and the rank changes it makes, on a supposed
   * result: the report publishes no tie, so this is labelled as an illustration, not a fact.
   */
  private static void printSharedPlace(PrintStream out) {
    List<List<String>> places = new ArrayList<>();
    for (EvaluatedUnit unit : Liaocheng2022H1.COUNTY_LEVEL.members()) {
      places.add(new ArrayList<>(List.of(unit.name())));
    }
    places.get(1).addAll(places.remove(2));
    Ranking published = Rankings.fromPublishedOrder(Liaocheng2022H1.COUNTY_LEVEL);
    Ranking supposed = Rankings.fromPublishedPlaces(Liaocheng2022H1.COUNTY_LEVEL, places);
    out.println();
    out.println("示例（假设，非报道结果）：若冠县政府与开发区管委会并列第二名");
    out.println("  " + PublishedRanking.format(supposed));
    for (RankChange change : RankChange.between(published, supposed)) {
      if (change.direction() != RankChange.Direction.UNCHANGED) {
        out.println("  " + change.unitName() + " " + change.toChinese());
      }
    }
  }
}
