package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exception lists at least one problem and counts at least those it lists; its message says
 * how many more there were only when there were more.
 */
class TableReadExceptionKillTest {

  private static final ReadProblem PROBLEM = ReadProblem.builder().source("a.csv").row(2).rule("is wrong").build();

  @Test
  void theMessageCountsMoreProblemsOnlyWhenThereAreMore() {
    TableReadException one = new TableReadException("a.csv", List.of(PROBLEM), 1);
    TableReadException three = new TableReadException("a.csv", List.of(PROBLEM), 3);

    assertThat(one.getMessage()).isEqualTo("a.csv: 1 problem; the table was not read\n  a.csv row 2: is wrong");
    assertThat(three.getMessage())
        .isEqualTo("a.csv: 3 problems; the table was not read\n  a.csv row 2: is wrong\n  and 2 more");
    assertThat(three.problemCount()).isEqualTo(3);
  }

  @Test
  void anExceptionWithoutProblemsOrCountingFewerThanItListsIsNotMade() {
    assertThatThrownBy(() -> new TableReadException("a.csv", List.of(), 0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("problems");
    assertThatThrownBy(() -> new TableReadException("a.csv", List.of(PROBLEM, PROBLEM), 1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("problems");
  }
}
