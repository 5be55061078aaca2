package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Yuan;
import org.junit.jupiter.api.Test;

/**
 * The project type registers its reader of fen figures, once: once a project exists the reader is
 * there and reads its figures, and a second reader is refused.
 */
class FenFiguresKillTest {

  private static Project project() {
    County county = County.builder()
        .name("冠县")
        .kind(CountyKind.COUNTY)
        .divisionCode(DivisionCode.of("371525"))
        .prefecture(Prefecture.of("聊城市", DivisionCode.of("371500")))
        .build();
    return Project.builder()
        .id("p1")
        .name("项目一")
        .county(county)
        .category(ProjectCategory.INDUSTRY)
        .status(ProjectStatus.UNDER_CONSTRUCTION)
        .planYear(2022)
        .totalInvestment(Yuan.ofFen(1_380_000_000_00L))
        .completedInvestment(Yuan.ofFen(12_345))
        .build();
  }

  @Test
  void onceAProjectExistsTheRegisteredReaderReadsItsFiguresInFen() {
    Project project = project();
    FenFigures.Reader reader = FenFigures.reader();

    assertThat(reader.totalFen(project)).isEqualTo(1_380_000_000_00L);
    assertThat(reader.plannedFen(project)).isEqualTo(FenFigures.ABSENT);
    assertThat(reader.completedFen(project)).isEqualTo(12_345L);
  }

  @Test
  void aSecondReaderIsRefusedAndTheFirstStays() {
    project();
    FenFigures.Reader registered = FenFigures.reader();

    // registering the very reader again: refused, and harmless were it taken
    assertThatThrownBy(() -> FenFigures.register(registered)).isInstanceOf(IllegalStateException.class);
    assertThat(FenFigures.reader()).isSameAs(registered);
  }
}
