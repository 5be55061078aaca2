package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem of a whole column is reported at the header row, in the column, under its header. */
class ProblemLogKillTest {

  @Test
  void aColumnsProblemIsAtTheHeaderRowInItsColumn() {
    ProblemLog log = new ProblemLog("a.csv", "Sheet1", 10);
    log.startRow(7);

    log.column(2, 3, "总投资（亿元）", "names the same column as column B");

    assertThat(log.count()).isEqualTo(1);
    assertThat(log.rowFailed()).isTrue();
    ReadProblem problem = log.kept().get(0);
    assertThat(problem.row()).hasValue(2);
    assertThat(problem.column()).hasValue(4);
    assertThat(problem.header()).contains("总投资（亿元）");
    assertThat(problem.value()).isEmpty();
    assertThat(problem.sheet()).contains("Sheet1");
    assertThat(problem.toString()).isEqualTo(
        "a.csv sheet Sheet1 row 2, column D (总投资（亿元）): names the same column as column B");
  }
}
