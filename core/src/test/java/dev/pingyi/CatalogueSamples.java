package dev.pingyi;

import dev.pingyi.model.ClusterLevel;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.Enterprise;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.Yuan;
import java.util.Arrays;

/** Valid values, made through the public API alone, for the catalogue's bad inputs to vary. */
final class CatalogueSamples {

  static final Prefecture LIAOCHENG = Prefecture.of("聊城市", DivisionCode.of("371500"));
  static final ReportPeriod H1 = ReportPeriod.ofHalfYear(2022, 1);
  static final ReportPeriod H2 = ReportPeriod.ofHalfYear(2022, 2);
  static final ScoreComponent BASE = ScoreComponent.BASE_EVALUATION;
  static final ScoreComponent ON_SITE = ScoreComponent.ON_SITE_EVALUATION;
  static final ScoreComponent OTHER = ScoreComponent.of("满意度测评分", Score.ZERO, Score.of(100));

  static final County GUANXIAN = county("冠县", CountyKind.COUNTY, "371525");
  static final County LINQING = county("临清市", CountyKind.COUNTY_LEVEL_CITY, "371581");
  static final County RESORT = County.builder()
      .name("聊城江北水城旅游度假区")
      .shortName("度假区")
      .kind(CountyKind.FUNCTIONAL_ZONE)
      .prefecture(LIAOCHENG)
      .build();

  static final Enterprise LEBAO = Enterprise.named("山东乐宝宠物食品有限公司");

  static final IndustryCluster STEEL = IndustryCluster.builder()
      .name("冠县钢铁延链绿色智造")
      .county(GUANXIAN)
      .level(ClusterLevel.PROVINCIAL)
      .yearRecognised(2022)
      .build();

  static final Project LEBAO_PROJECT = Project.builder()
      .id("guanxian-lebao")
      .name("山东乐宝宠物食品有限公司高端宠物食品项目")
      .county(GUANXIAN)
      .enterprise(LEBAO)
      .category(ProjectCategory.INDUSTRY)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .totalInvestment(Yuan.parse("13.8亿元"))
      .annualPlannedInvestment(Yuan.parse("5亿元"))
      .completedInvestment(Yuan.parse("3亿元"))
      .build();

  /** A project whose total investment alone fills a long count of fen: two of them overflow. */
  static final Project HUGE_PROJECT = LEBAO_PROJECT
      .withId("huge")
      .withAnnualPlannedInvestment(Yuan.ZERO)
      .withCompletedInvestment(Yuan.ZERO)
      .withTotalInvestment(Yuan.ofFen(Long.MAX_VALUE));

  static final EvaluatedUnit GUANXIAN_GOVERNMENT = EvaluatedUnit.governing("冠县政府", GUANXIAN);
  static final EvaluatedUnit LINQING_GOVERNMENT = EvaluatedUnit.governing("临清市政府", LINQING);
  static final EvaluatedUnit RESORT_COMMITTEE = EvaluatedUnit.governing("度假区管委会", RESORT);
  static final EvaluatedUnit FINANCE = EvaluatedUnit.department("市财政局");

  static final EvaluationGroup COUNTY_LEVEL = EvaluationGroup.builder()
      .id("county-level")
      .name("各县（市、区）政府、市属开发区管委会")
      .category("县（市、区）")
      .period(H1)
      .addMembers(GUANXIAN_GOVERNMENT, LINQING_GOVERNMENT, RESORT_COMMITTEE)
      .build();

  /** Four departments, for the published lists. */
  static final EvaluationGroup SOCIAL = EvaluationGroup.builder()
      .id("social")
      .name("社会管理部门")
      .category("市政府部门")
      .period(H1)
      .addAllMembers(Arrays.stream(new String[] {"市公安局", "市应急局", "市城管局", "市生态环境局"})
          .map(EvaluatedUnit::department)
          .toList())
      .build();

  static final ScoreSheet GUANXIAN_SHEET = sheet(GUANXIAN_GOVERNMENT, "92.5", "88");
  static final ScoreSheet LINQING_SHEET = sheet(LINQING_GOVERNMENT, "90", "95");
  static final ScoreSheet RESORT_SHEET = sheet(RESORT_COMMITTEE, "85", "90.5");

  private CatalogueSamples() {}

  static County county(String name, CountyKind kind, String code) {
    return County.builder().name(name).kind(kind).divisionCode(DivisionCode.of(code)).prefecture(LIAOCHENG).build();
  }

  static ScoreSheet sheet(EvaluatedUnit unit, String base, String onSite) {
    return ScoreSheet.builder()
        .unit(unit)
        .period(H1)
        .putScores(BASE, Score.parse(base))
        .putScores(ON_SITE, Score.parse(onSite))
        .build();
  }

  static EvaluationGroup group(String id, EvaluatedUnit... members) {
    return EvaluationGroup.builder().id(id).name(id).category("市政府部门").period(H1).addMembers(members).build();
  }
}
