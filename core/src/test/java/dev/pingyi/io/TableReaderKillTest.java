package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A reader lists at least one problem: a cap of 1 keeps one and counts the rest. */
class TableReaderKillTest {

  @Test
  void aCapOfOneKeepsOneProblemAndCountsTheRest() throws IOException {
    ProjectTableReader reader = TableFixtures.projectReader().mode(ReadMode.COLLECTING).maxProblems(1).build();
    byte[] csv = TableFixtures.csv(StandardCharsets.UTF_8,
        "项目名称,所属县区,项目类别,开工状态",
        "项目一,无此县,产业,在建",
        "项目二,无此县,产业,在建");

    ReadResult<Project> result = reader.readCsv(new ByteArrayInputStream(csv), "cap.csv");

    assertThat(result.problems()).hasSize(1);
    assertThat(result.problemCount()).isEqualTo(2);
  }

  @Test
  void aCapBelowOneIsRefused() {
    assertThatThrownBy(() -> TableFixtures.projectReader().maxProblems(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProjectTableReader maxProblems=0 must be at least 1");
  }
}
