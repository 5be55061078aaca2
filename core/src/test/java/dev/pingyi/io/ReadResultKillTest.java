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

  private static ReadResult.Builder<String> valid() {
    ReadResult.Builder<String> builder = ReadResult.builder();
    builder.source("a.csv").headerRow(1).problemCount(1).addProblems(PROBLEM).blankRowCount(0);
    return builder;
  }

  @Test
  void theSmallestValidResultIsBuilt() {
    ReadResult<String> result = valid().build();

    assertThat(result.headerRow()).isEqualTo(1);
    assertThat(result.problemCount()).isEqualTo(1);
    assertThat(result.blankRowCount()).isZero();
    assertThat(result.isComplete()).isFalse();
  }

  @Test
  void aResultCountsAtLeastTheProblemsItLists() {
    assertThatThrownBy(() -> valid().problemCount(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReadResult problemCount=0 is below the 1 problems listed");
  }

  @Test
  void theHeaderRowIsNumberedFromOne() {
    assertThatThrownBy(() -> valid().headerRow(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReadResult headerRow=0 must be at least 1");
  }

  @Test
  void theBlankRowsAreNeverNegative() {
    assertThatThrownBy(() -> valid().blankRowCount(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReadResult blankRowCount=-1 must not be negative");
  }
}
