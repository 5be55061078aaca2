package dev.pingyi.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pingyi.io.SkipReason;
import dev.pingyi.model.ClusterLevel;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.DivisionLevel;
import dev.pingyi.model.DivisionRegistry;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Project;
import dev.pingyi.model.UnitKind;
import dev.pingyi.model.Yuan;
import dev.pingyi.ranking.PublishedRanking;
import dev.pingyi.ranking.RankedEntry;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example's data files hold the report's facts, and the generated ones hold the generator's rows. */
class ExampleDataTest {

  /** Where the committed data files are, from the examples module's directory (surefire's working directory). */
  static final Path RESOURCES = Path.of("src/main/resources/liaocheng-2022h1");

  static ReportData data;

  @BeforeAll
  static void load() throws IOException {
    data = ReportData.load();
  }

  @Test
  void theCommittedLedgerHoldsTheGeneratorsRows(@TempDir Path tmp) throws IOException {
    Path generated = tmp.resolve(ExampleDataGenerator.LEDGER);
    try (OutputStream out = Files.newOutputStream(generated)) {
      ExampleDataGenerator.writeLedger(out);
    }

    // every part of the workbook but its creation time, which fastexcel stamps
    assertThat(zipEntries(RESOURCES.resolve(ExampleDataGenerator.LEDGER)))
        .as("%s: run ExampleDataGenerator after changing its rows", ExampleDataGenerator.LEDGER)
        .isEqualTo(zipEntries(generated));
  }

  /** The entries of a zip file by name; read through its central directory, as fastexcel streams it. */
  private static Map<String, String> zipEntries(Path xlsx) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.getName().equals("docProps/core.xml")) {
          try (InputStream in = zip.getInputStream(entry)) {
            entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return entries;
  }

  @Test
  void theCommittedScoreSheetsAreTheGeneratorsGbkBytes() throws IOException {
    for (boolean tie : new boolean[] {false, true}) {
      String name = tie ? ExampleDataGenerator.TIE_SCORES : ExampleDataGenerator.SCORES;
      byte[] committed = Files.readAllBytes(RESOURCES.resolve(name));

      assertThat(committed).as("%s: run ExampleDataGenerator after changing its rows", name)
          .isEqualTo(ExampleDataGenerator.scoresCsv(tie));
      assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(committed)))
          .as("%s is GBK, not UTF-8", name)
          .isInstanceOf(CharacterCodingException.class);
      assertThat(new String(committed, ExampleDataGenerator.GBK)).contains("示例数据").contains("\r\n");
    }
  }

  @Test
  void theCountyLevelUnitsAreTheRegistrysCountiesOfLiaochengThenThreeZonesWithoutCode() {
    DivisionRegistry gbt2260 = DivisionRegistry.gbt2260();
    assertThat(data.counties().counties().stream().flatMap(c -> c.divisionCode().stream()))
        .containsExactlyElementsOf(gbt2260.children(DivisionCode.of("371500")).stream()
            .filter(d -> d.level() == DivisionLevel.COUNTY)
            .map(d -> d.code())
            .toList());
    assertThat(data.counties().counties().stream().filter(c -> c.divisionCode().isEmpty()))
        .extracting(County::shortName, County::kind)
        .containsExactly(
            tuple("开发区", CountyKind.FUNCTIONAL_ZONE),
            tuple("高新区", CountyKind.FUNCTIONAL_ZONE),
            tuple("度假区", CountyKind.FUNCTIONAL_ZONE));
    assertThat(data.counties().find("茌平区").flatMap(County::divisionCode)).contains(DivisionCode.of("371503"));
    assertThat(data.counties().find("临清市").map(County::kind)).contains(CountyKind.COUNTY_LEVEL_CITY);
  }

  @Test
  void theFiveGroupsHaveThePublishedSizesAndTheDepartmentGroupsSitUnderTheMunicipalDepartments() {
    assertThat(data.rankedGroups()).extracting(EvaluationGroup::id).containsExactly(
        "county-level", "economic-departments", "social-management-departments", "public-affairs-departments",
        "public-institutions");
    assertThat(data.rankedGroups()).extracting(g -> g.members().size()).containsExactly(11, 14, 9, 11, 8);
    assertThat(data.rankedGroups()).allMatch(g -> g.period().toString().equals("2022H1"));
    assertThat(data.rankedGroups().subList(1, 4))
        .allMatch(g -> g.parent().map(EvaluationGroup::name).equals(Optional.of("市政府工作部门")))
        .allMatch(g -> g.members().stream().allMatch(u -> u.kind() == UnitKind.MUNICIPAL_DEPARTMENT));
    EvaluationGroup countyLevel = data.rankedGroups().get(0);
    assertThat(countyLevel.members()).allMatch(u -> u.county().isPresent() && u.kind().isCountyLevel());
    assertThat(countyLevel.members().stream().filter(u -> u.kind() == UnitKind.ZONE_COMMITTEE))
        .extracting(EvaluatedUnit::name).containsExactly("开发区管委会", "高新区管委会", "度假区管委会");
  }

  @Test
  void everyGroupHasItsPublishedListAndTheListNamesEachMemberOnce() {
    assertThat(data.publishedLists().keySet())
        .containsExactlyElementsOf(data.rankedGroups().stream().map(EvaluationGroup::id).toList());
    assertThat(data.publishedList(data.rankedGroups().get(1))).contains("第二名:市发\n\n展改革委;");
  }

  @Test
  void theLedgerHoldsTheNamedProjectsWithOnlyTheFiguresTheReportGives() {
    assertThat(data.ledger().values()).hasSize(9).allMatch(p -> p.planYear() == 2022 && p.level().isEmpty()
        && p.completedInvestment().isEmpty());
    assertThat(data.ledger().values().stream().filter(p -> p.totalInvestment().isPresent()))
        .extracting(Project::name, p -> p.totalInvestment().orElseThrow())
        .containsExactly(
            tuple("山东乐宝宠物食品有限公司高端宠物食品项目", Yuan.parse("13.8亿元")),
            tuple("临清经济开发区电子信息产业园", Yuan.parse("8亿元")));
    assertThat(data.ledger().values().stream().filter(p -> p.annualPlannedInvestment().isPresent()))
        .extracting(Project::name, p -> p.annualPlannedInvestment().orElseThrow())
        .containsExactly(tuple(
            "海亮奥博特年产4.8万吨智能化生产线及4条生产线智能化改造项目", Yuan.parse("3.7亿元")));
    assertThat(data.ledger().skippedRows()).singleElement()
        .satisfies(row -> assertThat(row.reason()).isEqualTo(SkipReason.TITLE))
        .satisfies(row -> assertThat(row.text()).isEqualTo(ExampleDataGenerator.LEDGER_TITLE));
    assertThat(data.ledger().ignoredColumns()).containsExactly("序号", "备注");
  }

  @Test
  void theIllustrativeSheetsAreLabelledAndTheSchemeReproducesThePublishedCountyLevelOrder() {
    EvaluationGroup countyLevel = data.rankedGroups().get(0);
    Ranking published = PublishedRanking.parse(countyLevel, data.publishedList(countyLevel));

    Ranking scored = Rankings.rank(ScoringScheme.LIAOCHENG_2022, countyLevel, data.sheets().values());

    assertThat(data.sheets().skippedRows()).singleElement().satisfies(row -> assertThat(row.text()).contains("示例数据"));
    assertThat(scored.entries()).extracting(RankedEntry::unit)
        .containsExactlyElementsOf(published.entries().stream().map(RankedEntry::unit).toList());
    assertThat(scored.entries()).noneMatch(RankedEntry::isTied);
  }

  @Test
  void theTieVariantChangesOneScoreAndTiesExactlyTwoUnits() {
    EvaluationGroup countyLevel = data.rankedGroups().get(0);
    assertThat(data.tieSheets().values()).hasSameSizeAs(data.sheets().values());
    assertThat(data.tieSheets().values()).filteredOn(s -> !data.sheets().values().contains(s))
        .extracting(s -> s.unit().name()).containsExactly(ExampleDataGenerator.TIE_CHANGE.unit());

    Ranking tied = Rankings.rank(ScoringScheme.LIAOCHENG_2022, countyLevel, data.tieSheets().values());

    assertThat(tied.entries()).filteredOn(RankedEntry::isTied)
        .extracting(e -> e.unit().name(), RankedEntry::competitionRank)
        .containsExactly(
            tuple("冠县政府", 2),
            tuple("开发区管委会", 2));
    assertThat(data.tieSheets().skippedRows()).singleElement()
        .satisfies(row -> assertThat(row.text()).contains("示例数据").contains("并列"));
  }

  @Test
  void theReportedFiguresAreTheReportsWordsAndAFigureItDoesNotStateCannotBeUsed() {
    assertThat(data.figures().count("临清市", "重点项目数")).isEqualTo(107);
    assertThat(data.figures().count("临清市", "上半年开工重点项目数")).isEqualTo(102);
    assertThat(data.figures().amount("度假区", "一般公共预算支出")).isEqualTo(Yuan.parse("4.98亿元"));
    assertThat(data.figures().amount("度假区", "民生支出")).isEqualTo(Yuan.parse("4.04亿元"));
    assertThat(data.figures().text("临清市", "省级重点项目完成投资占年度计划")).isEqualTo("64.6%");
    assertThatThrownBy(() -> data.figures().text("冠县", "开工率"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("figures.csv has no figure 开工率 for 冠县");
  }

  @Test
  void theClustersAreTheFourOfGuanxianTheReportNamesAllProvincialOf2022() {
    assertThat(data.clusters()).hasSize(4)
        .allMatch(c -> c.county().shortName().equals("冠县") && c.level() == ClusterLevel.PROVINCIAL
            && c.yearRecognised().getAsInt() == 2022);
    assertThat(data.clusters().get(0).capacities()).extracting(Object::toString).containsExactly("1600万吨");
  }

  @Test
  void aDataFileThatIsNotThereIsAnErrorNamingIt() {
    assertThatThrownBy(() -> {
      try (InputStream in = DataFiles.open("missing.csv")) {
        in.read();
      }
    }).isInstanceOf(FileNotFoundException.class).hasMessageContaining("/liaocheng-2022h1/missing.csv");
  }

  @Test
  void publishedListsAreSplitByGroupAndTextBeforeTheFirstGroupIsAnError() {
    assertThat(ReportData.publishedLists("# note\n[a]\n标题\n第一名:甲。\n\n[b]\n第一名:乙。\n"))
        .containsExactly(Map.entry("a", "标题\n第一名:甲。"), Map.entry("b", "第一名:乙。"));
    assertThatThrownBy(() -> ReportData.publishedLists("第一名:甲。\n[a]\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the first [group id]");
  }
}
