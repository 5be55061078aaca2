package dev.pingyi.io;

import static dev.pingyi.io.TableFixtures.PROJECTS;
import static dev.pingyi.io.TableFixtures.SHEETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.YuanUnit;
import dev.pingyi.ranking.CompositeRule;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.RankingRule;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** What the tables hold, and how CSV and .xlsx write it. */
class TableWriterTest {

  private static String csv(TableWriter table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.writeCsv(out);
    byte[] bytes = out.toByteArray();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  private static List<Row> xlsx(TableWriter table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.writeXlsx(out);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()), new ReadingOptions(true, false))) {
      assertThat(workbook.getFirstSheet().getName()).isEqualTo(table.sheetName());
      return workbook.getFirstSheet().read();
    }
  }

  @Test
  void csvIsUtf8WithAByteOrderMarkAndCrlfLineEnds() throws IOException {
    String text = csv(TableWriter.projects(PROJECTS));

    assertThat(text).startsWith("项目编号,项目名称,所属县区,项目级别,项目类别,开工状态,计划年度,总投资（万元）,年度计划投资（万元）,已完成投资（万元）\r\n")
        .contains("\r\nGX-01,山东乐宝宠物食品有限公司高端宠物食品项目,冠县,省级,产业项目,在建,2022,138000,12500,6000.5\r\n")
        .contains("\r\nZONE-01,融媒体创业产业园,开发区,省级,产业项目,在建,2022,80000,20000,0.000001\r\n")
        .doesNotContain("\n\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void aTextThatWouldStartAFormulaIsNeutralisedButANumberStaysANumber() throws IOException {
    ScoreComponent signed = ScoreComponent.of("调整分", Score.of(-10), Score.of(10));
    EvaluatedUnit formula = EvaluatedUnit.department("=HYPERLINK(\"http://x\")");
    EvaluationGroup group = EvaluationGroup.builder().id("g").name("组").category("市政府部门")
        .period(TableFixtures.H1).addMembers(formula).build();
    ScoreSheet sheet = ScoreSheet.builder().unit(formula).period(TableFixtures.H1)
        .putScores(signed, Score.of(-5)).vetoReason("-违规").build();

    String text = csv(TableWriter.scoreSheets(List.of(sheet)));
    List<Row> rows = xlsx(TableWriter.scoreSheets(List.of(sheet)));

    assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\",-5,").contains(",是,'-违规\r\n");
    assertThat(rows.get(1).getCell(0).getRawValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
    assertThat(rows.get(1).getCell(1).asNumber()).isEqualByComparingTo("-5");
    assertThat(ScoreSheetTableReader.builder(List.of(group)).component(signed).build()
        .readCsv(new ByteArrayInputStream(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)), "s.csv").values())
        .containsExactly(sheet);
  }

  @Test
  void xlsxHoldsNumbersAsNumericCellsWithANumberFormatAndTextAsText() throws IOException {
    List<Row> rows = xlsx(TableWriter.projects(PROJECTS));

    Row first = rows.get(1);
    assertThat(first.getCell(1).getType()).isEqualTo(CellType.STRING);
    assertThat(first.getCell(6).getType()).isEqualTo(CellType.NUMBER);
    assertThat(first.getCell(7).getType()).isEqualTo(CellType.NUMBER);
    assertThat(first.getCell(7).asNumber()).isEqualByComparingTo("138000");
    assertThat(first.getCell(7).getDataFormatString()).isEqualTo("#,##0.00");
    assertThat(first.getCell(9).getRawValue()).isEqualTo("6000.5");
    assertThat(rows.get(2).getOptionalCell(8)).isEmpty();
  }

  @Test
  void anAmountExcelCannotHoldExactlyIsWrittenAsTextAndReadsBack() throws IOException {
    var big = PROJECTS.get(0).withTotalInvestment(dev.pingyi.model.Yuan.parse("12345678901234.56元"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWriter.projects(List.of(big)).writeXlsx(out);

    List<Row> rows = xlsx(TableWriter.projects(List.of(big)));

    assertThat(rows.get(1).getCell(7).getType()).isEqualTo(CellType.STRING);
    assertThat(rows.get(1).getCell(7).getRawValue()).isEqualTo("1234567890.123456");
    assertThat(TableFixtures.projectReader().build()
        .readXlsx(new ByteArrayInputStream(out.toByteArray()), "big.xlsx").values()).containsExactly(big);
  }

  @Test
  void aRankingTableHasPlacesTiesUnitsCompositesAndTheBreakdown() throws IOException {
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, TableFixtures.COUNTY_LEVEL, SHEETS);

    String text = csv(TableWriter.ranking(ranking));

    assertThat(text.split("\r\n")).containsExactly(
        "位次,并列,单位,状态,公布得分,综合得分,基础评议分,基础评议分×70%,现场评议分,现场评议分×30%,加分,减分,一票否决",
        "1,,冠县政府,,94.88,94.875,93,65.1,94.25,28.275,1.5,0,",
        "2,,茌平区政府,,94.45,94.45,95.5,66.85,92,27.6,0,0,",
        "3,,开发区管委会,,93.38,93.375,93,65.1,94.25,28.275,0,0,",
        "4,,临清市政府,,87.49,87.48638,90.1234,63.08638,88,26.4,0,2,",
        "5,,度假区管委会,一票否决,99,99,99,69.3,99,29.7,0,0,重大安全事故");
  }

  @Test
  void tiedUnitsAreMarkedAndShareTheirPlace() throws IOException {
    ScoringScheme baseOnly = ScoringScheme.of("base", CompositeRule.builder()
        .weight(ScoreComponent.BASE_EVALUATION, "1").build(), RankingRule.defaults());
    List<ScoreSheet> sheets = SHEETS.subList(0, 3).stream()
        .map(s -> s.withBonuses(List.of()).withScores(java.util.Map.of(ScoreComponent.BASE_EVALUATION, Score.of(90))))
        .collect(Collectors.toList());
    EvaluationGroup three = TableFixtures.COUNTY_LEVEL.withMembers(
        TableFixtures.CHIPING_GOVERNMENT, TableFixtures.GUANXIAN_GOVERNMENT, TableFixtures.ZONE_COMMITTEE);

    String text = csv(TableWriter.ranking(Rankings.rank(baseOnly, three, sheets)));

    assertThat(Arrays.stream(text.split("\r\n")).skip(1).map(line -> line.substring(0, line.indexOf(",", 2))))
        .containsExactly("1,并列", "1,并列", "1,并列");
  }

  @Test
  void aPublishedOrderHasPlacesOnly() throws IOException {
    String text = csv(TableWriter.ranking(Rankings.fromPublishedOrder(TableFixtures.COUNTY_LEVEL)));

    assertThat(text.split("\r\n")).hasSize(6).contains("1,,茌平区政府,按公布名次,,,,,");
  }

  @Test
  void totalsByCountyPrintTheReportsFiguresWithATotalRow() throws IOException {
    GroupedTotals<dev.pingyi.model.County> totals = PROJECTS.stream().collect(GroupedTotals.toTotalsByCounty());

    String text = csv(TableWriter.totalsByCounty(totals, YuanUnit.YI));
    List<Row> rows = xlsx(TableWriter.totalsByCounty(totals, YuanUnit.YI));

    assertThat(text.split("\r\n")).containsExactly(
        "县（市、区）,项目数,已开工,开工率,总投资（亿元）,年度计划投资（亿元）,已完成投资（亿元）,计划完成率,年度计划投资未填报项目数,已完成投资未填报项目数",
        "冠县,1,1,100.0%,13.8,1.25,0.60005,48.0%,0,0",
        "临清市,1,1,100.0%,3.7,0,0,,1,1",
        "开发区,1,1,100.0%,8,2,0.0000000001,0.0%,0,0",
        "合计,3,3,100.0%,25.5,3.25,0.6000500001,18.5%,1,1");
    Cell rate = rows.get(1).getCell(7);
    assertThat(rate.getType()).isEqualTo(CellType.NUMBER);
    assertThat(rate.asNumber()).isEqualByComparingTo("0.48");
    assertThat(rate.getDataFormatString()).isEqualTo("0.0%");
  }

  @Test
  void totalsForAPeriodSayHowFarAheadOfTheTimeScheduleEachCountyIs() throws IOException {
    GroupedTotals<dev.pingyi.model.County> totals = PROJECTS.stream().collect(GroupedTotals.toTotalsByCounty());

    String text = csv(TableWriter.totalsByCounty(totals, YuanUnit.YI, dev.pingyi.model.ReportPeriod.parse("2022H1")));

    assertThat(text.split("\r\n")).extracting(line -> line.split(",", -1)[8])
        .containsExactly("快于时间进度（百分点）", "-2.0", "", "-50.0", "-31.5");
  }

  @Test
  void theStreamIsFlushedNotClosed() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    TableWriter.projects(PROJECTS).writeCsv(out);
    TableWriter.projects(PROJECTS).writeXlsx(out);

    assertThat(closed[0]).isFalse();
    assertThat(out.size()).isGreaterThan(0);
  }

  @Test
  void severalTablesAreTheSheetsOfOneWorkbookInTheOrderGiven() throws IOException {
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, TableFixtures.COUNTY_LEVEL, SHEETS);
    GroupedTotals<dev.pingyi.model.County> totals = PROJECTS.stream().collect(GroupedTotals.toTotalsByCounty());
    List<TableWriter> tables = List.of(
        TableWriter.ranking(ranking),
        TableWriter.projects(PROJECTS),
        TableWriter.totalsByCounty(totals, YuanUnit.YI).withSheetName("分县投资"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    TableWriter.writeXlsx(tables, out);

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()), new ReadingOptions(true, false))) {
      assertThat(workbook.getSheets().map(s -> s.getName())).containsExactly("排名", "项目", "分县投资");
      for (int i = 0; i < tables.size(); i++) {
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        tables.get(i).writeXlsx(single);
        try (ReadableWorkbook alone =
            new ReadableWorkbook(new ByteArrayInputStream(single.toByteArray()), new ReadingOptions(true, false))) {
          assertThat(cells(workbook.getSheet(i).orElseThrow().read()))
              .as("sheet %s as written alone", tables.get(i).sheetName())
              .isEqualTo(cells(alone.getFirstSheet().read()));
        }
      }
    }
    assertThat(TableFixtures.projectReader().sheet("项目").build()
        .readXlsx(new ByteArrayInputStream(out.toByteArray()), "workbook.xlsx").values()).isEqualTo(PROJECTS);
  }

  private static List<List<String>> cells(List<Row> rows) {
    return rows.stream()
        .map(row -> row.stream().map(c -> c == null ? "" : c.getRawValue() + "|" + c.getDataFormatString())
            .collect(Collectors.toList()))
        .collect(Collectors.toList());
  }

  @Test
  void aWorkbookNeedsATableAndSheetNamesThatDifferIgnoringCase() {
    TableWriter projects = TableWriter.projects(PROJECTS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> TableWriter.writeXlsx(List.of(), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one table");
    assertThatThrownBy(() -> TableWriter.writeXlsx(
            List.of(projects.withSheetName("Sheet"), projects.withSheetName("SHEET")), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'SHEET'");
    assertThat(out.size()).isZero();
  }

  @Test
  void aSheetNameFollowsExcelsRules() {
    TableWriter table = TableWriter.projects(PROJECTS);

    assertThat(table.withSheetName("2022年项目").sheetName()).isEqualTo("2022年项目");
    assertThatThrownBy(() -> table.withSheetName("a/b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.withSheetName("x".repeat(32))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWorkbookIsTheSameBytesWheneverItIsWritten() throws IOException, InterruptedException {
    List<TableWriter> tables = List.of(TableWriter.projects(PROJECTS), TableWriter.scoreSheets(SHEETS));
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    TableWriter.writeXlsx(tables, first);
    Thread.sleep(20);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    TableWriter.writeXlsx(tables, second);

    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
  }

  @Test
  void aWorkbookStatesNoCreationTimeAndItsEntriesTheFirstTimeAZipCanState() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWriter.projects(PROJECTS).writeXlsx(out);

    List<String> names = new java.util.ArrayList<>();
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
        String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        if (entry.getName().equals("docProps/core.xml")) {
          assertThat(text).contains("<dc:creator>Pingyi</dc:creator>").doesNotContain("created");
        }
      }
    }
    assertThat(names).contains("docProps/core.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("项目");
    }
  }
}
