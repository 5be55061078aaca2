package dev.pingyi.model;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.YearMonth;

/** Valid values of every model type, from the 2022 H1 Liaocheng report, for tests to vary. */
final class Samples {

  static final Prefecture LIAOCHENG = Prefecture.of("聊城市", DivisionCode.of("371500"));
  static final ReportPeriod H1 = ReportPeriod.ofHalfYear(2022, 1);

  static final County GUANXIAN = County.builder()
      .name("冠县")
      .kind(CountyKind.COUNTY)
      .divisionCode(DivisionCode.of("371525"))
      .prefecture(LIAOCHENG)
      .build();

  static final County LINQING = County.builder()
      .name("临清市")
      .kind(CountyKind.COUNTY_LEVEL_CITY)
      .divisionCode(DivisionCode.of("371581"))
      .prefecture(LIAOCHENG)
      .build();

  static final County RESORT = County.builder()
      .name("聊城江北水城旅游度假区")
      .shortName("度假区")
      .kind(CountyKind.FUNCTIONAL_ZONE)
      .prefecture(LIAOCHENG)
      .build();

  static final CreditCode CREDIT_CODE = CreditCode.of("91310110666007217T");

  static final Enterprise LEBAO = Enterprise.named("山东乐宝宠物食品有限公司");

  static final IndustryCluster STEEL = IndustryCluster.builder()
      .name("冠县钢铁延链绿色智造")
      .county(GUANXIAN)
      .level(ClusterLevel.PROVINCIAL)
      .yearRecognised(2022)
      .addCapacities(Capacity.parse("1600万吨"))
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
      .build();

  static final EvaluatedUnit GUANXIAN_GOVERNMENT = EvaluatedUnit.governing("冠县政府", GUANXIAN);
  static final EvaluatedUnit RESORT_COMMITTEE = EvaluatedUnit.governing("度假区管委会", RESORT);

  static final EvaluationGroup COUNTY_LEVEL = EvaluationGroup.builder()
      .id("county-level")
      .name("各县（市、区）政府、市属开发区管委会")
      .category("县（市、区）")
      .period(H1)
      .addMembers(GUANXIAN_GOVERNMENT, RESORT_COMMITTEE)
      .build();

  static final ScoreSheet SHEET = ScoreSheet.builder()
      .unit(GUANXIAN_GOVERNMENT)
      .period(H1)
      .putScores(ScoreComponent.BASE_EVALUATION, Score.parse("92.5"))
      .putScores(ScoreComponent.ON_SITE_EVALUATION, Score.parse("88"))
      .build();

  private Samples() {}

  /** A tester that knows a valid value of every model type. */
  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(Yuan.class, Yuan.ofYuan(1))
        .setDefault(Ratio.class, Ratio.of(1, 2))
        .setDefault(ReportPeriod.class, H1)
        .setDefault(DivisionCode.class, DivisionCode.of("371525"))
        .setDefault(CreditCode.class, CREDIT_CODE)
        .setDefault(Prefecture.class, LIAOCHENG)
        .setDefault(County.class, GUANXIAN)
        .setDefault(Enterprise.class, LEBAO)
        .setDefault(Capacity.class, Capacity.parse("35万吨/年"))
        .setDefault(IndustryCluster.class, STEEL)
        .setDefault(ProjectPhase.class, ProjectPhase.of(1, ProjectStatus.COMPLETED))
        .setDefault(Project.class, LEBAO_PROJECT)
        .setDefault(EvaluatedUnit.class, GUANXIAN_GOVERNMENT)
        .setDefault(EvaluationGroup.class, COUNTY_LEVEL)
        .setDefault(Score.class, Score.of(1))
        .setDefault(ScoreComponent.class, ScoreComponent.BASE_EVALUATION)
        .setDefault(ScoreAdjustment.class, ScoreAdjustment.of(Score.of(1), "重大贡献"))
        .setDefault(ScoreSheet.class, SHEET)
        .setDefault(YearMonth.class, YearMonth.of(2022, 10))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(CharSequence.class, "1");
  }
}
