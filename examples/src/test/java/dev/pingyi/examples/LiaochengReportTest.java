package dev.pingyi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.ranking.CompositeRule;
import dev.pingyi.ranking.PublishedRanking;
import dev.pingyi.ranking.RankedEntry;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.RankingRule;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the program prints, run once on the example's data into a temporary directory. */
class LiaochengReportTest {

  /** The county-level list as the report publishes it (茌平区 for the report's OCR slip 在平区). */
  static final String COUNTY_LEVEL_PUBLISHED = "第一名:茌平区政府;第二名:冠县政府;第三名:开发区管委会;第四名:高新区管委会;"
      + "第五名:高唐县政府;第六名:莘县政府;第七名:东昌府区政府;第八名:临清市政府;第九名:度假区管委会;第十名:东阿县政府;"
      + "第十一名:阳谷县政府。";

  @TempDir static Path dir;
  static Results results;
  static List<String> lines;

  @BeforeAll
  static void runTheProgram() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    results = LiaochengReport.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static List<String> listLines() {
    return lines.stream().filter(l -> l.startsWith("  第一名:")).map(String::strip).toList();
  }

  @Test
  void printsTheFivePublishedRankingsInTheReportsOrderAndForm() {
    assertThat(lines).containsSubsequence(
        "各县（市、区）政府、市属开发区管委会（11个单位）",
        "  " + COUNTY_LEVEL_PUBLISHED,
        "市政府工作部门 · 经济部门（14个单位）",
        "市政府工作部门 · 社会管理和执法监督部门（9个单位）",
        "市政府工作部门 · 政务和社会事业部门（11个单位）",
        "市直部分事业单位（8个单位）");
    List<String> published = listLines().subList(0, 5);
    assertThat(published.get(1)).startsWith("第一名:市农业农村局;第二名:市发展改革委;").endsWith(";第十四名:市科技局。");
    assertThat(published.get(2)).startsWith("第一名:市公安局;").endsWith(";第九名:市信访局。");
    assertThat(published.get(3)).startsWith("第一名:市政府办公室;").endsWith(";第十一名:市教育体育局。");
    assertThat(published.get(4)).startsWith("第一名:市住房公积金管理中心;").endsWith(";第八名:市地震监测中心。");
    for (int i = 0; i < published.size(); i++) {
      Ranking ranking = results.published().get(i);
      assertThat(PublishedRanking.parse(ranking.group(), published.get(i))).isEqualTo(ranking);
    }
  }

  @Test
  void theIllustrativeScoresReproduceThePublishedCountyLevelOrderAndSaySoAndThatTheyAreIllustrative() {
    assertThat(listLines().get(5)).isEqualTo(COUNTY_LEVEL_PUBLISHED);
    assertThat(lines).containsSubsequence(
        "示例评分（示例数据：报道未公布分数，此处得分仅为演示）",
        "  方案：聊城市2022年上半年政府系统综合评议，综合得分 = 基础评议分×70% + 现场评议分×30%",
        "  " + COUNTY_LEVEL_PUBLISHED,
        "  与公布名次一致");
    assertThat(lines).anyMatch(l -> l.startsWith("  读入scores-illustrative.csv：11张评议表，字符集GBK（")
        && l.contains("示例数据"));
    assertThat(results.scored().entries()).allMatch(e -> e.sheet().isPresent());
  }

  @Test
  void printsTheBreakdownOfTheFirstThreePlaces() {
    assertThat(lines).containsSubsequence(
        "  前三名得分构成：",
        "    第一名 茌平区政府 94.54 = 基础评议分95.2×70%（66.64） + 现场评议分93×30%（27.9）",
        "    第二名 冠县政府 94.17 = 基础评议分93.6×70%（65.52） + 现场评议分95.5×30%（28.65）",
        "    第三名 开发区管委会 93.66 = 基础评议分94.8×70%（66.36） + 现场评议分91×30%（27.3）");
  }

  @Test
  void theBaseWeightIntervalPrintedIsWhereTheOrderStaysTheSame() {
    assertThat(lines).contains("  基础评议分权重在25/41（61.0%）至11/14（78.6%）之间时，以上名次不变（现行70%）");
    // 25/41 = 0.6098 and 11/14 = 0.7857: inside the interval the order stands, just outside it does not
    assertThat(orderAtBaseWeight("0.61")).isEqualTo(orderAtBaseWeight("0.7")).isEqualTo(orderAtBaseWeight("0.78"));
    assertThat(orderAtBaseWeight("0.60")).isNotEqualTo(orderAtBaseWeight("0.7"));
    assertThat(orderAtBaseWeight("0.79")).isNotEqualTo(orderAtBaseWeight("0.7"));
  }

  private static List<String> orderAtBaseWeight(String weight) {
    String onSite = new BigDecimal("1").subtract(new BigDecimal(weight)).toPlainString();
    ScoringScheme scheme = ScoringScheme.of("weight " + weight, CompositeRule.builder()
        .weight(ScoreComponent.BASE_EVALUATION, weight)
        .weight(ScoreComponent.ON_SITE_EVALUATION, onSite)
        .build(), RankingRule.defaults());
    Ranking ranking = Rankings.rank(scheme, results.scored().group(), results.data().sheets().values());
    return ranking.entries().stream().map(RankedEntry::unit).map(EvaluatedUnit::name).toList();
  }

  @Test
  void theTieVariantSharesOnePlaceAndSaysWhoMoved() {
    String tied = listLines().get(6);
    assertThat(tied).startsWith("第一名:茌平区政府;并列第二名:冠县政府、开发区管委会;第四名:高新区管委会;")
        .endsWith(";第十一名:阳谷县政府。");
    assertThat(tied.split("并列", -1)).hasSize(2);
    assertThat(lines).containsSubsequence(
        "示例评分·并列（示例数据：报道未公布分数，此处得分仅为演示）",
        "  " + tied,
        "  与公布名次相比：开发区管委会上升1位");
  }

  @Test
  void printsTheNamedProjectsInvestmentByCountyInYiWithTheProjectsThatGaveNone() {
    assertThat(lines).containsSubsequence(
        "报道所列重点项目投资（按县，亿元；projects.xlsx，9个项目）",
        "  冠县  项目3个  总投资13.8亿元（2个项目未报）  年度计划投资未报",
        "  临清市  项目3个  总投资8亿元（2个项目未报）  年度计划投资3.7亿元（2个项目未报）",
        "  度假区  项目3个  总投资未报  年度计划投资未报",
        "  合计  项目9个  总投资21.8亿元（7个项目未报）  年度计划投资3.7亿元（8个项目未报）");
  }

  @Test
  void recomputesTheReportsThreeFiguresAndNotesThePrintedShare() {
    assertThat(lines).containsSubsequence(
        "重点指标（由报道数字重新计算）",
        "  临清市：重点项目107个，上半年开工102个，开工率95.3%（与报道一致）",
        "  临清市：省级重点项目完成投资占年度计划的64.6%，时间进度50.0%，快于时间进度14.6个百分点（与报道一致）",
        "  度假区：一般公共预算支出4.98亿元，民生支出4.04亿元，占比81.1%（报道印为81.2%）",
        "  注：报道印为81.2%；由报道的4.04亿元 ÷ 4.98亿元算得81.1%，81.2%只能来自未经四舍五入的数据");
  }

  @Test
  void writesThePageTheJsonAndTheWorkbookAndSaysWhere() {
    assertThat(lines).endsWith(
        "  " + dir.resolve("report.html"),
        "  " + dir.resolve("results.json"),
        "  " + dir.resolve("results.xlsx"));
    assertThat(dir.resolve("report.html")).isNotEmptyFile();
    assertThat(dir.resolve("results.json")).isNotEmptyFile();
    assertThat(dir.resolve("results.xlsx")).isNotEmptyFile();
  }
}
