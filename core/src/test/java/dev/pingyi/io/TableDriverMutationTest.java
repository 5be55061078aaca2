package dev.pingyi.io;

import static dev.pingyi.io.TableFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pingyi.model.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of reading a table's rows, and of project rows, that mutation testing showed
 * untested: blank rows a workbook leaves out, the header-row limit, total rows, columns without a
 * header, cut row text.
 */
class TableDriverMutationTest {

  private static final String PROJECT_HEADER = "项目名称,所属县区,项目类别,开工状态,总投资（万元）";
  private static final String GOOD_PROJECT = "宠物食品项目,冠县,产业,在建,138000";

  private static ReadResult<Project> projects(ProjectTableReader reader, String... lines) throws IOException {
    return reader.readCsv(new ByteArrayInputStream(TableFixtures.csv(StandardCharsets.UTF_8, lines)), "case.csv");
  }

  private static ReadResult<Project> projects(String... lines) throws IOException {
    return projects(TableFixtures.projectReader().build(), lines);
  }

  private static ReadProblem firstProblem(ProjectTableReader reader, String... lines) {
    TableReadException e = catchThrowableOfType(TableReadException.class, () -> projects(reader, lines));
    assertThat(e).as("refused").isNotNull();
    return e.problems().get(0);
  }

  @Test
  void rowsAWorkbookLeavesOutAreCountedBlank() throws IOException {
    byte[] workbook = TableFixtures.xlsx("Sheet1", s -> {
      row(s, 0, "项目名称", "所属县区", "项目类别", "开工状态");
      row(s, 1, "项目一", "冠县", "产业", "在建");
      row(s, 4, "项目二", "冠县", "产业", "在建");
    });

    ReadResult<Project> result = TableFixtures.projectReader().build()
        .readXlsx(new ByteArrayInputStream(workbook), "case.xlsx");

    assertThat(result.values()).hasSize(2);
    assertThat(result.blankRowCount()).isEqualTo(2);
  }

  @Test
  void theHeaderRowIsLookedForInTheFirstThirtyRowsOnly() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int r = 1; r < TableDriver.MAX_HEADER_ROW; r++) {
      lines.add("说明" + r);
    }
    lines.add(PROJECT_HEADER);
    lines.add(GOOD_PROJECT);
    assertThat(projects(lines.toArray(String[]::new)).headerRow()).isEqualTo(TableDriver.MAX_HEADER_ROW);

    lines.add(0, "说明0");
    ReadProblem p = firstProblem(TableFixtures.projectReader().build(), lines.toArray(String[]::new));
    assertThat(p.rule()).contains("has no header row: no row among the first 30");
  }

  @Test
  void aTotalRowMayStartInAnyColumn() throws IOException {
    ReadResult<Project> result = projects(PROJECT_HEADER, GOOD_PROJECT, ",合计,,,138000");

    assertThat(result.values()).hasSize(1);
    assertThat(result.skippedRows()).singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo(SkipReason.TOTAL));
  }

  @Test
  void blankTextStartsNoTotalRow() {
    assertThat(TableDriver.isTotal("")).isFalse();
    assertThat(TableDriver.isTotal(" \u3000")).isFalse();
    assertThat(TableDriver.isTotal(" 合计")).isTrue();
  }

  @Test
  void aValueInAColumnWithABlankHeaderIsAProblem() {
    ReadProblem p = firstProblem(TableFixtures.projectReader().build(),
        "项目名称,,所属县区,项目类别,开工状态", "宠物食品项目,备注,冠县,产业,在建");

    assertThat(p.columnLetters()).hasValue("B");
    assertThat(p.rule()).contains("is in a column with no header");
  }

  @Test
  void aSkippedRowsTextIsCutOnceItPassesTheLimit() throws IOException {
    String long200 = "说".repeat(CellText.MAX_KEPT);
    ReadResult<Project> result = projects(long200 + ",b", PROJECT_HEADER, GOOD_PROJECT);

    assertThat(result.skippedRows().get(0).text()).isEqualTo(long200 + "…(204 chars)");
  }

  @Test
  void aNeutralisedPlanYearIsReadAsWritten() throws IOException {
    ReadResult<Project> result = projects(PROJECT_HEADER + ",计划年度", GOOD_PROJECT + ",'+2023");

    assertThat(result.values()).singleElement().satisfies(p -> assertThat(p.planYear()).isEqualTo(2023));
  }

  @Test
  void aBlankPlanYearIsAProblemWhenTheReaderHasNone() {
    ReadProblem p = firstProblem(ProjectTableReader.builder(TableFixtures.COUNTIES).build(),
        PROJECT_HEADER + ",计划年度", GOOD_PROJECT + ",");

    assertThat(p.columnLetters()).hasValue("F");
    assertThat(p.rule()).contains("is blank; every project needs its 计划年度");
  }

  @Test
  void categoryAndStatusColumnsAreNeededWithoutDefaults() {
    ReadProblem category = firstProblem(TableFixtures.projectReader().build(),
        "项目名称,所属县区,开工状态", "宠物食品项目,冠县,在建");
    assertThat(category.rule()).contains("has no 项目类别 column");

    ReadProblem status = firstProblem(TableFixtures.projectReader().build(),
        "项目名称,所属县区,项目类别", "宠物食品项目,冠县,产业");
    assertThat(status.rule()).contains("has no 开工状态 column");
  }

  @Test
  void categoriesAreReadByConstantNameOfAnyCapitalLetters() throws IOException {
    assertThat(projects(PROJECT_HEADER, "宠物食品项目,冠县,INFRASTRUCTURE,在建,138000").values()).hasSize(1);

    ReadProblem p = firstProblem(TableFixtures.projectReader().build(), PROJECT_HEADER, "宠物食品项目,冠县,AZ,在建,1");
    assertThat(p.rule()).contains("is not a 项目类别 constant name");
  }
}
