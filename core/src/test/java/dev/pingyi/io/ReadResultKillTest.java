package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A result counts at least the problems it lists, its header row is numbered from 1 and it never
 * passes over a negative number of blank rows.
 */
class ReadResultKillTest {

  private static final ReadProblem PROBLEM = ReadProblem.builder().source("a.csv").row(2).rule("is wrong").build();

  private static ReadResult<String> result(int headerRow, int problemCount, int blankRowCount) {
    ReadResult.Builder<String> builder = ReadResult.builder();
    builder.source("a.csv").headerRow(headerRow).problemCount(problemCount).addProblems(PROBLEM)
        .blankRowCount(blankRowCount);
    return builder.build();
  }

  @Test
  void theSmallestValidResultIsBuilt() {
    ReadResult<String> result = result(1, 1, 0);

    assertThat(result.headerRow()).isEqualTo(1);
    assertThat(result.problemCount()).isEqualTo(1);
    assertThat(result.blankRowCount()).isZero();
    assertThat(result.isComplete()).isFalse();
  }

  @Test
  void aResultCountsAtLeastTheProblemsItLists() {
    assertThatThrownBy(() -> result(1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReadResult problemCount=0 is below the 1 problems listed");
  }

  @Test
  void theHeaderRowIsNumberedFromOne() {
    assertThatThrownBy(() -> result(0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReadResult headerRow=0 must be at least 1");
  }

  @Test
  void theBlankRowsAreNeverNegative() {
    assertThatThrownBy(() -> result(1, 1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReadResult blankRowCount=-1 must not be negative");
  }
}
