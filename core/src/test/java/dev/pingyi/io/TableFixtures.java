package dev.pingyi.io;

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
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.Yuan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Liaocheng's counties, zones, groups, projects and sheets, and helpers that make table files. */
final class TableFixtures {

  static final Prefecture LIAOCHENG = Prefecture.of("聊城市", DivisionCode.of("371500"));
  static final ReportPeriod H1 = ReportPeriod.ofHalfYear(2022, 1);
  static final Charset GBK = Charset.forName("GBK");
  static final Charset GB18030 = Charset.forName("GB18030");

  static final County DEVELOPMENT_ZONE = zone("聊城经济技术开发区", "开发区");
  static final County HIGH_TECH_ZONE = zone("聊城高新技术产业开发区", "高新区");
  static final County RESORT = zone("聊城江北水城旅游度假区", "度假区");
  static final List<County> ZONES = List.of(DEVELOPMENT_ZONE, HIGH_TECH_ZONE, RESORT);

  static final CountyLookup COUNTIES = CountyLookup.of(LIAOCHENG, DivisionRegistry.gbt2260(), ZONES);
  static final County GUANXIAN = COUNTIES.find("冠县").orElseThrow();
  static final County LINQING = COUNTIES.find("临清市").orElseThrow();
  static final County CHIPING = COUNTIES.find("茌平区").orElseThrow();

  static final IndustryCluster STEEL = IndustryCluster.builder()
      .name("冠县钢铁延链绿色智造").county(GUANXIAN).level(ClusterLevel.PROVINCIAL).yearRecognised(2022).build();
  static final IndustryCluster BEARINGS = IndustryCluster.builder()
      .name("轴承").county(GUANXIAN).level(ClusterLevel.PROVINCIAL).build();
  /** A cluster of Linqing with the name of one of Guanxian's. */
  static final IndustryCluster LINQING_BEARINGS = IndustryCluster.builder()
      .name("轴承").county(LINQING).level(ClusterLevel.MUNICIPAL).build();
  static final List<IndustryCluster> CLUSTERS = List.of(STEEL, BEARINGS, LINQING_BEARINGS);

  static final EvaluatedUnit CHIPING_GOVERNMENT = EvaluatedUnit.governing("茌平区政府", CHIPING);
  static final EvaluatedUnit GUANXIAN_GOVERNMENT = EvaluatedUnit.governing("冠县政府", GUANXIAN);
  static final EvaluatedUnit LINQING_GOVERNMENT = EvaluatedUnit.governing("临清市政府", LINQING);
  static final EvaluatedUnit ZONE_COMMITTEE = EvaluatedUnit.governing("开发区管委会", DEVELOPMENT_ZONE);
  static final EvaluatedUnit RESORT_COMMITTEE = EvaluatedUnit.governing("度假区管委会", RESORT);

  static final EvaluationGroup COUNTY_LEVEL = EvaluationGroup.builder()
      .id("county-level")
      .name("县（市、区）")
      .category("县（市、区）")
      .period(H1)
      .addMembers(CHIPING_GOVERNMENT, GUANXIAN_GOVERNMENT, ZONE_COMMITTEE, LINQING_GOVERNMENT, RESORT_COMMITTEE)
      .build();

  static final EvaluationGroup ECONOMIC = EvaluationGroup.builder()
      .id("economic")
      .name("经济部门")
      .category("市政府部门")
      .period(H1)
      .addMembers(EvaluatedUnit.department("市农业农村局"), EvaluatedUnit.department("市发展改革委"))
      .build();

  static final List<EvaluationGroup> GROUPS = List.of(COUNTY_LEVEL, ECONOMIC);

  /** The groups an evaluated-units list fills: without members; two share a name, 其他部门. */
  static final EvaluationGroup DEPARTMENTS = EvaluationGroup.builder()
      .id("departments").name("市政府工作部门").category("市政府部门").period(H1).build();
  static final List<EvaluationGroup> EMPTY_GROUPS = List.of(
      COUNTY_LEVEL.withMembers(List.of()),
      DEPARTMENTS,
      ECONOMIC.withMembers(List.of()).withParent(DEPARTMENTS),
      DEPARTMENTS.withId("other-a").withName("其他部门"),
      DEPARTMENTS.withId("other-b").withName("其他部门"));

  static EvaluatedUnitTableReader.Builder unitReader() {
    return EvaluatedUnitTableReader.builder(COUNTIES, EMPTY_GROUPS);
  }

  private TableFixtures() {}

  private static County zone(String name, String shortName) {
    return County.builder().name(name).shortName(shortName).kind(CountyKind.FUNCTIONAL_ZONE).prefecture(LIAOCHENG).build();
  }

  static ProjectTableReader.Builder projectReader() {
    return ProjectTableReader.builder(COUNTIES).planYear(2022);
  }

  static ScoreSheetTableReader.Builder sheetReader() {
    return ScoreSheetTableReader.builder(GROUPS);
  }

  static Project project(String id, String name, County county, String total, String plan, String completed) {
    Project.Builder b = Project.builder()
        .id(id)
        .name(name)
        .county(county)
        .category(ProjectCategory.INDUSTRY)
        .status(ProjectStatus.UNDER_CONSTRUCTION)
        .level(ProjectLevel.PROVINCIAL)
        .planYear(2022);
    if (!total.isEmpty()) {
      b.totalInvestment(Yuan.parse(total));
    }
    if (!plan.isEmpty()) {
      b.annualPlannedInvestment(Yuan.parse(plan));
    }
    if (!completed.isEmpty()) {
      b.completedInvestment(Yuan.parse(completed));
    }
    return b.build();
  }

  /** Three projects as the clean tables hold them. */
  static final List<Project> PROJECTS = List.of(
      project("GX-01", "山东乐宝宠物食品有限公司高端宠物食品项目", GUANXIAN, "13.8亿元", "12500万元", "6000.5万元"),
      project("LQ-01", "海亮奥博特新增4.8万吨生产线项目", LINQING, "3.7亿元", "", ""),
      project("ZONE-01", "融媒体创业产业园", DEVELOPMENT_ZONE, "8亿元", "2亿元", "0.01元"));

  static ScoreSheet sheet(EvaluatedUnit unit, String base, String onSite) {
    return ScoreSheet.builder()
        .unit(unit)
        .period(H1)
        .putScores(ScoreComponent.BASE_EVALUATION, Score.parse(base))
        .putScores(ScoreComponent.ON_SITE_EVALUATION, Score.parse(onSite))
        .build();
  }

  /** Sheets with a bonus, a deduction and a veto among them. */
  static final List<ScoreSheet> SHEETS = List.of(
      sheet(CHIPING_GOVERNMENT, "95.5", "92"),
      sheet(GUANXIAN_GOVERNMENT, "93", "94.25").withBonuses(ScoreAdjustment.of(Score.parse("1.5"), "省级表彰")),
      sheet(ZONE_COMMITTEE, "93", "94.25"),
      sheet(LINQING_GOVERNMENT, "90.1234", "88").withDeductions(ScoreAdjustment.of(Score.parse("2"), "安全生产事故")),
      sheet(RESORT_COMMITTEE, "99", "99").withVetoReason("重大安全事故"));

  /** The bytes of a CSV text in the given character set. */
  static byte[] csv(Charset charset, String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
  }

  /** The bytes of an .xlsx workbook whose one sheet the consumer fills. */
  static byte[] xlsx(String sheetName, Consumer<Worksheet> fill) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "PingyiTest", "1.0");
      fill.accept(workbook.newWorksheet(sheetName));
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Puts the cells in the sheet's row, strings as text and numbers as numeric cells. */
  static void row(Worksheet sheet, int row, Object... cells) {
    for (int c = 0; c < cells.length; c++) {
      Object cell = cells[c];
      if (cell instanceof Number number) {
        sheet.value(row, c, number);
      } else if (cell != null && !"".equals(cell)) {
        sheet.value(row, c, cell.toString());
      }
    }
  }
}
