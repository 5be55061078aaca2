package dev.pingyi;

import static dev.pingyi.CatalogueRow.of;
import static dev.pingyi.CatalogueSamples.BASE;
import static dev.pingyi.CatalogueSamples.COUNTY_LEVEL;
import static dev.pingyi.CatalogueSamples.GUANXIAN;
import static dev.pingyi.CatalogueSamples.GUANXIAN_GOVERNMENT;
import static dev.pingyi.CatalogueSamples.GUANXIAN_SHEET;
import static dev.pingyi.CatalogueSamples.H1;
import static dev.pingyi.CatalogueSamples.LEBAO;
import static dev.pingyi.CatalogueSamples.LEBAO_PROJECT;
import static dev.pingyi.CatalogueSamples.LIAOCHENG;
import static dev.pingyi.CatalogueSamples.LINQING;
import static dev.pingyi.CatalogueSamples.ON_SITE;
import static dev.pingyi.CatalogueSamples.RESORT;
import static dev.pingyi.CatalogueSamples.STEEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.Enterprise;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectPhase;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.UnitKind;
import dev.pingyi.model.Yuan;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad inputs of the model's builders and copies: every rule a {@code @Value.Check} or a
 * builder enforces, broken once. A copy made with {@code with*} leaves its original as it was,
 * and a builder whose call fails still builds the value it would have built.
 */
final class ModelBuildersCatalogue {

  static final String BUILDERS = "model: builders and copies";

  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Class<IllegalStateException> ISE = IllegalStateException.class;

  private ModelBuildersCatalogue() {}

  static List<CatalogueRow> rows() {
    County.Builder guanxianBuilder = County.builder().from(GUANXIAN);
    ScoreSheet.Builder sheetBuilder = ScoreSheet.builder().from(GUANXIAN_SHEET);
    ScoreSheet.Builder late = ScoreSheet.builder().putScores(BASE, Score.of(90));
    // no unit yet: this build fails, after fixing the scores
    assertThat(catchThrowable(late::build)).isInstanceOf(IllegalStateException.class);
    late.unit(GUANXIAN_GOVERNMENT).period(H1).putScores(ON_SITE, Score.of(80));
    ScoreSheet.Builder scoreless = ScoreSheet.builder().unit(GUANXIAN_GOVERNMENT).period(H1);
    assertThat(catchThrowable(scoreless::build)).isInstanceOf(IllegalArgumentException.class);
    scoreless.putScores(BASE, Score.of(90));
    Map<ScoreComponent, Score> nullScore = new HashMap<>();
    nullScore.put(BASE, null);
    return Arrays.asList(
        // Prefecture
        of(BUILDERS, "prefecture with a county code", () -> Prefecture.of("聊城市", DivisionCode.of("371525")), IAE, "Prefecture 聊城市: code=371525", "is a COUNTY code, not a prefecture code"),
        of(BUILDERS, "prefecture with a province code", () -> Prefecture.of("聊城市", DivisionCode.of("370000")), IAE, "Prefecture 聊城市: code=370000", "is a PROVINCE code"),
        of(BUILDERS, "prefecture with a space before its name", () -> Prefecture.of(" 聊城市", LIAOCHENG.code()), IAE, "Prefecture name=' 聊城市'", "has whitespace around it"),
        of(BUILDERS, "prefecture without a code", () -> Prefecture.of("聊城市", null), NPE, "code"),
        // County
        of(BUILDERS, "county renamed blank", () -> GUANXIAN.withName(" "), IAE, "County name=' '", "is blank").unchanged(GUANXIAN::toString),
        of(BUILDERS, "county renamed with a trailing space", () -> GUANXIAN.withName("冠县 "), IAE, "County name='冠县 '", "has whitespace around it", "'冠县'"),
        of(BUILDERS, "county renamed with a tab inside", () -> GUANXIAN.withName("冠\t县"), IAE, "County name='冠\\u0009县'", "whitespace inside it other than single spaces"),
        of(BUILDERS, "county renamed with a zero-width space", () -> GUANXIAN.withName("冠\u200B县"), IAE, "County name='冠\\u200B县'", "invisible character U+200B at index 1"),
        of(BUILDERS, "county renamed with a byte-order mark", () -> GUANXIAN.withName("\uFEFF冠县"), IAE, "County name='\\uFEFF冠县'", "invisible character U+FEFF at index 0"),
        of(BUILDERS, "county renamed with a NUL", () -> GUANXIAN.withName("冠县\u0000"), IAE, "County name='冠县\\u0000'", "invisible character U+0000"),
        of(BUILDERS, "county renamed with 501 characters", () -> GUANXIAN.withName("县".repeat(501)), IAE, "County name='县县县", "has 501 characters, more than the 500"),
        of(BUILDERS, "county short name empty", () -> GUANXIAN.withShortName(""), IAE, "County 冠县 shortName=''", "is blank"),
        of(BUILDERS, "county without a division code", () -> County.builder().name("冠县").kind(CountyKind.COUNTY).prefecture(LIAOCHENG).build(), IAE, "County 冠县: divisionCode is missing", "a COUNTY needs one"),
        of(BUILDERS, "county with a prefecture's code", () -> GUANXIAN.withDivisionCode(DivisionCode.of("371500")), IAE, "County 冠县: divisionCode=371500", "is a PREFECTURE code, not a county-level code"),
        of(BUILDERS, "county outside its prefecture", () -> GUANXIAN.withDivisionCode(DivisionCode.of("371625")), IAE, "County 冠县: divisionCode=371625", "not within its prefecture 聊城市 371500"),
        of(BUILDERS, "county moved to another prefecture", () -> GUANXIAN.withPrefecture(Prefecture.of("德州市", DivisionCode.of("371400"))), IAE, "County 冠县: divisionCode=371525", "not within its prefecture 德州市 371400"),
        of(BUILDERS, "functional zone with a made-up code", () -> RESORT.withDivisionCode(DivisionCode.of("371599")), IAE, "County 聊城江北水城旅游度假区: divisionCode=371599", "given to a FUNCTIONAL_ZONE, which has no GB/T 2260 code"),
        of(BUILDERS, "county built without a name", () -> County.builder().kind(CountyKind.COUNTY).prefecture(LIAOCHENG).build(), ISE, "Cannot build County", "required attributes are not set", "name"),
        of(BUILDERS, "county builder given a second name", () -> guanxianBuilder.name("临清市"), ISE, "Builder of County is strict", "attribute is already set: name").unchanged(guanxianBuilder::build),
        of(BUILDERS, "county builder given a null name", () -> County.builder().name(null), NPE, "name"),
        // Enterprise, cluster
        of(BUILDERS, "enterprise named blank", () -> Enterprise.named(""), IAE, "Enterprise name=''", "is blank"),
        of(BUILDERS, "enterprise named across two lines", () -> Enterprise.named("乐宝\n公司"), IAE, "Enterprise name='乐宝\\u000A公司'", "whitespace inside it other than single spaces"),
        of(BUILDERS, "cluster whose chain leader is no member", () -> STEEL.withChainLeader(LEBAO), IAE, "IndustryCluster 冠县钢铁延链绿色智造: chainLeader=山东乐宝宠物食品有限公司", "is not one of its members").unchanged(STEEL::toString),
        of(BUILDERS, "cluster recognised in year 22", () -> STEEL.withYearRecognised(22), IAE, "IndustryCluster 冠县钢铁延链绿色智造: yearRecognised=22", "outside [1000, 9999]"),
        of(BUILDERS, "cluster renamed blank", () -> STEEL.withName("\u3000"), IAE, "IndustryCluster name='\\u3000'", "is blank"),
        // Project
        of(BUILDERS, "project with an empty id", () -> LEBAO_PROJECT.withId(""), IAE, "Project id=''", "is blank").unchanged(LEBAO_PROJECT::toString),
        of(BUILDERS, "project renamed blank", () -> LEBAO_PROJECT.withName("  "), IAE, "Project guanxian-lebao name='  '", "is blank"),
        of(BUILDERS, "project completed above its total", () -> LEBAO_PROJECT.withCompletedInvestment(Yuan.parse("14亿元")), IAE, "Project guanxian-lebao: completedInvestment=14亿元", "exceeds totalInvestment=13.8亿元"),
        of(BUILDERS, "project planned above its total", () -> LEBAO_PROJECT.withAnnualPlannedInvestment(Yuan.parse("13.81亿元")), IAE, "Project guanxian-lebao: annualPlannedInvestment=13.81亿元", "exceeds totalInvestment=13.8亿元"),
        of(BUILDERS, "project total cut below its plan", () -> LEBAO_PROJECT.withTotalInvestment(Yuan.parse("1亿元")), IAE, "Project guanxian-lebao: annualPlannedInvestment=5亿元", "exceeds totalInvestment=1亿元"),
        of(BUILDERS, "project with a negative total", () -> LEBAO_PROJECT.withTotalInvestment(Yuan.parse("-1元")), IAE, "Project guanxian-lebao: totalInvestment=-1.00元", "must not be negative"),
        of(BUILDERS, "project with a negative plan", () -> LEBAO_PROJECT.withAnnualPlannedInvestment(Yuan.parse("-1元")), IAE, "Project guanxian-lebao: annualPlannedInvestment=-1.00元", "must not be negative"),
        of(BUILDERS, "project with a negative completion", () -> LEBAO_PROJECT.withCompletedInvestment(Yuan.parse("-1元")), IAE, "Project guanxian-lebao: completedInvestment=-1.00元", "must not be negative"),
        of(BUILDERS, "project with a negative revenue", () -> LEBAO_PROJECT.withExpectedAnnualRevenue(Yuan.parse("-1万元")), IAE, "Project guanxian-lebao: expectedAnnualRevenue=-10000.00元", "must not be negative"),
        of(BUILDERS, "project with a negative tax", () -> LEBAO_PROJECT.withExpectedAnnualTax(Yuan.parse("-1万元")), IAE, "Project guanxian-lebao: expectedAnnualTax=-10000.00元", "must not be negative"),
        of(BUILDERS, "project with negative jobs", () -> LEBAO_PROJECT.withExpectedJobs(-1), IAE, "Project guanxian-lebao: expectedJobs=-1", "must not be negative"),
        of(BUILDERS, "project of plan year 20220", () -> LEBAO_PROJECT.withPlanYear(20_220), IAE, "Project guanxian-lebao: planYear=20220", "outside [1000, 9999]"),
        of(BUILDERS, "project of plan year 999", () -> LEBAO_PROJECT.withPlanYear(999), IAE, "Project guanxian-lebao: planYear=999", "outside [1000, 9999]"),
        of(BUILDERS, "project completed before it started", () -> LEBAO_PROJECT.withStartMonth(YearMonth.of(2022, 10)).withCompletionMonth(YearMonth.of(2022, 9)), IAE, "Project guanxian-lebao: completionMonth=2022-09", "is before startMonth=2022-10"),
        of(BUILDERS, "project phases starting at 2", () -> LEBAO_PROJECT.withPhases(ProjectPhase.of(2, ProjectStatus.PLANNED)), IAE, "Project guanxian-lebao: phases[0] has number=2", "numbered 1, 2, ... in order"),
        of(BUILDERS, "project phases numbered 1, 1", () -> LEBAO_PROJECT.withPhases(ProjectPhase.of(1, ProjectStatus.COMPLETED), ProjectPhase.of(1, ProjectStatus.PLANNED)), IAE, "Project guanxian-lebao: phases[1] has number=1", "numbered 1, 2, ... in order"),
        of(BUILDERS, "project in another county's cluster", () -> LEBAO_PROJECT.withCounty(LINQING).withCluster(STEEL), IAE, "Project guanxian-lebao: cluster 冠县钢铁延链绿色智造 lies in 冠县", "not in the project's county 临清市"),
        of(BUILDERS, "project built without a status", () -> Project.builder().status(null), NPE, "status"),
        of(BUILDERS, "project built with nothing set", () -> Project.builder().build(), ISE, "Cannot build Project", "required attributes are not set", "id"),
        of(BUILDERS, "phase number 0", () -> ProjectPhase.of(0, ProjectStatus.PLANNED), IAE, "ProjectPhase number=0", "must be at least 1"),
        // EvaluatedUnit, EvaluationGroup
        of(BUILDERS, "county government without a county", () -> EvaluatedUnit.builder().name("冠县政府").kind(UnitKind.COUNTY_GOVERNMENT).build(), IAE, "EvaluatedUnit 冠县政府: county is missing", "a COUNTY_GOVERNMENT governs one"),
        of(BUILDERS, "zone committee of a county", () -> EvaluatedUnit.builder().name("冠县管委会").kind(UnitKind.ZONE_COMMITTEE).county(GUANXIAN).build(), IAE, "EvaluatedUnit 冠县管委会: kind=ZONE_COMMITTEE", "cannot govern county 冠县 of kind COUNTY"),
        of(BUILDERS, "county government of a zone", () -> EvaluatedUnit.builder().name("度假区政府").kind(UnitKind.COUNTY_GOVERNMENT).county(RESORT).build(), IAE, "EvaluatedUnit 度假区政府: kind=COUNTY_GOVERNMENT", "cannot govern county 聊城江北水城旅游度假区 of kind FUNCTIONAL_ZONE"),
        of(BUILDERS, "department with a county", () -> EvaluatedUnit.builder().name("市财政局").kind(UnitKind.MUNICIPAL_DEPARTMENT).county(GUANXIAN).build(), IAE, "EvaluatedUnit 市财政局: county=冠县", "given to a MUNICIPAL_DEPARTMENT, which governs no county"),
        of(BUILDERS, "institution with a county", () -> GUANXIAN_GOVERNMENT.withKind(UnitKind.PUBLIC_INSTITUTION), IAE, "EvaluatedUnit 冠县政府: county=冠县", "given to a PUBLIC_INSTITUTION"),
        of(BUILDERS, "department named with a space before it", () -> EvaluatedUnit.department(" 市财政局"), IAE, "EvaluatedUnit name=' 市财政局'", "has whitespace around it"),
        of(BUILDERS, "government of a null county", () -> EvaluatedUnit.governing("冠县政府", null), NPE, "county"),
        of(BUILDERS, "group listing a unit twice", () -> COUNTY_LEVEL.withMembers(GUANXIAN_GOVERNMENT, GUANXIAN_GOVERNMENT), IAE, "EvaluationGroup county-level: members lists unit 冠县政府 twice").unchanged(COUNTY_LEVEL::toString),
        of(BUILDERS, "group under a parent of another period", () -> COUNTY_LEVEL.withParent(COUNTY_LEVEL.withId("all").withPeriod(ReportPeriod.ofYear(2022))), IAE, "EvaluationGroup county-level: parent all has period=2022", "not the group's period=2022H1"),
        of(BUILDERS, "group under itself", () -> COUNTY_LEVEL.withParent(COUNTY_LEVEL), IAE, "EvaluationGroup county-level: parent chain contains the group's own id=county-level"),
        of(BUILDERS, "group under a chain of 17 groups", () -> COUNTY_LEVEL.withParent(chainOf(17)), IAE, "EvaluationGroup county-level: parent chain is deeper than 16 groups"),
        of(BUILDERS, "group of an empty category", () -> COUNTY_LEVEL.withCategory(""), IAE, "EvaluationGroup county-level category=''", "is blank"),
        of(BUILDERS, "group id with a tab at its end", () -> COUNTY_LEVEL.withId("county-level\t"), IAE, "EvaluationGroup id='county-level\\u0009'", "has whitespace around it"),
        of(BUILDERS, "group member named null", () -> COUNTY_LEVEL.member(null), NPE, "name"),
        // ScoreComponent, ScoreAdjustment, ScoreSheet
        of(BUILDERS, "component with min above max", () -> ScoreComponent.of("基础评议分", Score.of(100), Score.ZERO), IAE, "ScoreComponent 基础评议分: min=100", "is not below max=0"),
        of(BUILDERS, "component with min equal to max", () -> ScoreComponent.of("现场评议分", Score.of(50), Score.of(50)), IAE, "ScoreComponent 现场评议分: min=50", "is not below max=50"),
        of(BUILDERS, "component named blank", () -> ScoreComponent.of("", Score.ZERO, Score.of(100)), IAE, "ScoreComponent name=''", "is blank"),
        of(BUILDERS, "adjustment of zero points", () -> ScoreAdjustment.of(Score.ZERO, "重大贡献"), IAE, "ScoreAdjustment points=0", "must be positive (reason: 重大贡献)"),
        of(BUILDERS, "adjustment of negative points", () -> ScoreAdjustment.of(Score.of(-1), "通报批评"), IAE, "ScoreAdjustment points=-1", "must be positive (reason: 通报批评)"),
        of(BUILDERS, "adjustment with a blank reason", () -> ScoreAdjustment.of(Score.of(1), " "), IAE, "ScoreAdjustment reason=' '", "is blank"),
        of(BUILDERS, "sheet score above its range", () -> GUANXIAN_SHEET.withScores(Map.of(BASE, Score.parse("123.5"))), IAE, "ScoreSheet 冠县政府 2022H1: score 基础评议分=123.5", "is outside [0, 100]").unchanged(GUANXIAN_SHEET::toString),
        of(BUILDERS, "sheet score below its range", () -> GUANXIAN_SHEET.withScores(Map.of(ON_SITE, Score.of(-1))), IAE, "ScoreSheet 冠县政府 2022H1: score 现场评议分=-1", "is outside [0, 100]"),
        of(BUILDERS, "sheet without scores", () -> ScoreSheet.builder().unit(GUANXIAN_GOVERNMENT).period(H1).build(), IAE, "ScoreSheet 冠县政府 2022H1: scores is empty", "a sheet needs one"),
        of(BUILDERS, "sheet with one name under two ranges", () -> GUANXIAN_SHEET.withScores(Map.of(BASE, Score.of(1), ScoreComponent.of("基础评议分", Score.ZERO, Score.of(70)), Score.of(1))), IAE, "ScoreSheet 冠县政府 2022H1: component 基础评议分 appears twice with different ranges"),
        of(BUILDERS, "sheet scoring a component twice", () -> ScoreSheet.builder().unit(GUANXIAN_GOVERNMENT).period(H1).putScores(BASE, Score.of(90)).putScores(BASE, Score.of(91)).build(), IAE, "component 基础评议分 is scored twice"),
        of(BUILDERS, "sheet with a blank veto reason", () -> GUANXIAN_SHEET.withVetoReason(""), IAE, "ScoreSheet 冠县政府 2022H1 vetoReason=''", "is blank"),
        of(BUILDERS, "sheet builder given a null component", () -> sheetBuilder.putScores(null, Score.of(1)), NPE, "component").unchanged(sheetBuilder::build),
        of(BUILDERS, "sheet builder given a score after a failed build", late::build, ISE, "ScoreSheet builder: 1 score(s) put after build() was first called", "fixed the scores at 1"),
        of(BUILDERS, "sheet builder given a score after a build without scores", scoreless::build, ISE, "ScoreSheet builder: 1 score(s) put after build() was first called", "fixed the scores at 0"),
        of(BUILDERS, "sheet copy given a null score", () -> GUANXIAN_SHEET.withScores(nullScore), NPE, "score"));
  }

  /** A parent chain of the given number of groups, of the sample group's period. */
  private static EvaluationGroup chainOf(int depth) {
    EvaluationGroup group = EvaluationGroup.builder().id("level-1").name("第1级").category("市政府部门").period(H1).build();
    for (int level = 2; level <= depth; level++) {
      group = group.withId("level-" + level).withParent(group);
    }
    return group;
  }
}
