package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A problem's row and column are numbered from 1, as a spreadsheet numbers them. */
class ReadProblemKillTest {

  @Test
  void aColumnIsNumberedFromOne() {
    ReadProblem first = ReadProblem.builder().source("a.csv").row(1).column(1).rule("is wrong").build();

    assertThat(first.column()).hasValue(1);
    assertThat(first.toString()).isEqualTo("a.csv row 1, column A: is wrong");
    assertThatThrownBy(() -> ReadProblem.builder().source("a.csv").row(1).column(0).rule("is wrong").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column")
        .hasMessageContaining("must be at least 1");
  }

  @Test
  void aRowIsNumberedFromOne() {
    assertThat(ReadProblem.builder().source("a.csv").row(1).rule("is wrong").build().row()).hasValue(1);
    assertThatThrownBy(() -> ReadProblem.builder().source("a.csv").row(0).rule("is wrong").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row");
  }
}
