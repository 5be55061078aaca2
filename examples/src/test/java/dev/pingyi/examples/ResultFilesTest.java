package dev.pingyi.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.io.JsonRuleException;
import dev.pingyi.io.PingyiJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What {@code results.json} and {@code results.xlsx} hold, read back through the libraries. */
class ResultFilesTest {

  @TempDir static Path dir;
  static Results results;

  @BeforeAll
  static void runTheProgram() throws IOException {
    results = LiaochengReport.run(dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void resultsJsonReadsBackThroughPingyiWhichRanksEveryRankingAgain() throws IOException {
    ResultsDocument read = PingyiJson.mapper().readValue(dir.resolve("results.json").toFile(), ResultsDocument.class);

    assertThat(read).isEqualTo(ResultsDocument.of(results));
    assertThat(read.illustrative()).contains("示例数据");
    assertThat(read.illustrativeRanking().scheme()).isPresent();
    assertThat(read.illustrativeRanking().entries()).allMatch(e -> e.sheet().isPresent());
    assertThat(read.publishedRankings()).hasSize(5);
    assertThat(read.figures().startRate().toString()).isEqualTo("95.3%");
    assertThat(read.figures().livelihoodShare().toString()).isEqualTo("81.1%");
    assertThat(read.figures().printedLivelihoodShare().toString()).isEqualTo("81.2%");
  }

  @Test
  void aRankStatedInResultsJsonThatTheSheetsDoNotGiveIsRejectedOnRead() throws IOException {
    JsonMapper json = PingyiJson.mapper();
    ObjectNode document = (ObjectNode) json.readTree(dir.resolve("results.json").toFile());
    ObjectNode first = (ObjectNode) document.get("illustrativeRanking").get("entries").get(0);
    first.put("rank", "2");

    assertThatThrownBy(() -> json.treeToValue(document, ResultsDocument.class))
        .isInstanceOf(JsonRuleException.class)
        .hasMessageContaining("entries[0].rank");
  }

  @Test
  void resultsXlsxHasASheetForEachRankingTheLedgerAndTheTotals() throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(dir.resolve("results.xlsx").toFile())) {
      assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly(
          "公布-各县（市、区）政府、市属开发区管委会", "公布-经济部门", "公布-社会管理和执法监督部门", "公布-政务和社会事业部门",
          "公布-市直部分事业单位", "示例评分（示例数据）", "示例评分·并列（示例数据）", "重点项目", "分县投资");

      List<Row> published = sheet(workbook, "公布-各县（市、区）政府、市属开发区管委会");
      assertThat(published).hasSize(12);
      assertThat(cells(published.get(1), 0, 2, 3)).containsExactly("1", "茌平区政府", "按公布名次");
      assertThat(cells(published.get(11), 0, 2)).containsExactly("11", "阳谷县政府");

      List<Row> scored = sheet(workbook, "示例评分（示例数据）");
      assertThat(cells(scored.get(0), 0, 2, 4, 6, 7, 8, 9))
          .containsExactly("位次", "单位", "公布得分", "基础评议分", "基础评议分×70%", "现场评议分", "现场评议分×30%");
      assertThat(cells(scored.get(1), 0, 2, 4, 6, 7, 8, 9))
          .containsExactly("1", "茌平区政府", "94.54", "95.2", "66.64", "93", "27.9");
      assertThat(scored.get(1).getCell(4).asNumber()).isEqualByComparingTo("94.54");

      List<Row> tied = sheet(workbook, "示例评分·并列（示例数据）");
      assertThat(cells(tied.get(2), 0, 1, 2)).containsExactly("2", "并列", "冠县政府");
      assertThat(cells(tied.get(3), 0, 1, 2)).containsExactly("2", "并列", "开发区管委会");
      assertThat(cells(tied.get(4), 0, 1, 2)).containsExactly("4", "", "高新区管委会");

      List<Row> totals = sheet(workbook, "分县投资");
      assertThat(cells(totals.get(0), 0, 1, 4, 5)).containsExactly("县（市、区）", "项目数", "总投资（亿元）", "年度计划投资（亿元）");
      assertThat(cells(totals.get(1), 0, 1, 4)).containsExactly("冠县", "3", "13.8");
      assertThat(cells(totals.get(4), 0, 1, 4, 5)).containsExactly("合计", "9", "21.8", "3.7");

      assertThat(sheet(workbook, "重点项目")).hasSize(10);
    }
  }

  private static List<Row> sheet(ReadableWorkbook workbook, String name) throws IOException {
    Optional<Sheet> sheet = workbook.findSheet(name);
    assertThat(sheet).as("sheet %s", name).isPresent();
    return sheet.orElseThrow().read();
  }

  private static List<String> cells(Row row, int... columns) {
    return java.util.Arrays.stream(columns).mapToObj(c -> row.getCellText(c)).toList();
  }

  @Test
  void everyFileLabelsTheIllustrativeScores() throws IOException {
    assertThat(Files.readString(dir.resolve("results.json"))).contains(Results.ILLUSTRATIVE);
    assertThat(Files.readString(dir.resolve("report.html"))).contains(Results.ILLUSTRATIVE);
  }
}
