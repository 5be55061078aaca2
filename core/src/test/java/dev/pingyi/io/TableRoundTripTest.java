package dev.pingyi.io;

import static dev.pingyi.io.TableFixtures.PROJECTS;
import static dev.pingyi.io.TableFixtures.SHEETS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.Capacity;
import dev.pingyi.model.County;
import dev.pingyi.model.CreditCode;
import dev.pingyi.model.Enterprise;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What {@link TableWriter} writes, the readers read back equal, in CSV and .xlsx alike. */
class TableRoundTripTest {

  private static final List<ProjectCategory> CATEGORIES = List.of(ProjectCategory.values());
  private static final List<ProjectStatus> STATUSES = List.of(ProjectStatus.values());

  enum Format {
    CSV, XLSX;

    byte[] write(TableWriter table) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (this == CSV) {
        table.writeCsv(out);
      } else {
        table.writeXlsx(out);
      }
      return out.toByteArray();
    }

    ReadResult<Project> readProjects(ProjectTableReader reader, byte[] bytes) throws IOException {
      return this == CSV
          ? reader.readCsv(new ByteArrayInputStream(bytes), "projects.csv")
          : reader.readXlsx(new ByteArrayInputStream(bytes), "projects.xlsx");
    }

    ReadResult<ScoreSheet> readSheets(ScoreSheetTableReader reader, byte[] bytes) throws IOException {
      return this == CSV
          ? reader.readCsv(new ByteArrayInputStream(bytes), "sheets.csv")
          : reader.readXlsx(new ByteArrayInputStream(bytes), "sheets.xlsx");
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void projectsReadBackEqual(Format format) throws IOException {
    byte[] bytes = format.write(TableWriter.projects(PROJECTS));

    ReadResult<Project> read = format.readProjects(TableFixtures.projectReader().build(), bytes);

    assertThat(read.values()).containsExactlyElementsOf(PROJECTS);
    assertThat(read.isComplete()).isTrue();
    assertThat(read.skippedRows()).isEmpty();
    assertThat(read.ignoredColumns()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void projectsInYiReadBackEqual(Format format) throws IOException {
    byte[] bytes = format.write(TableWriter.projects(PROJECTS, YuanUnit.YI));

    assertThat(format.readProjects(TableFixtures.projectReader().build(), bytes).values())
        .containsExactlyElementsOf(PROJECTS);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void scoreSheetsReadBackEqual(Format format) throws IOException {
    byte[] bytes = format.write(TableWriter.scoreSheets(SHEETS));

    ReadResult<ScoreSheet> read = format.readSheets(TableFixtures.sheetReader().build(), bytes);

    assertThat(read.values()).containsExactlyElementsOf(SHEETS);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void namesThatWouldStartFormulasReadBackAsWritten(Format format) throws IOException {
    List<Project> projects = new ArrayList<>();
    String[] names = {"=SUM(A1:A9)", "+86 项目", "-5", "@cmd", "'=already quoted", "''+two", "'plain quote"};
    for (int i = 0; i < names.length; i++) {
      projects.add(PROJECTS.get(0).withId("F-" + i).withName(names[i]));
    }
    byte[] bytes = format.write(TableWriter.projects(projects));

    assertThat(format.readProjects(TableFixtures.projectReader().build(), bytes).values())
        .containsExactlyElementsOf(projects);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void severalAdjustmentsReadBackAsOneOfEachWithPointsSummed(Format format) throws IOException {
    ScoreSheet sheet = SHEETS.get(0).withBonuses(
        ScoreAdjustment.of(dev.pingyi.model.Score.parse("1"), "省级表彰"),
        ScoreAdjustment.of(dev.pingyi.model.Score.parse("0.5"), "经验推广"));

    ScoreSheet read = format.readSheets(
        TableFixtures.sheetReader().build(), format.write(TableWriter.scoreSheets(List.of(sheet)))).values().get(0);

    assertThat(read.bonuses()).containsExactly(
        ScoreAdjustment.of(dev.pingyi.model.Score.parse("1.5"), "省级表彰；经验推广"));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void randomLedgersReadBackEqual(Format format) throws IOException {
    long seed = 20220727L;
    Random random = new Random(seed);
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      long totalFen = random.nextInt(5) == 0 ? -1 : (long) (random.nextDouble() * 1e14);
      Project.Builder b = Project.builder()
          .id("P" + i)
          .name("项目" + i)
          .county(TableFixtures.COUNTIES.counties().get(random.nextInt(TableFixtures.COUNTIES.counties().size())))
          .category(CATEGORIES.get(random.nextInt(CATEGORIES.size())))
          .status(STATUSES.get(random.nextInt(STATUSES.size())))
          .planYear(2020 + random.nextInt(5));
      if (totalFen >= 0) {
        b.totalInvestment(Yuan.ofFen(totalFen));
        b.annualPlannedInvestment(Yuan.ofFen(totalFen / (1 + random.nextInt(9))));
        b.completedInvestment(Yuan.ofFen(totalFen / (1 + random.nextInt(9))));
      }
      projects.add(b.build());
    }
    byte[] bytes = format.write(TableWriter.projects(projects));

    assertThat(format.readProjects(TableFixtures.projectReader().build(), bytes).values())
        .as("seed %s", seed)
        .containsExactlyElementsOf(projects);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void randomProjectsWithEveryTableFieldReadBackEqual(Format format) throws IOException {
    long seed = 20220301L;
    Random random = new Random(seed);
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      projects.add(randomProject(random, i));
    }
    for (YuanUnit unit : List.of(YuanUnit.WAN, YuanUnit.YI)) {
      byte[] bytes = format.write(TableWriter.projects(projects, unit));

      ReadResult<Project> read = format.readProjects(
          TableFixtures.projectReader().clusters(TableFixtures.CLUSTERS).build(), bytes);

      assertThat(read.values()).as("seed %s, %s", seed, unit).containsExactlyElementsOf(projects);
      assertThat(read.ignoredColumns()).isEmpty();
    }
  }

  private static final List<String> CREDIT_CODES = List.of("91310110666007217T", "91100000100003962T");
  private static final List<String> CAPACITY_UNITS = List.of("万吨", "吨", "万锭", "万件", "台套");

  /** A project with each optional field present or absent at random. */
  static Project randomProject(Random random, int i) {
    List<County> counties = TableFixtures.COUNTIES.counties();
    County county = random.nextInt(3) == 0 ? TableFixtures.GUANXIAN : counties.get(random.nextInt(counties.size()));
    Project.Builder b = Project.builder()
        .id("P" + i)
        .name("项目" + i)
        .county(county)
        .category(CATEGORIES.get(random.nextInt(CATEGORIES.size())))
        .status(STATUSES.get(random.nextInt(STATUSES.size())))
        .planYear(2020 + random.nextInt(5));
    if (random.nextBoolean()) {
      Enterprise.Builder enterprise = Enterprise.builder().name(random.nextBoolean() ? "企业" + i : "=HYPERLINK(企业" + i + ")");
      if (random.nextBoolean()) {
        enterprise.creditCode(CreditCode.of(CREDIT_CODES.get(random.nextInt(CREDIT_CODES.size()))));
      }
      b.enterprise(enterprise.build());
    }
    List<IndustryCluster> clusters = TableFixtures.CLUSTERS.stream().filter(c -> c.county().equals(county)).toList();
    if (!clusters.isEmpty() && random.nextBoolean()) {
      b.cluster(clusters.get(random.nextInt(clusters.size())));
    }
    for (int c = random.nextInt(4); c > 0; c--) {
      BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(4));
      b.addCapacities(Capacity.of(amount, CAPACITY_UNITS.get(random.nextInt(CAPACITY_UNITS.size())), random.nextBoolean()));
    }
    if (random.nextBoolean()) {
      b.expectedAnnualRevenue(Yuan.ofFen((long) (random.nextDouble() * 1e14)));
    }
    if (random.nextBoolean()) {
      b.expectedAnnualTax(Yuan.ofFen(random.nextInt(3) == 0 ? 0 : (long) (random.nextDouble() * 1e12)));
    }
    if (random.nextBoolean()) {
      b.expectedJobs(random.nextInt(3) == 0 ? 0 : random.nextInt(100_000));
    }
    YearMonth start = YearMonth.of(1900 + random.nextInt(200), 1 + random.nextInt(12));
    if (random.nextBoolean()) {
      b.startMonth(start);
    }
    if (random.nextBoolean()) {
      b.completionMonth(start.plusMonths(random.nextInt(60)));
    }
    return b.build();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void monthsExcelCannotHoldAsDatesReadBackFromText(Format format) throws IOException {
    Project early = PROJECTS.get(0).withStartMonth(YearMonth.of(1000, 1)).withCompletionMonth(YearMonth.of(1900, 2));
    Project late = PROJECTS.get(1).withStartMonth(YearMonth.of(1900, 3)).withCompletionMonth(YearMonth.of(9999, 12));

    byte[] bytes = format.write(TableWriter.projects(List.of(early, late)));

    assertThat(format.readProjects(TableFixtures.projectReader().build(), bytes).values()).containsExactly(early, late);
  }

  @Test
  void filesWrittenToPathsReadBackFromPaths(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("projects.csv");
    Path xlsx = dir.resolve("projects.xlsx");
    TableWriter.projects(PROJECTS).writeCsv(csv);
    TableWriter.projects(PROJECTS).writeXlsx(xlsx);

    ProjectTableReader reader = TableFixtures.projectReader().build();
    ReadResult<Project> fromCsv = reader.readCsv(csv);
    ReadResult<Project> fromXlsx = reader.readXlsx(xlsx);

    assertThat(fromCsv.values()).containsExactlyElementsOf(PROJECTS);
    assertThat(fromCsv.source()).isEqualTo("projects.csv");
    assertThat(fromCsv.charset()).contains(StandardCharsets.UTF_8);
    assertThat(fromXlsx.values()).containsExactlyElementsOf(PROJECTS);
    assertThat(fromXlsx.sheet()).contains("项目");
    assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
  }
}
