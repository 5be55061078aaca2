package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The rules of the three row formats (projects, score sheets, evaluated units) that mutation
 * testing showed untested: which rows are headers, which column a problem names, and the cells
 * whose problems no other test reaches.
 */
class ReaderRowsMutationTest {

  private static final String SHEET_HEADER = "单位,基础评议分,现场评议分,加分,加分事由,减分,一票否决,否决事由";
  private static final String GOOD_SHEET = "茌平区政府,95.5,92,,,,,";
  private static final String UNITS_HEADER = "评议组,单位,单位类型,所属县区";
  private static final String GOOD_UNIT = "county-level,冠县政府,县（市、区）政府,冠县";
  private static final String PROJECT_HEADER = "项目名称,所属县区,项目类别,开工状态,总投资（万元）";
  private static final String GOOD_PROJECT = "宠物食品项目,冠县,产业,在建,138000";

  private static ByteArrayInputStream csv(String... lines) {
    return new ByteArrayInputStream(TableFixtures.csv(StandardCharsets.UTF_8, lines));
  }

  private static ReadResult<?> sheets(String... lines) throws IOException {
    return TableFixtures.sheetReader().build().readCsv(csv(lines), "case.csv");
  }

  private static ReadResult<?> units(String... lines) throws IOException {
    return TableFixtures.unitReader().build().readCsv(csv(lines), "case.csv");
  }

  private static ReadResult<?> projects(String... lines) throws IOException {
    return TableFixtures.projectReader().build().readCsv(csv(lines), "case.csv");
  }

  private static ReadProblem firstProblem(ThrowingRead read) {
    TableReadException e = catchThrowableOfType(TableReadException.class, read::read);
    assertThat(e).as("refused").isNotNull();
    return e.problems().get(0);
  }

  private interface ThrowingRead {
    void read() throws IOException;
  }

  private static void assertProblem(ReadProblem p, int row, String letters, String header, String rule) {
    assertThat(p.row()).isEqualTo(row == 0 ? OptionalInt.empty() : OptionalInt.of(row));
    assertThat(p.columnLetters()).isEqualTo(letters.isEmpty() ? Optional.empty() : Optional.of(letters));
    assertThat(p.header()).isEqualTo(header.isEmpty() ? Optional.empty() : Optional.of(header));
    assertThat(p.rule()).contains(rule);
  }

  @Test
  void aRowNamingOnlyTheKeyColumnOrOnlyOthersIsATitle() throws IOException {
    assertThat(sheets("单位", SHEET_HEADER, GOOD_SHEET).headerRow()).isEqualTo(2);
    assertThat(sheets("基础评议分", SHEET_HEADER, GOOD_SHEET).headerRow()).isEqualTo(2);
    assertThat(units("单位", UNITS_HEADER, GOOD_UNIT).headerRow()).isEqualTo(2);
    assertThat(units("评议组", UNITS_HEADER, GOOD_UNIT).headerRow()).isEqualTo(2);
    assertThat(projects("项目名称", PROJECT_HEADER, GOOD_PROJECT).headerRow()).isEqualTo(2);
    assertThat(projects("所属县区", PROJECT_HEADER, GOOD_PROJECT).headerRow()).isEqualTo(2);
  }

  @Test
  void aTableWithoutAHeaderRowIsToldWhatAHeaderRowNames() {
    assertProblem(firstProblem(() -> sheets(GOOD_SHEET)), 0, "", "", "names 单位 and another column of a score-sheet");
    assertProblem(firstProblem(() -> units(GOOD_UNIT)), 0, "", "", "names 单位 and another column of an evaluated-units");
    assertProblem(firstProblem(() -> projects(GOOD_PROJECT)), 0, "", "", "names 项目名称 and another column");
  }

  @Test
  void aColumnNamedTwiceIsNamedByItsHeader() {
    assertProblem(firstProblem(() -> sheets("单位,基础评议分,现场评议分,单位", "茌平区政府,95.5,92,茌平区政府")),
        1, "D", "单位", "names the same column as column A (单位)");
    assertProblem(firstProblem(() -> units(UNITS_HEADER + ",单位", GOOD_UNIT + ",冠县政府")),
        1, "E", "单位", "names the 单位 column again, after column B");
  }

  @Test
  void aRepeatedKeyIsReportedInItsOwnColumn() {
    assertProblem(firstProblem(() -> sheets("序号,单位,基础评议分,现场评议分", "1,茌平区政府,95,92", "2,茌平区政府,90,90")),
        3, "B", "单位", "is unit 茌平区政府 again, after row 2");
    assertProblem(firstProblem(() -> units(UNITS_HEADER, GOOD_UNIT, "economic,冠县政府,,冠县")),
        3, "B", "单位", "is unit 冠县政府 again, after row 2");
    assertProblem(firstProblem(() -> projects("序号," + PROJECT_HEADER, "1," + GOOD_PROJECT, "2," + GOOD_PROJECT)),
        3, "B", "项目名称", "repeats the id 宠物食品项目 of row 2");
  }

  @Test
  void aUnitWithNoKindAndNoCountyIsReportedInTheUnitColumn() {
    assertProblem(firstProblem(() -> units(UNITS_HEADER, GOOD_UNIT, "economic,市财政局,,")),
        3, "B", "单位", "has no 单位类型 and no 所属县区");
  }

  @Test
  void kindsAreReadByConstantNameOfAnyCapitalLetters() throws IOException {
    assertThat(units(UNITS_HEADER, GOOD_UNIT, "economic,市财政局,MUNICIPAL_DEPARTMENT,").values()).hasSize(2);
    assertProblem(firstProblem(() -> units(UNITS_HEADER, GOOD_UNIT, "economic,市财政局,AZ,")),
        3, "C", "单位类型", "is not a UnitKind constant name");
  }

  @Test
  void aUnitsListNeedsNoKindOrCountyColumn() throws IOException {
    assertThat(units("评议组,单位", "county-level,冠县政府").values()).hasSize(1);
  }

  @Test
  void theCellsOfAScoreSheetRowAreCheckedOneByOne() {
    assertProblem(firstProblem(() -> sheets(SHEET_HEADER, GOOD_SHEET, ",90,90,,,,,")),
        3, "A", "单位", "is blank; every row is the sheet of a unit");
    assertProblem(firstProblem(() -> sheets(SHEET_HEADER, GOOD_SHEET, "冠县\u200B政府,90,90,,,,,")),
        3, "A", "单位", "invisible character U+200B");
    assertProblem(firstProblem(() -> sheets(SHEET_HEADER, GOOD_SHEET, "冠县政府,90,90,1,省级\u200B表彰,,,")),
        3, "E", "加分事由", "invisible character U+200B");
    assertProblem(firstProblem(() -> sheets(SHEET_HEADER, GOOD_SHEET, "冠县政府,90,90,,,,,信访问题")),
        3, "H", "否决事由", "gives a reason but 一票否决 is blank");
    assertProblem(firstProblem(() -> sheets(SHEET_HEADER, GOOD_SHEET, "冠县政府,90,90,,,,是,信访\u200B问题")),
        3, "H", "否决事由", "invisible character U+200B");
    assertProblem(firstProblem(() -> sheets(SHEET_HEADER, GOOD_SHEET, "冠县政府,90,90,,,,信访\u200B问题,")),
        3, "G", "一票否决", "invisible character U+200B");
  }
}
