package dev.pingyi.io;

import static dev.pingyi.io.TableFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pingyi.model.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * Workbook cells the readers must report or read, that mutation testing showed untested: logical
 * cells, a formula saved without a value in each reader's key column, a blank required word.
 */
class XlsxCellsMutationTest {

  private static final String[] PROJECT_HEADER = {"项目名称", "所属县区", "项目类别", "开工状态"};

  private static ByteArrayInputStream xlsx(Consumer<Worksheet> fill) {
    return new ByteArrayInputStream(TableFixtures.xlsx("Sheet1", fill));
  }

  private static TableReadException refused(TableReader<?> reader, Consumer<Worksheet> fill) {
    TableReadException e = catchThrowableOfType(TableReadException.class, () -> reader.readXlsx(xlsx(fill), "case.xlsx"));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  @Test
  void logicalCellsAreReadAsTrueOrFalse() throws IOException {
    ReadResult<Project> result = TableFixtures.projectReader().build().readXlsx(xlsx(s -> {
      row(s, 0, (Object[]) PROJECT_HEADER);
      row(s, 1, "", "冠县", "产业", "在建");
      s.value(1, 0, Boolean.TRUE);
      row(s, 2, "", "冠县", "产业", "在建");
      s.value(2, 0, Boolean.FALSE);
    }), "case.xlsx");

    assertThat(result.values()).extracting(Project::name).containsExactly("TRUE", "FALSE");
  }

  @Test
  void aFormulaWithoutAValueInTheProjectNameIsItsProblem() {
    TableReadException e = refused(TableFixtures.projectReader().build(), s -> {
      row(s, 0, (Object[]) PROJECT_HEADER);
      row(s, 1, "", "冠县", "产业", "在建");
      s.formula(1, 0, "B2");
    });

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.columnLetters()).hasValue("A");
      assertThat(p.rule()).contains("holds the formula =B2 with no value saved");
    });
  }

  @Test
  void aFormulaWithoutAValueInTheEnterpriseIsItsOnlyProblem() {
    TableReadException e = refused(TableFixtures.projectReader().build(), s -> {
      row(s, 0, "项目名称", "所属县区", "项目类别", "开工状态", "建设单位", "统一社会信用代码");
      row(s, 1, "项目一", "冠县", "产业", "在建", "", "91310110666007217T");
      s.formula(1, 4, "A2");
    });

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.columnLetters()).hasValue("E");
      assertThat(p.rule()).contains("holds the formula =A2 with no value saved");
    });
  }

  @Test
  void aFormulaWithoutAValueInTheScoreSheetsUnitIsItsProblem() {
    TableReadException e = refused(TableFixtures.sheetReader().build(), s -> {
      row(s, 0, "单位", "基础评议分", "现场评议分");
      row(s, 1, "", 90, 90);
      s.formula(1, 0, "B2");
    });

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.columnLetters()).hasValue("A");
      assertThat(p.rule()).contains("holds the formula =B2 with no value saved");
    });
  }

  @Test
  void aFormulaWithoutAValueInTheUnitsListIsItsProblem() {
    TableReadException e = refused(TableFixtures.unitReader().build(), s -> {
      row(s, 0, "评议组", "单位", "单位类型", "所属县区");
      row(s, 1, "county-level", "", "县（市、区）政府", "冠县");
      s.formula(1, 1, "A2");
    });

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.columnLetters()).hasValue("B");
      assertThat(p.rule()).contains("holds the formula =A2 with no value saved");
    });
  }

  @Test
  void aBlankCategoryIsAProblem() {
    TableReadException e = catchThrowableOfType(TableReadException.class, () -> TableFixtures.projectReader().build()
        .readCsv(new ByteArrayInputStream(TableFixtures.csv(StandardCharsets.UTF_8,
            "项目名称,所属县区,项目类别,开工状态", "项目一,冠县,,在建")), "case.csv"));

    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.columnLetters()).hasValue("C");
      assertThat(p.rule()).contains("is blank; every project needs its 项目类别");
    });
  }
}
