package dev.pingyi.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.pingyi.io.CountyLookup;
import dev.pingyi.io.EvaluatedUnitTableReader;
import dev.pingyi.io.ProjectTableReader;
import dev.pingyi.io.ReadResult;
import dev.pingyi.io.ScoreSheetTableReader;
import dev.pingyi.model.Capacity;
import dev.pingyi.model.ClusterLevel;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.DivisionRegistry;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.ScoreSheet;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluation office holds for the 2022 H1 report, read from the example's data files
 * ({@link DataFiles}): the county-level units (checked against the GB/T 2260 registry), the
 * evaluation groups and their members, the published ranking lists as text, the figures the
 * report states, the industry clusters it names, the project ledger ({@code .xlsx}, read by
 * {@link ProjectTableReader}) and the illustrative score sheets (GBK CSV, read by {@link
 * ScoreSheetTableReader}).
 *
 * @param title the evaluation's title, such as 2022年上半年全市政府系统综合评议
 * @param source where the facts come from
 * @param city the prefecture-level city
 * @param period the evaluation period
 * @param counties the county-level units and functional zones, found by name or short name
 * @param rankedGroups the groups that have members, in the order of {@code groups.csv}
 * @param publishedLists each ranked group's published list as the report prints it, by group id
 * @param figures the figures the report states
 * @param clusters the industry clusters the report names
 * @param ledger the key projects the report names, as the ledger reader read them
 * @param sheets the illustrative score sheets of the county-level group
 * @param tieSheets the same sheets with one on-site score changed so that two units tie
 */
record ReportData(
    String title,
    String source,
    Prefecture city,
    ReportPeriod period,
    CountyLookup counties,
    ImmutableList<EvaluationGroup> rankedGroups,
    ImmutableMap<String, String> publishedLists,
    ReportedFigures figures,
    ImmutableList<IndustryCluster> clusters,
    ReadResult<Project> ledger,
    ReadResult<ScoreSheet> sheets,
    ReadResult<ScoreSheet> tieSheets) {

  /** The ledger of the key projects the report names. */
  static final String LEDGER = "projects.xlsx";

  /** The illustrative score sheets of the county-level group. */
  static final String SCORES = "scores-illustrative.csv";

  /** The illustrative score sheets with one tie. */
  static final String TIE_SCORES = "scores-illustrative-tie.csv";

  /** Reads every data file. */
  static ReportData load() throws IOException {
    Properties report = DataFiles.properties("report.properties");
    Prefecture city = Prefecture.of(DataFiles.required(report, "report.properties", "city"),
        DivisionCode.of(DataFiles.required(report, "report.properties", "cityCode")));
    ReportPeriod period = ReportPeriod.parse(DataFiles.required(report, "report.properties", "period"));
    CountyLookup counties = CountyLookup.of(counties(city, DivisionRegistry.gbt2260()));
    ImmutableList<EvaluationGroup> groups = groups(period, counties);
    ScoreSheetTableReader sheetReader = ScoreSheetTableReader.builder(groups).build();
    ProjectTableReader ledgerReader = ProjectTableReader.builder(counties).planYear(period.year()).build();
    try (InputStream ledger = DataFiles.open(LEDGER);
        InputStream sheets = DataFiles.open(SCORES);
        InputStream tieSheets = DataFiles.open(TIE_SCORES)) {
      return new ReportData(
          DataFiles.required(report, "report.properties", "title"),
          DataFiles.required(report, "report.properties", "source"),
          city,
          period,
          counties,
          groups,
          publishedLists(DataFiles.text("rankings.txt")),
          ReportedFigures.of(DataFiles.csv(ReportedFigures.FILE)),
          clusters(counties),
          ledgerReader.readXlsx(ledger, LEDGER),
          sheetReader.readCsv(sheets, SCORES),
          sheetReader.readCsv(tieSheets, TIE_SCORES));
    }
  }

  /** The published list of the group, as printed. */
  String publishedList(EvaluationGroup group) {
    String list = publishedLists.get(group.id());
    if (list == null) {
      throw new IllegalArgumentException("rankings.txt has no list for group " + group.id());
    }
    return list;
  }

  /** The group the illustrative score sheets are for: the group of their units. */
  EvaluationGroup scoredGroup() {
    EvaluatedUnit unit = sheets.values().get(0).unit();
    return rankedGroups.stream()
        .filter(g -> g.members().contains(unit))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(unit.name() + " is in no group"));
  }

  /** counties.csv: 名称, 简称, 类型, 行政区划代码 (empty for a functional zone). */
  private static ImmutableList<County> counties(Prefecture city, DivisionRegistry registry) throws IOException {
    ImmutableList.Builder<County> counties = ImmutableList.builder();
    for (NamedCsvRecord row : DataFiles.csv("counties.csv")) {
      String code = row.getField("行政区划代码").strip();
      County county = County.builder()
          .name(row.getField("名称"))
          .shortName(row.getField("简称"))
          .kind(CountyKind.fromChinese(row.getField("类型")))
          .divisionCode(code.isEmpty() ? Optional.empty() : Optional.of(DivisionCode.of(code)))
          .prefecture(city)
          .build();
      counties.add(registry.checkCounty(county));
    }
    return counties.build();
  }

  /**
   * groups.csv: 编号, 名称, 类别, 上级 (a group listed above); units.csv, the evaluated-units list
   * ({@link EvaluatedUnitTableReader}): 评议组, 单位, 单位类型, 所属县区 (for a county-level government or
   * zone committee).
   */
  private static ImmutableList<EvaluationGroup> groups(ReportPeriod period, CountyLookup counties)
      throws IOException {
    Map<String, EvaluationGroup> groups = new LinkedHashMap<>();
    for (NamedCsvRecord row : DataFiles.csv("groups.csv")) {
      String id = row.getField("编号").strip();
      String parent = row.getField("上级").strip();
      EvaluationGroup.Builder group = EvaluationGroup.builder()
          .id(id)
          .name(row.getField("名称"))
          .category(row.getField("类别"))
          .period(period);
      if (!parent.isEmpty()) {
        EvaluationGroup above = groups.get(parent);
        if (above == null) {
          throw new IllegalArgumentException("groups.csv: group " + id + " names parent " + parent
              + ", which is not listed above it");
        }
        group.parent(above);
      }
      groups.put(id, group.build());
    }
    EvaluatedUnitTableReader units = EvaluatedUnitTableReader.builder(counties, groups.values()).build();
    try (InputStream in = DataFiles.open("units.csv")) {
      return units.groupsWith(units.readCsv(in, "units.csv").values()).stream()
          .filter(g -> !g.members().isEmpty())
          .collect(ImmutableList.toImmutableList());
    }
  }

  /** clusters.csv: 名称, 所属县区, 级别, 认定年份, 产能 (capacities separated by ；). */
  private static ImmutableList<IndustryCluster> clusters(CountyLookup counties) throws IOException {
    ImmutableList.Builder<IndustryCluster> clusters = ImmutableList.builder();
    for (NamedCsvRecord row : DataFiles.csv("clusters.csv")) {
      IndustryCluster.Builder cluster = IndustryCluster.builder()
          .name(row.getField("名称"))
          .county(county(counties, row.getField("所属县区"), "clusters.csv"))
          .level(ClusterLevel.fromChinese(row.getField("级别")))
          .yearRecognised(Integer.parseInt(row.getField("认定年份").strip()));
      Arrays.stream(row.getField("产能").split("；"))
          .filter(text -> !text.isBlank())
          .forEach(text -> cluster.addCapacities(Capacity.parse(text)));
      clusters.add(cluster.build());
    }
    return clusters.build();
  }

  private static County county(CountyLookup counties, String name, String file) {
    return counties.find(name).orElseThrow(() -> new IllegalArgumentException(
        file + ": county " + name + " is not in counties.csv"));
  }

  /**
   * rankings.txt: each list under a line {@code [group id]}; lines starting with {@code #} are
   * notes. A list keeps its heading and its line breaks, which {@code PublishedRanking.parse} reads.
   */
  static ImmutableMap<String, String> publishedLists(String text) {
    Map<String, StringBuilder> lists = new LinkedHashMap<>();
    @Nullable StringBuilder current = null;
    for (String line : text.lines().toList()) {
      String stripped = line.strip();
      if (stripped.startsWith("#")) {
        continue;
      }
      if (stripped.startsWith("[") && stripped.endsWith("]")) {
        current = new StringBuilder();
        lists.put(stripped.substring(1, stripped.length() - 1).strip(), current);
      } else if (current != null) {
        current.append(line).append('\n');
      } else if (!stripped.isEmpty()) {
        throw new IllegalArgumentException("rankings.txt: text before the first [group id]: " + stripped);
      }
    }
    ImmutableMap.Builder<String, String> stripped = ImmutableMap.builder();
    lists.forEach((id, list) -> stripped.put(id, list.toString().strip()));
    return stripped.buildOrThrow();
  }
}
