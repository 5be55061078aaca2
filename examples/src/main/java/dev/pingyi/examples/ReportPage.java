package dev.pingyi.examples;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.pingyi.aggregate.InvestmentTotals;
import dev.pingyi.model.Capacity;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Project;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import dev.pingyi.ranking.CompositeRule;
import dev.pingyi.ranking.RankedEntry;
import dev.pingyi.ranking.Ranking;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The page {@code report.html}: one self-contained file (no script, no font or image to fetch)
 * rendered from the template {@code report.html.mustache} by mustache.java, which escapes every
 * value. The records below are what the template sees, as text ready to print.
 *
 * @param title the page's title
 * @param source where the facts come from
 * @param illustrative the label on every illustrative score
 * @param published the published rankings as tables
 * @param scheme the scheme of the illustrative run
 * @param scored the illustrative ranking as a table
 * @param comparison how it compares with the published order
 * @param breakdowns how the first places' composites are made up
 * @param interval the base-score weights that keep its order
 * @param tied the illustrative ranking with one tie as a table
 * @param tiedComparison how it compares with the published order
 * @param chart the bar chart of investment by county
 * @param investment the totals by county as rows
 * @param projects the ledger's projects as rows
 * @param figures the recomputed figures as rows
 * @param reported the figures the report states
 * @param clusters the industry clusters the report names
 */
record ReportPage(
    String title,
    String source,
    String illustrative,
    List<RankingTable> published,
    String scheme,
    RankingTable scored,
    String comparison,
    List<String> breakdowns,
    String interval,
    RankingTable tied,
    String tiedComparison,
    BarChart chart,
    List<InvestmentRow> investment,
    List<ProjectRow> projects,
    List<FigureRow> figures,
    List<ReportedFigures.Row> reported,
    List<ClusterRow> clusters) {

  /** The template, on the class path beside this class. */
  static final String TEMPLATE = "dev/pingyi/examples/report.html.mustache";

  /**
   * A ranking as a table.
   *
   * @param groupId the group's id
   * @param caption the group's name and size
   * @param scored whether the rows have scores
   * @param rows the places
   */
  record RankingTable(String groupId, String caption, boolean scored, List<PlaceRow> rows) {}

  /**
   * One place; the scores are empty for a published order.
   *
   * @param place 第一名, 并列第二名
   * @param unit the unit's name
   * @param base the base evaluation score
   * @param onSite the on-site evaluation score
   * @param composite the composite as published
   */
  record PlaceRow(String place, String unit, String base, String onSite, String composite) {}

  /**
   * A county's totals.
   *
   * @param county the county's short name
   * @param count the number of projects
   * @param total the total investment, with the number of projects that did not report it
   * @param planned the investment planned for the year, likewise
   */
  record InvestmentRow(String county, long count, String total, String planned) {}

  /**
   * A project of the ledger.
   *
   * @param name its name
   * @param county its county's short name
   * @param category its category
   * @param status its status
   * @param total its total investment, or empty
   * @param planned its investment planned for the year, or empty
   */
  record ProjectRow(String name, String county, String category, String status, String total, String planned) {}

  /**
   * A recomputed figure.
   *
   * @param county the county-level unit
   * @param name the figure
   * @param inputs what it is computed from
   * @param computed the value computed
   * @param printed the value the report prints
   * @param note whether they agree, and why not
   */
  record FigureRow(String county, String name, String inputs, String computed, String printed, String note) {}

  /**
   * An industry cluster.
   *
   * @param name its name
   * @param county its county
   * @param level its level
   * @param year the year it was recognised
   * @param capacities its capacities
   */
  record ClusterRow(String name, String county, String level, String year, String capacities) {}

  static ReportPage of(Results results) {
    ReportData data = results.data();
    KeyFigures f = results.figures();
    CompositeRule rule = results.scored().scheme().orElseThrow().composite();
    Map.Entry<String, InvestmentTotals> overall = Map.entry("合计", results.investmentByCounty().overall());
    return new ReportPage(
        data.city().name() + data.title(),
        data.source(),
        Results.ILLUSTRATIVE,
        results.published().stream().map(ReportPage::table).toList(),
        ConsoleReport.schemeLine(results.scored()),
        table(results.scored()),
        ConsoleReport.comparison(results.publishedScoredGroup(), results.scored()),
        results.scored().entries().stream().limit(ConsoleReport.BREAKDOWN_PLACES)
            .map(e -> ConsoleReport.breakdown(e, rule)).toList(),
        ConsoleReport.intervalLine(results.stableInterval()),
        table(results.tied()),
        ConsoleReport.comparison(results.publishedScoredGroup(), results.tied()),
        BarChart.of(results.investmentByCounty()),
        Stream.concat(
                results.investmentByCounty().groups().entrySet().stream()
                    .map(e -> Map.entry(e.getKey().shortName(), e.getValue())),
                Stream.of(overall))
            .map(e -> new InvestmentRow(e.getKey(), e.getValue().count(),
                ConsoleReport.amount(e.getValue().totalInvestment()),
                ConsoleReport.amount(e.getValue().annualPlannedInvestment())))
            .toList(),
        data.ledger().values().stream().map(ReportPage::project).toList(),
        List.of(
            new FigureRow(KeyFigures.LINQING, "开工率", "上半年开工" + f.started() + "个 ÷ 重点项目" + f.keyProjects() + "个",
                f.startRate().toString(), f.printedStartRate().toString(), agreement(f.startRate().toString(),
                    f.printedStartRate().toString())),
            new FigureRow(KeyFigures.LINQING, "省级重点项目进度",
                "完成投资占年度计划" + f.provincialProgress().completion() + " − 时间进度" + f.provincialProgress().schedule(),
                f.provincialProgress().toChinese(), f.printedProgress(),
                agreement(f.provincialProgress().toChinese(), f.printedProgress())),
            new FigureRow(KeyFigures.RESORT, "民生支出占比",
                "民生支出" + f.livelihood().toString(YuanUnit.YI) + " ÷ 一般公共预算支出" + f.spending().toString(YuanUnit.YI),
                f.livelihoodShare().toString(), f.printedShare().toString(),
                KeyFigures.asPrinted(f.livelihoodShare(), f.printedShare()) ? "一致"
                    : "报道印为" + f.printedShare() + "，只能来自未经四舍五入的数据；由报道的数字算得" + f.livelihoodShare())),
        data.figures().rows(),
        data.clusters().stream().map(ReportPage::cluster).toList());
  }

  /** The page's HTML. */
  String render() {
    Mustache template = new DefaultMustacheFactory().compile(TEMPLATE);
    StringWriter html = new StringWriter();
    try (Writer out = template.execute(html, this)) {
      out.flush();
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    return html.toString();
  }

  private static String agreement(String computed, String printed) {
    return computed.equals(printed) ? "一致" : "不一致";
  }

  private static RankingTable table(Ranking ranking) {
    boolean scored = ranking.scheme().isPresent();
    return new RankingTable(ranking.group().id(), ConsoleReport.groupTitle(ranking.group()), scored,
        ranking.entries().stream().map(e -> new PlaceRow(ConsoleReport.place(e), e.unit().name(),
            score(e, ScoreComponent.BASE_EVALUATION), score(e, ScoreComponent.ON_SITE_EVALUATION),
            e.publishedScore().map(ConsoleReport::plain).orElse(""))).toList());
  }

  private static String score(RankedEntry entry, ScoreComponent component) {
    return entry.sheet().flatMap((ScoreSheet s) -> s.score(component))
        .map(s -> ConsoleReport.plain(s.toBigDecimal())).orElse("");
  }

  private static ProjectRow project(Project p) {
    return new ProjectRow(p.name(), p.county().shortName(), p.category().chineseName(), p.status().chineseName(),
        yi(p.totalInvestment()), yi(p.annualPlannedInvestment()));
  }

  private static String yi(Optional<Yuan> amount) {
    return amount.map(a -> a.toString(YuanUnit.YI)).orElse("");
  }

  private static ClusterRow cluster(IndustryCluster c) {
    return new ClusterRow(c.name(), c.county().shortName(), c.level().chineseName(),
        c.yearRecognised().isPresent() ? String.valueOf(c.yearRecognised().getAsInt()) : "",
        c.capacities().stream().map(Capacity::toString).collect(Collectors.joining("；")));
  }
}
