package dev.pingyi.io;

import static dev.pingyi.io.TableFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.model.County;
import dev.pingyi.model.DivisionRegistry;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.YuanUnit;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value types and public entry points of the table I/O: equality, nulls, arguments. */
class TableContractTest {

  private static final ImmutableReadProblem PROBLEM = problem();

  private static ImmutableReadProblem problem() {
    return ReadProblem.builder()
        .source("a.csv").row(3).column(2).header("所属县区").value("东昌区").rule("is not a county-level unit here")
        .build();
  }

  private final NullPointerTester nulls = new NullPointerTester()
      .setDefault(CountyLookup.class, TableFixtures.COUNTIES)
      .setDefault(Prefecture.class, TableFixtures.LIAOCHENG)
      .setDefault(DivisionRegistry.class, DivisionRegistry.gbt2260())
      .setDefault(County.class, TableFixtures.GUANXIAN)
      .setDefault(Charset.class, StandardCharsets.UTF_8)
      .setDefault(YuanUnit.class, YuanUnit.WAN)
      .setDefault(dev.pingyi.model.ReportPeriod.class, TableFixtures.H1)
      .setDefault(ScoreComponent.class, ScoreComponent.BASE_EVALUATION)
      .setDefault(EvaluationGroup.class, TableFixtures.COUNTY_LEVEL)
      .setDefault(Ranking.class, Rankings.fromPublishedOrder(TableFixtures.COUNTY_LEVEL))
      .setDefault(GroupedTotals.class, PROJECTS.stream().collect(GroupedTotals.toTotalsByCounty()));

  @Test
  void publicMethodsRejectNullsNamingTheParameter() {
    nulls.testAllPublicStaticMethods(CountyLookup.class);
    nulls.testAllPublicInstanceMethods(TableFixtures.COUNTIES);
    nulls.testAllPublicStaticMethods(ProjectTableReader.class);
    nulls.testAllPublicInstanceMethods(TableFixtures.projectReader());
    nulls.testAllPublicInstanceMethods(TableFixtures.projectReader().build());
    nulls.testAllPublicStaticMethods(ScoreSheetTableReader.class);
    nulls.testAllPublicInstanceMethods(TableFixtures.sheetReader());
    nulls.testAllPublicInstanceMethods(TableFixtures.sheetReader().build());
    nulls.testAllPublicStaticMethods(TableWriter.class);
    nulls.testAllPublicInstanceMethods(TableWriter.projects(PROJECTS));
  }

  @Test
  void valuesAreEqualExactlyWhenEverythingTheyReportIsEqual() {
    ImmutableReadResult<Project> result = result();
    new EqualsTester()
        .addEqualityGroup(PROBLEM, problem())
        .addEqualityGroup(PROBLEM.withRow(4))
        .addEqualityGroup(PROBLEM.withColumn(3))
        .addEqualityGroup(PROBLEM.withSheet("项目"))
        .addEqualityGroup(PROBLEM.withValue("东昌府"))
        .addEqualityGroup(PROBLEM.withRule("other"))
        .addEqualityGroup(SkippedRow.of(1, SkipReason.TITLE, "2022年"), SkippedRow.of(1, SkipReason.TITLE, "2022年"))
        .addEqualityGroup(SkippedRow.of(1, SkipReason.TOTAL, "2022年"))
        .addEqualityGroup(result, result())
        .addEqualityGroup(result.withBlankRowCount(1))
        .addEqualityGroup(result.withCharset(StandardCharsets.UTF_8))
        .addEqualityGroup(TableFixtures.COUNTIES,
            CountyLookup.of(TableFixtures.LIAOCHENG, DivisionRegistry.gbt2260(), TableFixtures.ZONES))
        .addEqualityGroup(CountyLookup.of(TableFixtures.ZONES))
        .addEqualityGroup(TableWriter.projects(PROJECTS), TableWriter.projects(List.copyOf(PROJECTS)))
        .addEqualityGroup(TableWriter.projects(PROJECTS, YuanUnit.YI))
        .addEqualityGroup(TableWriter.projects(PROJECTS).withSheetName("项目表"))
        .testEquals();
  }

  private static ImmutableReadResult<Project> result() {
    return ReadResult.<Project>builder().source("a.csv").headerRow(1)
        .addAllValues(PROJECTS).problemCount(0).blankRowCount(0).build();
  }

  @Test
  void aProblemPrintsItsPositionAndItsValueSafely() {
    assertThat(PROBLEM.withValue("东昌\u200B区").withSheet("项目"))
        .hasToString("a.csv sheet 项目 row 3, column B (所属县区) '东昌\\u200B区': is not a county-level unit here");
    assertThat(ReadProblem.builder().source("a.csv").rule("has no header row").build())
        .hasToString("a.csv: has no header row");
    assertThat(PROBLEM.columnLetters()).contains("B");
  }

  @Test
  void positionsCountFromOne() {
    assertThatThrownBy(() -> PROBLEM.withRow(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row");
    assertThatThrownBy(() -> SkippedRow.of(0, SkipReason.TITLE, "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCountyLookupRefusesANameForTwoCountiesAndZonesOfAnotherKindOrCity() {
    County other = TableFixtures.DEVELOPMENT_ZONE.withName("另一开发区");
    Prefecture jinan = Prefecture.of("济南市", dev.pingyi.model.DivisionCode.of("370100"));

    assertThatThrownBy(() -> CountyLookup.of(List.of(TableFixtures.DEVELOPMENT_ZONE, other)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("开发区");
    assertThatThrownBy(() -> CountyLookup.of(TableFixtures.LIAOCHENG, DivisionRegistry.gbt2260(), List.of(TableFixtures.GUANXIAN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a functional zone of 聊城市");
    assertThatThrownBy(() -> CountyLookup.of(jinan, DivisionRegistry.gbt2260(), TableFixtures.ZONES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TableFixtures.COUNTIES.counties()).hasSize(11);
    assertThat(TableFixtures.COUNTIES.find(" 冠县 ")).contains(TableFixtures.GUANXIAN);
    assertThat(TableFixtures.COUNTIES.find("东昌区")).isEmpty();
  }

  @Test
  void aReaderRefusesSettingsOutOfRangeAndUnitsInTwoGroups() {
    EvaluationGroup again = TableFixtures.ECONOMIC.withId("again");

    assertThatThrownBy(() -> TableFixtures.projectReader().planYear(22)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableFixtures.projectReader().maxProblems(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableFixtures.projectReader().header(" ", ProjectColumn.NAME))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoreSheetTableReader.builder(List.of(TableFixtures.ECONOMIC, again)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a member of both economic and again");
  }

  @Test
  void everyColumnHasItsWrittenHeaderFirstAndNoHeaderNamesTwoColumns() {
    Headers<Object> headers = new Headers<>();
    for (ProjectColumn column : ProjectColumn.values()) {
      assertThat(column.headers()).first().isEqualTo(column.header());
      column.headers().forEach(h -> headers.add(h, column));
    }
    Headers<Object> sheetHeaders = new Headers<>();
    for (ScoreSheetColumn column : ScoreSheetColumn.values()) {
      column.headers().forEach(h -> sheetHeaders.add(h, column));
    }
    assertThat(ProjectColumn.TOTAL_INVESTMENT.isAmount()).isTrue();
    assertThat(ProjectColumn.PLAN_YEAR.isAmount()).isFalse();
  }

  @Test
  void aRankingOfScoresWritesTheSchemesComponents() {
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, TableFixtures.COUNTY_LEVEL, TableFixtures.SHEETS);

    assertThat(TableWriter.ranking(ranking).headers()).contains("基础评议分×70%", "现场评议分×30%");
    assertThat(TableWriter.ranking(ranking)).hasToString("TableWriter[排名: 13 columns, 5 rows]");
    assertThat(TableWriter.scoreSheets(List.<ScoreSheet>of()).rowCount()).isZero();
  }
}
