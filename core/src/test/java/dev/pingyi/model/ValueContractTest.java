package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value type: null arguments are rejected with an NPE, and equality follows the value. */
class ValueContractTest {

  private final NullPointerTester nulls = Samples.nullPointerTester();

  static Stream<Object> instances() {
    return Stream.of(
        Yuan.ofYuan(5), Ratio.of(2, 3), Samples.H1, DivisionCode.of("371503"), Samples.CREDIT_CODE,
        Samples.LIAOCHENG, Samples.GUANXIAN, Samples.RESORT, Samples.LEBAO,
        Capacity.parse("35万吨/年"), Samples.STEEL, ProjectPhase.of(2, ProjectStatus.PLANNED),
        Samples.LEBAO_PROJECT, Samples.GUANXIAN_GOVERNMENT, Samples.COUNTY_LEVEL, Score.of(3),
        ScoreComponent.BASE_EVALUATION, ScoreAdjustment.of(Score.of(2), "重大贡献"), Samples.SHEET);
  }

  static Stream<Class<?>> types() {
    return Stream.of(
        Yuan.class, Ratio.class, ReportPeriod.class, ChineseNumerals.class, DivisionCode.class, CreditCode.class,
        Prefecture.class, ImmutablePrefecture.class, County.class, ImmutableCounty.class,
        Enterprise.class, ImmutableEnterprise.class, Capacity.class, ImmutableCapacity.class,
        IndustryCluster.class, ImmutableIndustryCluster.class, ProjectPhase.class,
        ImmutableProjectPhase.class, Project.class, EvaluatedUnit.class,
        ImmutableEvaluatedUnit.class, EvaluationGroup.class, ImmutableEvaluationGroup.class,
        Score.class, ScoreComponent.class, ImmutableScoreComponent.class, ScoreAdjustment.class,
        ImmutableScoreAdjustment.class, ScoreSheet.class, ImmutableScoreSheet.class,
        EvaluationAspect.class);
  }

  @ParameterizedTest
  @MethodSource("types")
  void staticMethodsRejectNull(Class<?> type) {
    nulls.testAllPublicStaticMethods(type);
  }

  @ParameterizedTest
  @MethodSource("instances")
  void instanceMethodsRejectNull(Object value) {
    nulls.testAllPublicInstanceMethods(value);
  }

  @Test
  void buildersRejectNull() {
    for (Object builder : List.of(
        County.builder(), Enterprise.builder(), IndustryCluster.builder(), Project.builder(),
        EvaluatedUnit.builder(), EvaluationGroup.builder(), ScoreSheet.builder(),
        Prefecture.builder(), Capacity.builder(), ProjectPhase.builder(),
        ScoreComponent.builder(), ScoreAdjustment.builder())) {
      nulls.testAllPublicInstanceMethods(builder);
    }
  }

  @Test
  void handWrittenValuesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Yuan.parse("13.8亿元"), Yuan.parse("138000万元"), Yuan.ofFen(138_000_000_000L))
        .addEqualityGroup(Yuan.ZERO, Yuan.ofYuan(0), Yuan.parse("0万元"))
        .addEqualityGroup(Yuan.ofFen(-1))
        .addEqualityGroup(Ratio.of(1, 2), Ratio.of(3, 6), Ratio.of(-2, -4), Ratio.parse("1/2"))
        .addEqualityGroup(Ratio.of(-1, 2), Ratio.of(1, -2))
        .addEqualityGroup(Ratio.ONE, Ratio.of(new BigDecimal("1.00")))
        .addEqualityGroup(ReportPeriod.ofHalfYear(2022, 1), ReportPeriod.parse("2022年上半年"), ReportPeriod.parse("2022H1"))
        .addEqualityGroup(ReportPeriod.yearToDate(2022, 6), ReportPeriod.parse("2022年1-6月"), ReportPeriod.parse("2022-01/06"))
        .addEqualityGroup(ReportPeriod.yearToDate(2022, 9), ReportPeriod.parse("2022年前三季度"), ReportPeriod.parse("2022年1-9月"))
        .addEqualityGroup(ReportPeriod.yearToDate(2022, 12), ReportPeriod.of(2022, PeriodKind.YEAR_TO_DATE, 12))
        .addEqualityGroup(ReportPeriod.yearToDate(2021, 6))
        .addEqualityGroup(ReportPeriod.ofHalfYear(2022, 2))
        .addEqualityGroup(ReportPeriod.ofQuarter(2022, 1), ReportPeriod.parse("2022年第一季度"), ReportPeriod.parse("2022年一季度"))
        .addEqualityGroup(ReportPeriod.ofMonth(2022, 1), ReportPeriod.of(YearMonth.of(2022, 1)))
        .addEqualityGroup(ReportPeriod.ofYear(2022))
        .addEqualityGroup(ReportPeriod.ofYear(2023))
        .addEqualityGroup(DivisionCode.of("371503"), DivisionCode.of("371503"))
        .addEqualityGroup(DivisionCode.of("371523"))
        .addEqualityGroup(CreditCode.of("91310110666007217T"), CreditCode.of("91310110666007217T"))
        .addEqualityGroup(Score.parse("92.5"), Score.parse("92.50"), Score.ofScaled(925_000))
        .addEqualityGroup(Score.parse("-92.5"))
        .testEquals();
  }

  @Test
  void generatedValuesAreEqualByEveryAttribute() {
    County guanxian = Samples.GUANXIAN;
    new EqualsTester()
        .addEqualityGroup(guanxian, ImmutableCounty.copyOf(guanxian))
        .addEqualityGroup(guanxian.withName("冠县县"))
        .addEqualityGroup(guanxian.withShortName("冠"))
        .addEqualityGroup(guanxian.withDivisionCode(DivisionCode.of("371526")))
        .addEqualityGroup(guanxian.withKind(CountyKind.DISTRICT))
        .testEquals();
    Project lebao = Samples.LEBAO_PROJECT;
    new EqualsTester()
        .addEqualityGroup(lebao, lebao)
        .addEqualityGroup(lebao.withId("other"))
        .addEqualityGroup(lebao.withStatus(ProjectStatus.COMPLETED))
        .addEqualityGroup(lebao.withTotalInvestment(Yuan.parse("13.9亿元")))
        .addEqualityGroup(lebao.withAnnualPlannedInvestment(Yuan.parse("5亿元")))
        .addEqualityGroup(lebao.withCapacities(Capacity.parse("35万吨/年")))
        .addEqualityGroup(lebao.withExpectedJobs(100))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Samples.LIAOCHENG, Prefecture.of("聊城市", DivisionCode.of("371500")))
        .addEqualityGroup(Prefecture.of("聊城市", DivisionCode.of("371600")))
        .addEqualityGroup(Samples.LEBAO, Enterprise.named("山东乐宝宠物食品有限公司"))
        .addEqualityGroup(Samples.LEBAO.withCreditCode(Samples.CREDIT_CODE))
        .addEqualityGroup(Samples.LEBAO.withDesignations(EnterpriseDesignation.SPECIALISED_AND_INNOVATIVE))
        .addEqualityGroup(Capacity.parse("35万吨/年"), Capacity.of("35.0", "万吨", true))
        .addEqualityGroup(Capacity.parse("35万吨"))
        .addEqualityGroup(Samples.STEEL, ImmutableIndustryCluster.copyOf(Samples.STEEL))
        .addEqualityGroup(Samples.STEEL.withLevel(ClusterLevel.MUNICIPAL))
        .addEqualityGroup(ProjectPhase.of(1, ProjectStatus.PLANNED), ProjectPhase.of(1, ProjectStatus.PLANNED))
        .addEqualityGroup(ProjectPhase.of(2, ProjectStatus.PLANNED))
        .addEqualityGroup(Samples.GUANXIAN_GOVERNMENT, EvaluatedUnit.governing("冠县政府", Samples.GUANXIAN))
        .addEqualityGroup(EvaluatedUnit.department("市财政局"))
        .addEqualityGroup(EvaluatedUnit.institution("市财政局"))
        .addEqualityGroup(Samples.COUNTY_LEVEL, ImmutableEvaluationGroup.copyOf(Samples.COUNTY_LEVEL))
        .addEqualityGroup(Samples.COUNTY_LEVEL.withMembers(Samples.RESORT_COMMITTEE, Samples.GUANXIAN_GOVERNMENT))
        .addEqualityGroup(Samples.COUNTY_LEVEL.withPeriod(ReportPeriod.ofHalfYear(2022, 2)))
        .addEqualityGroup(ScoreComponent.BASE_EVALUATION, ScoreComponent.of("基础评议分", Score.ZERO, Score.of(100)))
        .addEqualityGroup(ScoreComponent.of("基础评议分", Score.ZERO, Score.of(70)))
        .addEqualityGroup(ScoreAdjustment.of(Score.of(2), "重大贡献"), ScoreAdjustment.of(Score.parse("2.0"), "重大贡献"))
        .addEqualityGroup(ScoreAdjustment.of(Score.of(2), "通报批评"))
        .addEqualityGroup(Samples.SHEET, ImmutableScoreSheet.copyOf(Samples.SHEET))
        .addEqualityGroup(Samples.SHEET.withVetoReason("安全生产事故"))
        .addEqualityGroup(Samples.SHEET.withBonuses(ScoreAdjustment.of(Score.of(1), "争取国家试点")))
        .testEquals();
  }

  @Test
  void copiesWithTheSameValueAreTheSameInstance() {
    assertThat(Samples.GUANXIAN.withName("冠县")).isSameAs(Samples.GUANXIAN);
  }
}
