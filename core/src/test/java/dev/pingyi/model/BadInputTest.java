package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the model, broken once: each bad input is rejected with the documented exception
 * type, and the message names the type or field and the offending value.
 */
class BadInputTest {

  private static final County GUANXIAN = Samples.GUANXIAN;
  private static final County RESORT = Samples.RESORT;
  private static final Project LEBAO = Samples.LEBAO_PROJECT;
  private static final ScoreSheet SHEET = Samples.SHEET;

  static Stream<Arguments> badInputs() {
    return Stream.of(
        // Yuan
        bad("yuan text without unit", () -> Yuan.parse("13.8"), IAE, "Yuan", "13.8"),
        bad("yuan text with unknown unit", () -> Yuan.parse("13.8千元"), IAE, "Yuan", "13.8千元"),
        bad("yuan text with two numbers", () -> Yuan.parse("1.2.3亿元"), IAE, "1.2.3亿元"),
        bad("yuan below a fen", () -> Yuan.parse("0.001元"), IAE, "0.001元", "fen"),
        bad("yuan decimal below a fen", () -> Yuan.of(new BigDecimal("1.234")), ARITH, "1.234", "fen"),
        bad("yuan beyond long fen", () -> Yuan.parse("1000000万亿元"), IAE, "1000000万亿元", "range"),
        bad("yuan sum overflow", () -> Yuan.ofFen(Long.MAX_VALUE).plus(Yuan.ofFen(1)), ARITH, "overflow"),
        bad("yuan product overflow", () -> Yuan.ofFen(Long.MAX_VALUE / 2 + 1).multipliedBy(2), ARITH, "overflow"),
        bad("yuan wan overflow", () -> Yuan.ofWan(Long.MAX_VALUE), ARITH, "overflow"),
        bad("yuan format with negative decimals", () -> Yuan.ZERO.format(YuanUnit.YI, -1, java.math.RoundingMode.HALF_UP), IAE, "decimals=-1"),
        // Ratio
        bad("ratio over zero", () -> Ratio.of(1, 0), ARITH, "denominator=0", "numerator=1"),
        bad("ratio text over zero", () -> Ratio.parse("3/0"), IAE, "3/0", "denominator 0"),
        bad("ratio text not a fraction", () -> Ratio.parse("a/b"), IAE, "a/b"),
        // ReportPeriod
        bad("period year too small", () -> ReportPeriod.ofYear(999), IAE, "year=999"),
        bad("period half 3", () -> ReportPeriod.ofHalfYear(2022, 3), IAE, "HALF_YEAR", "index=3"),
        bad("period quarter 0", () -> ReportPeriod.ofQuarter(2022, 0), IAE, "QUARTER", "index=0"),
        bad("period month 13", () -> ReportPeriod.ofMonth(2022, 13), IAE, "MONTH", "index=13"),
        bad("period text H3", () -> ReportPeriod.parse("2022H3"), IAE, "ReportPeriod", "2022H3"),
        bad("period text in Chinese with 第五季度", () -> ReportPeriod.parse("2022年第五季度"), IAE, "2022年第五季度"),
        bad("period text month 00", () -> ReportPeriod.parse("2022-00"), IAE, "2022-00"),
        // DivisionCode
        bad("division code of five digits", () -> DivisionCode.of("37152"), IAE, "DivisionCode", "37152"),
        bad("division code with a letter", () -> DivisionCode.of("37152X"), IAE, "37152X", "six digits"),
        bad("division code of unknown province", () -> DivisionCode.of("991525"), IAE, "991525", "province prefix 99"),
        bad("division code with county part under no prefecture", () -> DivisionCode.of("370025"), IAE, "370025", "county part 25"),
        bad("prefecture of a province code", () -> DivisionCode.of("370000").prefecture(), ISE, "370000", "province"),
        // CreditCode
        bad("credit code of 17 characters", () -> CreditCode.of("91310110666007217"), IAE, "CreditCode", "91310110666007217", "17 characters"),
        bad("credit code with letter I", () -> CreditCode.of("91310110666007217I"), IAE, "91310110666007217I", "'I'", "position 18"),
        bad("credit code with wrong check character", () -> CreditCode.of("91310110666007217U"), IAE, "91310110666007217U", "'U'", "'T'"),
        bad("credit code with wrong organisation check", () -> CreditCode.of(withCheck("91310110666007218")), IAE, "666007218", "'8'", "'7'"),
        // Prefecture and County
        bad("prefecture with county code", () -> Prefecture.of("聊城市", DivisionCode.of("371525")), IAE, "聊城市", "code=371525", "COUNTY"),
        bad("county with blank name", () -> ImmutableCounty.copyOf(GUANXIAN).withName(" "), IAE, "County", "name=' '"),
        bad("county with padded name", () -> ImmutableCounty.copyOf(GUANXIAN).withName("冠县 "), IAE, "name='冠县 '"),
        bad("county without code", () -> County.builder().name("冠县").kind(CountyKind.COUNTY).prefecture(Samples.LIAOCHENG).build(), IAE, "冠县", "divisionCode is missing", "COUNTY"),
        bad("county with prefecture code", () -> ImmutableCounty.copyOf(GUANXIAN).withDivisionCode(DivisionCode.of("371500")), IAE, "冠县", "divisionCode=371500", "PREFECTURE"),
        bad("county outside its prefecture", () -> ImmutableCounty.copyOf(GUANXIAN).withDivisionCode(DivisionCode.of("371625")), IAE, "冠县", "divisionCode=371625", "聊城市"),
        bad("functional zone with made-up code", () -> ImmutableCounty.copyOf(RESORT).withDivisionCode(DivisionCode.of("371599")), IAE, "聊城江北水城旅游度假区", "divisionCode=371599", "FUNCTIONAL_ZONE"),
        // Enterprise and Capacity
        bad("enterprise with blank name", () -> Enterprise.named(""), IAE, "Enterprise", "name=''"),
        bad("capacity of zero", () -> Capacity.parse("0万吨/年"), IAE, "Capacity", "amount=0"),
        bad("capacity of negative amount", () -> Capacity.of(new BigDecimal("-1"), "吨", true), IAE, "amount=-1"),
        bad("capacity without unit", () -> Capacity.parse("35"), IAE, "Capacity", "text='35'"),
        bad("capacity with slash in unit", () -> Capacity.of("35", "万吨/月", false), IAE, "unit='万吨/月'"),
        // Project
        bad("project with blank id", () -> LEBAO.withId(""), IAE, "Project", "id=''"),
        bad("project completed above total", () -> LEBAO.withCompletedInvestment(Yuan.parse("14亿元")), IAE, "guanxian-lebao", "completedInvestment=14亿元", "totalInvestment=13.8亿元"),
        bad("project plan above total", () -> LEBAO.withAnnualPlannedInvestment(Yuan.parse("13.81亿元")), IAE, "annualPlannedInvestment=13.81亿元", "13.8亿元"),
        bad("project negative total", () -> LEBAO.withTotalInvestment(Yuan.parse("-1元")), IAE, "guanxian-lebao", "totalInvestment=-1.00元", "negative"),
        bad("project negative jobs", () -> LEBAO.withExpectedJobs(-1), IAE, "guanxian-lebao", "expectedJobs=-1"),
        bad("project plan year 20220", () -> LEBAO.withPlanYear(20220), IAE, "planYear=20220"),
        bad("project completed before start", () -> LEBAO.withStartMonth(YearMonth.of(2022, 10)).withCompletionMonth(YearMonth.of(2022, 9)), IAE, "completionMonth=2022-09", "startMonth=2022-10"),
        bad("project phases out of order", () -> LEBAO.withPhases(ProjectPhase.of(2, ProjectStatus.PLANNED)), IAE, "phases[0]", "number=2"),
        bad("project in another county's cluster", () -> LEBAO.withCounty(Samples.LINQING).withCluster(Samples.STEEL), IAE, "冠县钢铁延链绿色智造", "临清市"),
        bad("phase number 0", () -> ProjectPhase.of(0, ProjectStatus.PLANNED), IAE, "ProjectPhase", "number=0"),
        // IndustryCluster
        bad("cluster whose chain leader is no member", () -> ImmutableIndustryCluster.copyOf(Samples.STEEL).withChainLeader(Samples.LEBAO), IAE, "冠县钢铁延链绿色智造", "chainLeader=山东乐宝宠物食品有限公司"),
        bad("cluster recognised in year 22", () -> ImmutableIndustryCluster.copyOf(Samples.STEEL).withYearRecognised(22), IAE, "yearRecognised=22"),
        // EvaluatedUnit and EvaluationGroup
        bad("county government without county", () -> EvaluatedUnit.builder().name("冠县政府").kind(UnitKind.COUNTY_GOVERNMENT).build(), IAE, "冠县政府", "county is missing"),
        bad("zone committee of a county", () -> EvaluatedUnit.builder().name("冠县管委会").kind(UnitKind.ZONE_COMMITTEE).county(GUANXIAN).build(), IAE, "冠县管委会", "ZONE_COMMITTEE", "冠县"),
        bad("department with a county", () -> EvaluatedUnit.builder().name("市财政局").kind(UnitKind.MUNICIPAL_DEPARTMENT).county(GUANXIAN).build(), IAE, "市财政局", "county=冠县"),
        bad("group listing a unit twice", () -> ImmutableEvaluationGroup.copyOf(Samples.COUNTY_LEVEL).withMembers(Samples.GUANXIAN_GOVERNMENT, Samples.GUANXIAN_GOVERNMENT), IAE, "county-level", "冠县政府", "twice"),
        bad("group under a parent of another period", () -> ImmutableEvaluationGroup.copyOf(Samples.COUNTY_LEVEL).withParent(ImmutableEvaluationGroup.copyOf(Samples.COUNTY_LEVEL).withId("all").withPeriod(ReportPeriod.ofYear(2022))), IAE, "county-level", "period=2022", "period=2022H1"),
        bad("group under itself", () -> ImmutableEvaluationGroup.copyOf(Samples.COUNTY_LEVEL).withParent(Samples.COUNTY_LEVEL), IAE, "county-level", "own id"),
        // Score and sheets
        bad("score with five decimals", () -> Score.parse("92.12345"), IAE, "Score", "value=92.12345", "4 decimals"),
        bad("score out of range", () -> Score.of(2_000_000), IAE, "value=2000000"),
        bad("score not a number", () -> Score.parse("九十"), IAE, "九十"),
        bad("component with min above max", () -> ScoreComponent.of("基础评议分", Score.of(100), Score.ZERO), IAE, "基础评议分", "min=100", "max=0"),
        bad("adjustment of zero points", () -> ScoreAdjustment.of(Score.ZERO, "重大贡献"), IAE, "points=0", "重大贡献"),
        bad("sheet score above its range", () -> ImmutableScoreSheet.copyOf(SHEET).withScores(java.util.Map.of(ScoreComponent.BASE_EVALUATION, Score.parse("123.5"))), IAE, "冠县政府", "基础评议分=123.5", "[0, 100]"),
        bad("sheet without scores", () -> ScoreSheet.builder().unit(Samples.GUANXIAN_GOVERNMENT).period(Samples.H1).build(), IAE, "冠县政府 2022H1", "scores is empty"),
        bad("sheet with one name under two ranges", () -> ImmutableScoreSheet.copyOf(SHEET).withScores(java.util.Map.of(ScoreComponent.BASE_EVALUATION, Score.of(1), ScoreComponent.of("基础评议分", Score.ZERO, Score.of(70)), Score.of(1))), IAE, "基础评议分", "twice"),
        bad("sheet with blank veto reason", () -> ImmutableScoreSheet.copyOf(SHEET).withVetoReason(""), IAE, "vetoReason=''"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void isRejectedWithANamedMessage(
      String rule, ThrowingCallable call, Class<? extends Throwable> type, String[] fragments) {
    assertThatThrownBy(call).isInstanceOf(type).message().contains(fragments);
  }

  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<IllegalStateException> ISE = IllegalStateException.class;
  private static final Class<ArithmeticException> ARITH = ArithmeticException.class;

  private static Arguments bad(
      String rule, ThrowingCallable call, Class<? extends Throwable> type, String... fragments) {
    return arguments(rule, call, type, fragments);
  }

  /** The first 17 characters with the credit-code check character that makes them pass it. */
  private static String withCheck(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }
}
