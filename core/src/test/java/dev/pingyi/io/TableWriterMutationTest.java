package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.model.County;
import dev.pingyi.model.Project;
import dev.pingyi.model.YuanUnit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the writers' tables that mutation testing showed untested. */
class TableWriterMutationTest {

  private static final Project FULL = TableFixtures.project("p1", "项目一", TableFixtures.GUANXIAN, "100万元", "50万元", "20万元");
  private static final Project NO_TOTAL = TableFixtures.project("p2", "项目二", TableFixtures.LINQING, "", "50万元", "20万元");

  private static String csv(TableWriter table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.writeCsv(out);
    byte[] bytes = out.toByteArray();
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void theInvestmentColumnsAreWrittenThoughNoProjectFillsThem() {
    Project bare = TableFixtures.project("p3", "项目三", TableFixtures.GUANXIAN, "", "", "");

    assertThat(TableWriter.projects(List.of(bare)).headers())
        .anyMatch(h -> h.startsWith("已完成投资")).anyMatch(h -> h.startsWith("总投资"));
  }

  @Test
  void rowCountIsTheNumberOfRowsBelowTheHeader() {
    assertThat(TableWriter.projects(List.of(FULL, NO_TOTAL)).rowCount()).isEqualTo(2);
  }

  @Test
  void aSheetNameHasOneToThirtyOneCharactersAndNoneOfTheForbidden() {
    TableWriter table = TableWriter.projects(List.of(FULL));

    assertThat(table.withSheetName("表".repeat(31)).sheetName()).hasSize(31);
    assertThatThrownBy(() -> table.withSheetName("表".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.withSheetName("[项目")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.withSheetName("项目]")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void totalsCountAbsentFiguresOnlyWhereSomeAreAbsent() throws IOException {
    GroupedTotals<County> full = List.of(FULL).stream().collect(GroupedTotals.toTotalsByCounty());
    assertThat(TableWriter.totalsByCounty(full, YuanUnit.WAN).headers()).noneMatch(h -> h.contains("未填报"));

    GroupedTotals<County> noTotal = List.of(FULL, NO_TOTAL).stream().collect(GroupedTotals.toTotalsByCounty());
    String text = csv(TableWriter.totalsByCounty(noTotal, YuanUnit.WAN));
    String[] lines = text.split("\r\n");
    assertThat(lines[0]).endsWith(",总投资未填报项目数");
    assertThat(lines[1]).startsWith("冠县,").endsWith(",0");
    assertThat(lines[2]).startsWith("临清市,").endsWith(",1");
  }

  @Test
  void workbooksWrittenToAFileAreTheBytesWrittenToAStream(@TempDir Path dir) throws IOException {
    List<TableWriter> tables = List.of(TableWriter.projects(List.of(FULL, NO_TOTAL)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWriter.writeXlsx(tables, out);
    Path file = dir.resolve("t.xlsx");

    TableWriter.writeXlsx(tables, file);

    assertThat(Files.readAllBytes(file)).isEqualTo(out.toByteArray());
  }
}
