package dev.pingyi.examples;

import dev.pingyi.aggregate.InvestmentSum;
import dev.pingyi.aggregate.ScheduleProgress;
import dev.pingyi.aggregate.InvestmentTotals;
import dev.pingyi.io.ReadResult;
import dev.pingyi.io.SkippedRow;
import dev.pingyi.model.ChineseNumerals;
import dev.pingyi.model.County;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Percent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.YuanUnit;
import dev.pingyi.ranking.Breakdown;
import dev.pingyi.ranking.CompositeRule;
import dev.pingyi.ranking.PublishedRanking;
import dev.pingyi.ranking.RankChange;
import dev.pingyi.ranking.RankedEntry;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.WeightInterval;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Prints the results as the office reads them on a console, in Chinese. */
final class ConsoleReport {

  /** How many places' breakdowns are printed. */
  static final int BREAKDOWN_PLACES = 3;

  private ConsoleReport() {}

  static void print(Results results, PrintStream out) {
    out.println(results.data().city().name() + results.data().title());
    out.println("来源：" + results.data().source());
    printPublished(results, out);
    printScoring(results, out);
    printInvestment(results, out);
    printFigures(results.figures(), out);
  }

  private static void printPublished(Results results, PrintStream out) {
    out.println();
    out.println("公布排名（报道原文）");
    for (Ranking ranking : results.published()) {
      out.println(groupTitle(ranking.group()));
      out.println("  " + PublishedRanking.format(ranking));
    }
  }

  private static void printScoring(Results results, PrintStream out) {
    out.println();
    out.println("示例评分（" + Results.ILLUSTRATIVE + "）");
    out.println("  " + schemeLine(results.scored()));
    out.println("  " + sheetsLine(results.data().sheets()));
    out.println("  " + PublishedRanking.format(results.scored()));
    out.println("  " + comparison(results.publishedScoredGroup(), results.scored()));
    out.println("  前" + ChineseNumerals.format(BREAKDOWN_PLACES) + "名得分构成：");
    CompositeRule rule = results.scored().scheme().orElseThrow().composite();
    results.scored().entries().stream()
        .limit(BREAKDOWN_PLACES)
        .forEach(entry -> out.println("    " + breakdown(entry, rule)));
    out.println("  " + intervalLine(results.stableInterval()));

    out.println();
    out.println("示例评分·并列（" + Results.ILLUSTRATIVE + "）");
    out.println("  " + sheetsLine(results.data().tieSheets()));
    out.println("  " + PublishedRanking.format(results.tied()));
    out.println("  " + comparison(results.publishedScoredGroup(), results.tied()));
  }

  private static void printInvestment(Results results, PrintStream out) {
    out.println();
    out.println("报道所列重点项目投资（按县，亿元；" + ReportData.LEDGER + "，"
        + results.data().ledger().values().size() + "个项目）");
    for (Map.Entry<County, InvestmentTotals> county : results.investmentByCounty().groups().entrySet()) {
      out.println("  " + investmentLine(county.getKey().shortName(), county.getValue()));
    }
    out.println("  " + investmentLine("合计", results.investmentByCounty().overall()));
  }

  private static void printFigures(KeyFigures f, PrintStream out) {
    out.println();
    out.println("重点指标（由报道数字重新计算）");
    out.println("  " + KeyFigures.LINQING + "：重点项目" + f.keyProjects() + "个，上半年开工" + f.started() + "个，"
        + "开工率" + f.startRate() + printed(f.startRate(), f.printedStartRate()));
    ScheduleProgress progress = f.provincialProgress();
    out.println("  " + KeyFigures.LINQING + "：省级重点项目完成投资占年度计划的" + progress.completion()
        + "，时间进度" + progress.schedule() + "，" + progress.toChinese()
        + (progress.toChinese().equals(f.printedProgress()) ? "（与报道一致）" : "（报道：" + f.printedProgress() + "）"));
    String spending = f.spending().toString(YuanUnit.YI);
    String livelihood = f.livelihood().toString(YuanUnit.YI);
    out.println("  " + KeyFigures.RESORT + "：一般公共预算支出" + spending + "，民生支出" + livelihood
        + "，占比" + f.livelihoodShare() + printed(f.livelihoodShare(), f.printedShare()));
    if (!KeyFigures.asPrinted(f.livelihoodShare(), f.printedShare())) {
      out.println("  注：报道印为" + f.printedShare() + "；由报道的" + livelihood + " ÷ " + spending + "算得"
          + f.livelihoodShare() + "，" + f.printedShare() + "只能来自未经四舍五入的数据");
    }
  }

  /** 市政府工作部门 · 经济部门（14个单位）. */
  static String groupTitle(EvaluationGroup group) {
    return group.parent().map(p -> p.name() + " · ").orElse("") + group.name()
        + "（" + group.members().size() + "个单位）";
  }

  /** The scheme's name and weights: 基础评议分×70% + 现场评议分×30%. */
  static String schemeLine(Ranking ranking) {
    return ranking.scheme().map(s -> "方案：" + s.name() + "，综合得分 = " + s.composite().weights().entrySet().stream()
        .map(w -> w.getKey().name() + "×" + percent(w.getValue()))
        .collect(Collectors.joining(" + "))).orElse("按公布名次");
  }

  /** What the sheet reader read, and the file's title row, which labels the scores illustrative. */
  static String sheetsLine(ReadResult<ScoreSheet> sheets) {
    return "读入" + sheets.source() + "：" + sheets.values().size() + "张评议表，字符集"
        + sheets.charset().map(Object::toString).orElse("—") + "（自动识别），标题行："
        + sheets.skippedRows().stream().map(SkippedRow::text).collect(Collectors.joining("；"));
  }

  /** How the ranking differs from the published order: 与公布名次一致, or each unit that moved. */
  static String comparison(Ranking published, Ranking ranking) {
    List<String> moved = RankChange.between(published, ranking).stream()
        .filter(c -> c.direction() != RankChange.Direction.UNCHANGED)
        .map(c -> c.unitName() + c.toChinese())
        .toList();
    return moved.isEmpty() ? "与公布名次一致" : "与公布名次相比：" + String.join("，", moved);
  }

  /** 第一名 茌平区政府 94.54 = 基础评议分95.2×70%（66.64）+ 现场评议分93×30%（27.9）. */
  static String breakdown(RankedEntry entry, CompositeRule rule) {
    Breakdown b = entry.breakdown().orElseThrow();
    ScoreSheet sheet = entry.sheet().orElseThrow();
    String parts = b.weightedScores().entrySet().stream()
        .map(w -> w.getKey().name() + plain(sheet.score(w.getKey()).orElseThrow().toBigDecimal()) + "×"
            + percent(Objects.requireNonNull(rule.weights().get(w.getKey()), "weight")) + "（" + plain(w.getValue()) + "）")
        .collect(Collectors.joining(" + "));
    return place(entry) + " " + entry.unit().name() + " " + plain(entry.publishedScore().orElseThrow()) + " = " + parts
        + (b.bonus().signum() > 0 ? " + 加分" + plain(b.bonus()) : "")
        + (b.deduction().signum() > 0 ? " − 减分" + plain(b.deduction()) : "");
  }

  /** 基础评议分权重在25/41（61.0%）至11/14（78.6%）之间时名次不变. */
  static String intervalLine(WeightInterval interval) {
    return "基础评议分权重在" + interval.lower() + "（" + Percent.of(interval.lower()) + "）至" + interval.upper()
        + "（" + Percent.of(interval.upper()) + "）之间时，以上名次不变（现行70%）";
  }

  /** 冠县  项目3个  总投资13.8亿元（2个项目未报）  年度计划投资未报（3个项目未报）. */
  static String investmentLine(String name, InvestmentTotals totals) {
    return name + "  项目" + totals.count() + "个  总投资" + amount(totals.totalInvestment())
        + "  年度计划投资" + amount(totals.annualPlannedInvestment());
  }

  /** An amount in 亿元 with the number of projects that did not report it: unknown, not zero. */
  static String amount(InvestmentSum sum) {
    String amount = sum.reportedCount() == 0 ? "未报" : sum.amount().toString(YuanUnit.YI);
    return amount + (sum.absentCount() > 0 && sum.reportedCount() > 0 ? "（" + sum.absentCount() + "个项目未报）" : "");
  }

  /** 第一名, or 并列第二名 for a shared place. */
  static String place(RankedEntry entry) {
    return (entry.isTied() ? "并列" : "") + "第" + ChineseNumerals.format(entry.competitionRank()) + "名";
  }

  private static String printed(Percent computed, Percent printed) {
    return KeyFigures.asPrinted(computed, printed) ? "（与报道一致）" : "（报道印为" + printed + "）";
  }

  /** A weight as a percentage: 0.7 is 70%. */
  static String percent(BigDecimal weight) {
    return plain(weight.movePointRight(2)) + "%";
  }

  /** A decimal without trailing zeros: 66.640000 is 66.64. */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
