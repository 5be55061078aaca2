package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reader's plan year is a four-digit year, 1000 to 9999 both included. */
class ProjectTableReaderKillTest {

  private static Project read(int planYear) throws IOException {
    ProjectTableReader reader = ProjectTableReader.builder(TableFixtures.COUNTIES).planYear(planYear).build();
    byte[] csv = TableFixtures.csv(StandardCharsets.UTF_8, "项目名称,所属县区,项目类别,开工状态", "项目一,冠县,产业,在建");
    return reader.readCsv(new ByteArrayInputStream(csv), "years.csv").values().get(0);
  }

  @Test
  void theFirstAndLastFourDigitYearsAreTakenAndTheirNeighboursRefused() throws IOException {
    assertThat(read(1000).planYear()).isEqualTo(1000);
    assertThat(read(9999).planYear()).isEqualTo(9999);
    for (int year : new int[] {999, 10000, 0, -2022}) {
      assertThatThrownBy(() -> ProjectTableReader.builder(TableFixtures.COUNTIES).planYear(year))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ProjectTableReader planYear=" + year + " is outside [1000, 9999]");
    }
  }
}
