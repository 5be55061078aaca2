package dev.pingyi.io;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.InvestmentTotals;
import dev.pingyi.model.Capacity;
import dev.pingyi.model.ClusterLevel;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.CreditCode;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.Enterprise;
import dev.pingyi.model.EnterpriseDesignation;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectPhase;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.Yuan;
import dev.pingyi.ranking.CompositeRule;
import dev.pingyi.ranking.MissingSheetPolicy;
import dev.pingyi.ranking.RankBasis;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.RankingRule;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import dev.pingyi.ranking.TiePolicy;
import dev.pingyi.ranking.VetoPolicy;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Values of every type the JSON module writes, from the 2022 H1 Liaocheng report where it has them. */
final class JsonSamples {

  static final ReportPeriod H1 = ReportPeriod.ofHalfYear(2022, 1);
  static final Prefecture LIAOCHENG = Prefecture.of("聊城市", DivisionCode.of("371500"));

  static final County GUANXIAN = County.builder()
      .name("冠县").kind(CountyKind.COUNTY).divisionCode(DivisionCode.of("371525")).prefecture(LIAOCHENG).build();
  static final County CHIPING = County.builder()
      .name("茌平区").kind(CountyKind.DISTRICT).divisionCode(DivisionCode.of("371503")).prefecture(LIAOCHENG).build();
  static final County RESORT = County.builder()
      .name("聊城江北水城旅游度假区").shortName("度假区").kind(CountyKind.FUNCTIONAL_ZONE).prefecture(LIAOCHENG).build();

  static final Enterprise GUANGDA = Enterprise.builder()
      .name("冠县光大复合材料有限公司")
      .creditCode(CreditCode.of("91310110666007217T"))
      .addDesignations(EnterpriseDesignation.SPECIALISED_AND_INNOVATIVE, EnterpriseDesignation.HIGH_TECH)
      .build();
  static final Enterprise LEBAO = Enterprise.named("山东乐宝宠物食品有限公司");

  static final IndustryCluster STEEL = IndustryCluster.builder()
      .name("冠县钢铁延链绿色智造产业集群")
      .county(GUANXIAN)
      .level(ClusterLevel.PROVINCIAL)
      .yearRecognised(2022)
      .chainLeader(GUANGDA)
      .addMembers(GUANGDA, LEBAO)
      .addCapacities(Capacity.parse("1600万吨"))
      .build();

  /** A project with every property given. */
  static final Project FULL_PROJECT = Project.builder()
      .id("guanxian-steel-plate")
      .name("冠县光大复合材料钢板深加工项目")
      .county(GUANXIAN)
      .enterprise(GUANGDA)
      .level(ProjectLevel.PROVINCIAL)
      .category(ProjectCategory.INDUSTRY)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .totalInvestment(Yuan.parse("13.8亿元"))
      .annualPlannedInvestment(Yuan.parse("4.5亿元"))
      .completedInvestment(Yuan.parse("2.91亿元"))
      .cluster(STEEL)
      .addCapacities(Capacity.parse("35万吨/年"), Capacity.parse("180万锭"))
      .expectedAnnualRevenue(Yuan.parse("20亿元"))
      .expectedAnnualTax(Yuan.parse("0.8亿元"))
      .expectedJobs(500)
      .startMonth(YearMonth.of(2022, 3))
      .completionMonth(YearMonth.of(2023, 10))
      .addPhases(ProjectPhase.of(1, ProjectStatus.COMPLETED), ProjectPhase.of(2, ProjectStatus.UNDER_CONSTRUCTION))
      .build();

  /** A project with only the required properties. */
  static final Project BARE_PROJECT = Project.builder()
      .id("chiping-logistics")
      .name("茌平物流园项目")
      .county(CHIPING)
      .category(ProjectCategory.INFRASTRUCTURE)
      .status(ProjectStatus.PLANNED)
      .planYear(2022)
      .build();

  static final EvaluatedUnit GUANXIAN_GOVERNMENT = EvaluatedUnit.governing("冠县政府", GUANXIAN);
  static final EvaluatedUnit CHIPING_GOVERNMENT = EvaluatedUnit.governing("茌平区政府", CHIPING);
  static final EvaluatedUnit RESORT_COMMITTEE = EvaluatedUnit.governing("度假区管委会", RESORT);
  static final EvaluatedUnit FINANCE = EvaluatedUnit.department("市财政局");

  static final EvaluationGroup DEPARTMENTS = EvaluationGroup.builder()
      .id("departments").name("市政府部门").category("市政府部门").period(H1).build();
  static final EvaluationGroup ECONOMIC = EvaluationGroup.builder()
      .id("economic").name("经济部门").category("经济部门").period(H1).addMembers(FINANCE).parent(DEPARTMENTS).build();
  static final EvaluationGroup COUNTY_LEVEL = EvaluationGroup.builder()
      .id("county-level")
      .name("县（市、区）")
      .category("县（市、区）")
      .period(H1)
      .addMembers(CHIPING_GOVERNMENT, GUANXIAN_GOVERNMENT, RESORT_COMMITTEE)
      .build();

  static final ScoreComponent BASE = ScoreComponent.BASE_EVALUATION;
  static final ScoreComponent ON_SITE = ScoreComponent.ON_SITE_EVALUATION;

  static final ScoreSheet CHIPING_SHEET = sheet(CHIPING_GOVERNMENT, "95", "90");
  static final ScoreSheet GUANXIAN_SHEET = ScoreSheet.builder()
      .from(sheet(GUANXIAN_GOVERNMENT, "92.5", "88"))
      .addBonuses(ScoreAdjustment.of(Score.of(1), "争先创优"))
      .addDeductions(ScoreAdjustment.of(Score.parse("0.5"), "通报批评"))
      .build();
  static final ScoreSheet RESORT_SHEET = sheet(RESORT_COMMITTEE, "99", "99").withVetoReason("安全生产事故");

  /** A scheme with no default left: caps, three decimals, tie-breakers, exclusion. */
  static final ScoringScheme EXCLUDING_SCHEME = ScoringScheme.builder()
      .name("测试评分方案")
      .composite(CompositeRule.builder()
          .weight(BASE, "0.6").weight(ON_SITE, "0.4")
          .bonusCap(Score.of(2)).deductionCap(Score.of(3))
          .publishedScale(3).publishedRounding(RoundingMode.HALF_EVEN)
          .build())
      .ranking(RankingRule.builder()
          .tiePolicy(TiePolicy.FRACTIONAL)
          .addTieBreakers(BASE)
          .vetoPolicy(VetoPolicy.EXCLUDE)
          .missingSheetPolicy(MissingSheetPolicy.EXCLUDE)
          .rankBasis(RankBasis.PUBLISHED)
          .build())
      .build();

  static final Ranking SCORED = Rankings.rank(
      ScoringScheme.LIAOCHENG_2022, COUNTY_LEVEL, List.of(GUANXIAN_SHEET, RESORT_SHEET, CHIPING_SHEET));

  static final Ranking EXCLUDING = Rankings.rank(EXCLUDING_SCHEME, COUNTY_LEVEL, List.of(GUANXIAN_SHEET, RESORT_SHEET));

  static final Ranking PUBLISHED = Rankings.fromPublishedPlaces(
      COUNTY_LEVEL, List.of(List.of("度假区管委会"), List.of("冠县政府", "茌平区政府")));

  static final GroupedTotals<County> BY_COUNTY =
      Stream.of(FULL_PROJECT, BARE_PROJECT).collect(GroupedTotals.toTotalsByCounty());

  static final GroupedTotals<Optional<ProjectLevel>> BY_LEVEL =
      Stream.of(FULL_PROJECT, BARE_PROJECT).collect(GroupedTotals.toTotalsByLevel());

  static final InvestmentTotals TOTALS = InvestmentTotals.of(List.of(FULL_PROJECT, BARE_PROJECT));

  private JsonSamples() {}

  static ScoreSheet sheet(EvaluatedUnit unit, String base, String onSite) {
    return ScoreSheet.builder().unit(unit).period(H1)
        .putScores(BASE, Score.parse(base)).putScores(ON_SITE, Score.parse(onSite)).build();
  }
}
