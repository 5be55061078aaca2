package dev.pingyi.io;

import static dev.pingyi.io.TableFixtures.csv;
import static dev.pingyi.io.TableFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.Capacity;
import dev.pingyi.model.CreditCode;
import dev.pingyi.model.Enterprise;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Project;
import dev.pingyi.model.Yuan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project columns beyond the name, county, list, status and investments: enterprise, credit
 * code, cluster, capacities, expected revenue, tax and jobs, start and completion months, under
 * the headers offices write.
 */
class ProjectFieldsTest {

  private static Project one(ProjectTableReader reader, byte[] bytes) throws IOException {
    ReadResult<Project> read = reader.readCsv(new ByteArrayInputStream(bytes), "fields.csv");
    assertThat(read.values()).hasSize(1);
    return read.values().get(0);
  }

  private static Project one(String header, String row) throws IOException {
    return one(TableFixtures.projectReader().clusters(TableFixtures.CLUSTERS).build(),
        csv(StandardCharsets.UTF_8, "项目名称,所属县区,项目类别,开工状态," + header, "宠物食品项目,冠县,产业,在建," + row));
  }

  @Test
  void everyFieldReadsFromTheHeadersOfficesWrite() throws IOException {
    Project p = one(
        "项目单位,社会信用代码,所属产业链,设计产能,达产后年营业收入（亿元）,年利税（万元）,带动就业(人),计划开工时间,计划竣工时间",
        "仁泽复合材料有限公司,91310110666007217T,轴承,35万吨/年、1200万件,16,4500,100人,2022.03,2023年6月");

    assertThat(p.enterprise()).contains(Enterprise.builder()
        .name("仁泽复合材料有限公司").creditCode(CreditCode.of("91310110666007217T")).build());
    assertThat(p.cluster()).contains(TableFixtures.BEARINGS);
    assertThat(p.capacities()).containsExactly(Capacity.parse("35万吨/年"), Capacity.parse("1200万件"));
    assertThat(p.expectedAnnualRevenue()).contains(Yuan.parse("16亿元"));
    assertThat(p.expectedAnnualTax()).contains(Yuan.parse("4500万元"));
    assertThat(p.expectedJobs()).isEqualTo(OptionalInt.of(100));
    assertThat(p.startMonth()).contains(YearMonth.of(2022, 3));
    assertThat(p.completionMonth()).contains(YearMonth.of(2023, 6));
  }

  @Test
  void blankCellsOfTheNewColumnsAreAbsentValues() throws IOException {
    Project p = one("建设单位,统一社会信用代码,产业集群,产能,预计年营业收入（万元）,预计年税收（万元）,预计新增就业,开工时间,竣工时间",
        ",,,,,,,,");

    assertThat(p.enterprise()).isEmpty();
    assertThat(p.cluster()).isEmpty();
    assertThat(p.capacities()).isEmpty();
    assertThat(p.expectedAnnualRevenue()).isEmpty();
    assertThat(p.expectedAnnualTax()).isEmpty();
    assertThat(p.expectedJobs()).isEmpty();
    assertThat(p.startMonth()).isEmpty();
    assertThat(p.completionMonth()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2022年3月 | 2022-03",
    "2022年03月 | 2022-03",
    "2022年3月份 | 2022-03",
    "2022年3月15日 | 2022-03",
    "2022.03 | 2022-03",
    "2022.3 | 2022-03",
    "2022.10 | 2022-10",
    "2022-03 | 2022-03",
    "2022/3 | 2022-03",
    "2022/12/31 | 2022-12",
    "2022-03-15 | 2022-03",
    "2022.3.15 | 2022-03",
    "2024-02-29 | 2024-02",
    "2022-03-15 08:30 | 2022-03",
    "２０２２．３ | 2022-03",
    "' 2022年3月 ' | 2022-03",
  })
  void aMonthIsReadInTheFormsOfficesWrite(String cell, String month) {
    assertThat(MonthCell.parse(cell)).isEqualTo(YearMonth.parse(month));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2022 | is not a month",
    "2022年 | is not a month",
    "2022-3/15 | is not a month",
    "22.3 | is not a month",
    "2022年3 | is not a month",
    "2022.003 | is not a month",
    "2022.0 | has the month 0",
    "2023-02-29 | has the day 29, which 2023-02 does not have",
    "2022年3月0日 | has the day 0",
  })
  void aMonthCellBreakingTheFormsIsRefusedNamingTheRule(String cell, String rule) {
    assertThatThrownBy(() -> MonthCell.parse(cell)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(rule);
  }

  @Test
  void everyMonthReadsBackFromTheFormTheWriterWrites() {
    for (int year = 1000; year <= 9999; year += 7) {
      for (int month = 1; month <= 12; month++) {
        YearMonth m = YearMonth.of(year, month);
        assertThat(MonthCell.parse(MonthCell.format(m))).isEqualTo(m);
      }
    }
  }

  @Test
  void aWorkbooksDateCellsAreMonthsWhateverTheirDateFormat() throws IOException {
    byte[] workbook = TableFixtures.xlsx("Sheet1", s -> {
      row(s, 0, "项目名称", "所属县区", "项目类别", "开工状态", "开工时间", "竣工时间");
      row(s, 1, "宠物食品项目", "冠县", "产业", "在建");
      s.value(1, 4, LocalDate.of(2022, 3, 15));
      s.style(1, 4).format("yyyy\\年m\\月d\\日").set();
      s.value(1, 5, LocalDateTime.of(2023, 10, 1, 8, 30));
      s.style(1, 5).format("m/d/yy h:mm").set();
      row(s, 2, "项目二", "冠县", "产业", "在建");
      s.value(2, 4, LocalDate.of(2021, 12, 31));
      s.style(2, 4).format("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy").set();
    });

    List<Project> read = TableFixtures.projectReader().build()
        .readXlsx(new ByteArrayInputStream(workbook), "dates.xlsx").values();

    assertThat(read).extracting(p -> p.startMonth().orElseThrow())
        .containsExactly(YearMonth.of(2022, 3), YearMonth.of(2021, 12));
    assertThat(read.get(0).completionMonth()).contains(YearMonth.of(2023, 10));
  }

  @Test
  void aWorkbooksNumberWithANumberFormatStaysANumber() throws IOException {
    byte[] workbook = TableFixtures.xlsx("Sheet1", s -> {
      row(s, 0, "项目名称", "所属县区", "项目类别", "开工状态", "预计年税收（万元）", "开工时间");
      row(s, 1, "宠物食品项目", "冠县", "产业", "在建", 4500.5, 2022.1);
      s.style(1, 4).format("#,##0.00_);[Red](#,##0.00)").set();
    });

    Project read = TableFixtures.projectReader().build()
        .readXlsx(new ByteArrayInputStream(workbook), "numbers.xlsx").values().get(0);

    assertThat(read.expectedAnnualTax()).contains(Yuan.parse("4500.5万元"));
    assertThat(read.startMonth()).contains(YearMonth.of(2022, 1));
  }

  @Test
  void aClusterIsTheOneOfTheProjectsCountyAmongClustersOfOneName() throws IOException {
    ProjectTableReader reader = TableFixtures.projectReader().clusters(TableFixtures.CLUSTERS).build();
    byte[] bytes = csv(StandardCharsets.UTF_8, "项目名称,所属县区,项目类别,开工状态,产业集群",
        "A,冠县,产业,在建,轴承", "B,临清市,产业,在建,轴承");

    List<Project> read = reader.readCsv(new ByteArrayInputStream(bytes), "clusters.csv").values();

    assertThat(read).extracting(p -> p.cluster().orElseThrow())
        .containsExactly(TableFixtures.BEARINGS, TableFixtures.LINQING_BEARINGS);
  }

  @Test
  void aReaderRefusesTwoClustersOfOneNameInOneCounty() {
    IndustryCluster again = TableFixtures.BEARINGS.withYearRecognised(2020);

    assertThatThrownBy(() -> TableFixtures.projectReader().clusters(List.of(TableFixtures.BEARINGS, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("冠县 has two clusters named 轴承");
    assertThat(TableFixtures.projectReader().clusters(List.of(TableFixtures.BEARINGS, TableFixtures.BEARINGS)).build())
        .isNotNull();
  }

  @Test
  void capacitiesAreSeparatedBySemicolonsEnumerationCommasAndLineBreaks() throws IOException {
    Project p = one("产能", "\"35万吨/年；180万锭;1200万件\n100万吨/年、12 万吨/年\"");

    assertThat(p.capacities()).extracting(Capacity::toString)
        .containsExactly("35万吨/年", "180万锭", "1200万件", "100万吨/年", "12万吨/年");
  }
}
