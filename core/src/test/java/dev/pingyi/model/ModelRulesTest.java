package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** What the model accepts: the rules stated positively, on the report's own units and figures. */
class ModelRulesTest {

  @Test
  void functionalZonesHaveNoDivisionCodeAndTheirShortNameIsWhatReportsPrint() {
    assertThat(Samples.RESORT.divisionCode()).isEmpty();
    assertThat(Samples.RESORT.shortName()).isEqualTo("度假区");
    assertThat(Samples.GUANXIAN.shortName()).isEqualTo("冠县");
  }

  @Test
  void aCountyCodeLiesWithinItsPrefecture() {
    assertThat(Samples.GUANXIAN.divisionCode().orElseThrow().prefecture())
        .isEqualTo(Samples.GUANXIAN.prefecture().code());
  }

  @Test
  void completedInvestmentMayRunAheadOfTheAnnualPlan() {
    Project ahead = Samples.LEBAO_PROJECT
        .withAnnualPlannedInvestment(Yuan.parse("5亿元"))
        .withCompletedInvestment(Yuan.parse("6亿元"));
    assertThat(ahead.completedInvestment()).contains(Yuan.parse("6亿元"));
  }

  @Test
  void investmentUpToTheTotalIsAccepted() {
    Project full = Samples.LEBAO_PROJECT
        .withAnnualPlannedInvestment(Yuan.parse("13.8亿元"))
        .withCompletedInvestment(Yuan.parse("13.8亿元"));
    assertThat(full.completedInvestment()).isEqualTo(full.totalInvestment());
  }

  @Test
  void withoutATotalThePartsAreUnbounded() {
    Project noTotal = Project.builder()
        .id("linqing-hailiang")
        .name("海亮奥博特智能化生产线")
        .county(Samples.LINQING)
        .category(ProjectCategory.INDUSTRY)
        .status(ProjectStatus.UNDER_CONSTRUCTION)
        .planYear(2022)
        .annualPlannedInvestment(Yuan.parse("3.7亿元"))
        .build();
    assertThat(noTotal.totalInvestment()).isEmpty();
    assertThat(noTotal.level()).isEmpty();
  }

  @Test
  void aProjectMayCompleteInItsStartMonth() {
    Project sameMonth = Samples.LEBAO_PROJECT
        .withStartMonth(YearMonth.of(2022, 10))
        .withCompletionMonth(YearMonth.of(2022, 10));
    assertThat(sameMonth.completionMonth()).isEqualTo(sameMonth.startMonth());
  }

  @Test
  void aClusterProjectLiesInTheClustersCounty() {
    Project inCluster = Samples.LEBAO_PROJECT.withCluster(Samples.STEEL);
    assertThat(inCluster.cluster()).contains(Samples.STEEL);
  }

  @Test
  void aChainLeaderIsAMember() {
    Enterprise guangda = Enterprise.named("冠县光大复合材料有限公司");
    IndustryCluster led = ImmutableIndustryCluster.copyOf(Samples.STEEL)
        .withMembers(guangda)
        .withChainLeader(guangda);
    assertThat(led.chainLeader()).contains(guangda);
  }

  @Test
  void unitsGoverningZonesAreCommittees() {
    assertThat(Samples.RESORT_COMMITTEE.kind()).isEqualTo(UnitKind.ZONE_COMMITTEE);
    assertThat(Samples.GUANXIAN_GOVERNMENT.kind()).isEqualTo(UnitKind.COUNTY_GOVERNMENT);
    assertThat(EvaluatedUnit.department("市财政局").county()).isEmpty();
  }

  @Test
  void groupsKeepTheirMembersInTheOrderGivenAndFindThemByName() {
    assertThat(Samples.COUNTY_LEVEL.members())
        .containsExactly(Samples.GUANXIAN_GOVERNMENT, Samples.RESORT_COMMITTEE);
    assertThat(Samples.COUNTY_LEVEL.member("度假区管委会")).contains(Samples.RESORT_COMMITTEE);
    assertThat(Samples.COUNTY_LEVEL.member("市财政局")).isEmpty();
  }

  @Test
  void aGroupSitsUnderAnEmptyParentOfTheSamePeriod() {
    EvaluationGroup departments = EvaluationGroup.builder()
        .id("departments").name("市政府工作部门").category("市政府部门").period(Samples.H1).build();
    EvaluationGroup economic = EvaluationGroup.builder()
        .id("economic-departments").name("经济部门").category("市政府部门").period(Samples.H1)
        .parent(departments)
        .addMembers(EvaluatedUnit.department("市农业农村局"), EvaluatedUnit.department("市发展改革委"))
        .build();
    assertThat(economic.parent()).contains(departments);
    assertThat(departments.members()).isEmpty();
  }

  @Test
  void sheetsFindScoresByComponentAndRecordAVeto() {
    assertThat(Samples.SHEET.score(ScoreComponent.BASE_EVALUATION)).contains(Score.parse("92.5"));
    assertThat(Samples.SHEET.score(EvaluationAspect.KEY_TASKS.component(Score.of(20)))).isEmpty();
    assertThat(Samples.SHEET.isVetoed()).isFalse();
    assertThat(ImmutableScoreSheet.copyOf(Samples.SHEET).withVetoReason("安全生产事故").isVetoed()).isTrue();
  }

  @Test
  void scoresAtTheEndsOfTheRangeAreAccepted() {
    ScoreSheet ends = ImmutableScoreSheet.copyOf(Samples.SHEET)
        .withScores(java.util.Map.of(
            ScoreComponent.BASE_EVALUATION, Score.of(100), ScoreComponent.ON_SITE_EVALUATION, Score.ZERO));
    assertThat(ends.scores()).hasSize(2);
  }

  @Test
  void capacitiesDropTrailingZerosSoEqualAmountsAreEqual() {
    assertThat(Capacity.of("4.80", "万吨", true).amount()).hasToString("4.8");
    assertThat(Capacity.of("1.6E+3", "万吨", false).amount()).hasToString("1600");
  }

  @Test
  void aParentChainDeeperThanTheBoundIsRejectedSoNothingRecursesDeep() {
    EvaluationGroup chain = Samples.COUNTY_LEVEL.withId("g0");
    for (int i = 1; i <= EvaluationGroup.MAX_PARENT_DEPTH; i++) {
      chain = Samples.COUNTY_LEVEL.withId("g" + i).withParent(chain);
    }
    EvaluationGroup deepest = chain;
    assertThat(deepest.toString()).contains("g0");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Samples.COUNTY_LEVEL.withId("too-deep").withParent(deepest))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parent chain is deeper than " + EvaluationGroup.MAX_PARENT_DEPTH);
  }
}
