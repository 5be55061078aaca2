package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * {@link Project} is written by hand (its figures are kept as fen): its {@code with*} methods,
 * builder and value methods must behave as a generated value's would.
 */
class ProjectTest {

  private static final Project FULL = BuilderCopyTest.PROJECT;

  /** Each attribute: a copy that changes it, and the builder call that makes the same project. */
  static Stream<Arguments> changes() {
    return Stream.of(
        change("id", p -> p.withId("other"), b -> b.id("other")),
        change("name", p -> p.withName("另一个项目"), b -> b.name("另一个项目")),
        change("enterprise", p -> p.withEnterprise(Optional.empty()), b -> b.enterprise(Optional.empty())),
        change("level", p -> p.withLevel(ProjectLevel.PROVINCIAL), b -> b.level(ProjectLevel.PROVINCIAL)),
        change("level absent", p -> p.withLevel(Optional.empty()), b -> b.level(Optional.empty())),
        change("category", p -> p.withCategory(ProjectCategory.PUBLIC_SERVICE), b -> b.category(ProjectCategory.PUBLIC_SERVICE)),
        change("status", p -> p.withStatus(ProjectStatus.COMPLETED), b -> b.status(ProjectStatus.COMPLETED)),
        change("planYear", p -> p.withPlanYear(2023), b -> b.planYear(2023)),
        change("totalInvestment", p -> p.withTotalInvestment(Yuan.parse("12亿元")), b -> b.totalInvestment(Yuan.parse("12亿元"))),
        change("totalInvestment absent", p -> p.withTotalInvestment(Optional.empty()), b -> b.totalInvestment(Optional.empty())),
        change("totalInvestment zero", p -> p.withAnnualPlannedInvestment(Yuan.ZERO).withCompletedInvestment(Yuan.ZERO).withTotalInvestment(Yuan.ZERO),
            b -> b.totalInvestment(Yuan.ZERO).annualPlannedInvestment(Yuan.ZERO).completedInvestment(Yuan.ZERO)),
        change("annualPlannedInvestment", p -> p.withAnnualPlannedInvestment(Yuan.parse("5亿元")), b -> b.annualPlannedInvestment(Yuan.parse("5亿元"))),
        change("annualPlannedInvestment absent", p -> p.withAnnualPlannedInvestment(Optional.empty()), b -> b.annualPlannedInvestment(Optional.empty())),
        change("completedInvestment", p -> p.withCompletedInvestment(Yuan.parse("3亿元")), b -> b.completedInvestment(Yuan.parse("3亿元"))),
        change("completedInvestment absent", p -> p.withCompletedInvestment(Optional.empty()), b -> b.completedInvestment(Optional.empty())),
        change("cluster absent", p -> p.withCluster(Optional.empty()), b -> b.cluster(Optional.empty())),
        change("capacities", p -> p.withCapacities(Capacity.parse("1万吨"), Capacity.parse("2万吨")), b -> b.addCapacities(Capacity.parse("1万吨"), Capacity.parse("2万吨"))),
        change("capacities none", p -> p.withCapacities(List.of()), b -> b),
        change("expectedAnnualRevenue", p -> p.withExpectedAnnualRevenue(Yuan.parse("1亿元")), b -> b.expectedAnnualRevenue(Yuan.parse("1亿元"))),
        change("expectedAnnualTax absent", p -> p.withExpectedAnnualTax(Optional.empty()), b -> b.expectedAnnualTax(Optional.empty())),
        change("expectedJobs", p -> p.withExpectedJobs(0), b -> b.expectedJobs(0)),
        change("expectedJobs absent", p -> p.withExpectedJobs(OptionalInt.empty()), b -> b.expectedJobs(OptionalInt.empty())),
        change("startMonth", p -> p.withStartMonth(YearMonth.of(2021, 1)), b -> b.startMonth(YearMonth.of(2021, 1))),
        change("completionMonth absent", p -> p.withCompletionMonth(Optional.empty()), b -> b.completionMonth(Optional.empty())),
        change("phases", p -> p.withPhases(ProjectPhase.of(1, ProjectStatus.PLANNED), ProjectPhase.of(2, ProjectStatus.PLANNED)),
            b -> b.addPhases(ProjectPhase.of(1, ProjectStatus.PLANNED), ProjectPhase.of(2, ProjectStatus.PLANNED))));
  }

  private static Arguments change(String attribute, UnaryOperator<Project> with, UnaryOperator<Project.Builder> set) {
    return Arguments.of(attribute, with, set);
  }

  /** The builder of {@link #FULL} with every attribute but the one a change sets. */
  private static Project.Builder fullBut(String attribute) {
    Project.Builder b = Project.builder();
    String a = attribute.split(" ")[0];
    if (!a.equals("id")) { b.id(FULL.id()); }
    if (!a.equals("name")) { b.name(FULL.name()); }
    b.county(FULL.county());
    if (!a.equals("enterprise")) { b.enterprise(FULL.enterprise()); }
    if (!a.equals("level")) { b.level(FULL.level()); }
    if (!a.equals("category")) { b.category(FULL.category()); }
    if (!a.equals("status")) { b.status(FULL.status()); }
    if (!a.equals("planYear")) { b.planYear(FULL.planYear()); }
    if (!a.equals("totalInvestment")) { b.totalInvestment(FULL.totalInvestment()); }
    boolean allZero = attribute.equals("totalInvestment zero");
    if (!a.equals("annualPlannedInvestment") && !allZero) { b.annualPlannedInvestment(FULL.annualPlannedInvestment()); }
    if (!a.equals("completedInvestment") && !allZero) { b.completedInvestment(FULL.completedInvestment()); }
    if (!a.equals("cluster")) { b.cluster(FULL.cluster()); }
    if (!a.equals("capacities")) { b.addAllCapacities(FULL.capacities()); }
    if (!a.equals("expectedAnnualRevenue")) { b.expectedAnnualRevenue(FULL.expectedAnnualRevenue()); }
    if (!a.equals("expectedAnnualTax")) { b.expectedAnnualTax(FULL.expectedAnnualTax()); }
    if (!a.equals("expectedJobs")) { b.expectedJobs(FULL.expectedJobs()); }
    if (!a.equals("startMonth")) { b.startMonth(FULL.startMonth()); }
    if (!a.equals("completionMonth")) { b.completionMonth(FULL.completionMonth()); }
    if (!a.equals("phases")) { b.addAllPhases(FULL.phases()); }
    return b;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void aCopyWithOneAttributeChangedEqualsTheProjectBuiltSo(
      String attribute, UnaryOperator<Project> with, UnaryOperator<Project.Builder> set) {
    Project copy = with.apply(FULL);
    Project built = set.apply(fullBut(attribute)).build();

    assertThat(copy).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString()).isNotEqualTo(FULL);
    assertThat(FULL.withId(FULL.id())).isSameAs(FULL);
  }

  @Test
  void aCopyThatChangesNothingIsTheSameProject() {
    assertThat(FULL.withTotalInvestment(Yuan.parse("10亿元"))).isSameAs(FULL);
    assertThat(FULL.withExpectedJobs(100)).isSameAs(FULL);
    assertThat(FULL.withCapacities(FULL.capacities())).isSameAs(FULL);
  }

  @Test
  void figuresReadBackAsTheAmountsGiven() {
    assertThat(FULL.totalInvestment()).contains(Yuan.parse("10亿元"));
    assertThat(FULL.annualPlannedInvestment()).contains(Yuan.parse("4亿元"));
    assertThat(FULL.completedInvestment()).contains(Yuan.parse("2.5亿元"));
    assertThat(FULL.withTotalInvestment(Yuan.ofFen(Long.MAX_VALUE)).totalInvestment()).contains(Yuan.ofFen(Long.MAX_VALUE));
    assertThat(FULL.toString()).contains("totalInvestment=1000000000.00元", "expectedJobs=100");
    assertThat(FULL.withExpectedJobs(OptionalInt.empty()).toString()).doesNotContain("expectedJobs");
  }

  @Test
  void theBuilderIsStrictAndNamesWhatIsMissing() {
    assertThatThrownBy(() -> Project.builder().totalInvestment(Yuan.ZERO).totalInvestment(Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Project is strict, attribute is already set: totalInvestment");
    assertThatThrownBy(() -> Project.builder().id("a").county(Samples.GUANXIAN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Project, some of required attributes are not set [name, category, status, planYear]");
  }

  /** Each attribute's setter, with {@link #FULL}'s value. */
  static Stream<Arguments> setters() {
    return Stream.of(
        setter("id", b -> b.id(FULL.id())),
        setter("name", b -> b.name(FULL.name())),
        setter("county", b -> b.county(FULL.county())),
        setter("enterprise", b -> b.enterprise(FULL.enterprise())),
        setter("level", b -> b.level(FULL.level())),
        setter("category", b -> b.category(FULL.category())),
        setter("status", b -> b.status(FULL.status())),
        setter("planYear", b -> b.planYear(FULL.planYear())),
        setter("totalInvestment", b -> b.totalInvestment(FULL.totalInvestment())),
        setter("annualPlannedInvestment", b -> b.annualPlannedInvestment(FULL.annualPlannedInvestment())),
        setter("completedInvestment", b -> b.completedInvestment(FULL.completedInvestment())),
        setter("cluster", b -> b.cluster(FULL.cluster())),
        setter("expectedAnnualRevenue", b -> b.expectedAnnualRevenue(FULL.expectedAnnualRevenue())),
        setter("expectedAnnualTax", b -> b.expectedAnnualTax(FULL.expectedAnnualTax())),
        setter("expectedJobs", b -> b.expectedJobs(FULL.expectedJobs())),
        setter("startMonth", b -> b.startMonth(FULL.startMonth())),
        setter("completionMonth", b -> b.completionMonth(FULL.completionMonth())));
  }

  private static Arguments setter(String attribute, UnaryOperator<Project.Builder> set) {
    return Arguments.of(attribute, set);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setters")
  void aStrictBuilderTakesEveryAttributeOnceAndRefusesEachAgainByName(
      String attribute, UnaryOperator<Project.Builder> again) {
    Project.Builder b = Project.builder();
    setters().forEach(s -> {
      @SuppressWarnings("unchecked")
      UnaryOperator<Project.Builder> set = (UnaryOperator<Project.Builder>) s.get()[1];
      assertThat(set.apply(b)).isSameAs(b);
    });

    assertThatThrownBy(() -> again.apply(b))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Project is strict, attribute is already set: " + attribute);
    assertThat(b.addAllCapacities(FULL.capacities()).addAllPhases(FULL.phases()).build()).isEqualTo(FULL);
  }

  @Test
  void noCapacitiesOrPhasesAreEmptyListsHoweverTheBuilderIsGiven() {
    Project none = FULL.withCapacities(List.of()).withPhases(List.of());
    Project.Builder emptyAdds = Project.builder().from(none).addAllCapacities(List.of()).addCapacities()
        .addAllPhases(List.of()).addPhases();

    assertThat(none.capacities()).isEmpty();
    assertThat(none.phases()).isEmpty();
    assertThat(emptyAdds.build()).isEqualTo(none).hasToString(none.toString());
    assertThat(fullBut("capacities").build()).isEqualTo(FULL.withCapacities(List.of()));
    assertThat(fullBut("phases").build()).isEqualTo(FULL.withPhases(List.of()));
    assertThat(Project.builder().from(none).addCapacities(Capacity.parse("1万吨")).build().capacities())
        .containsExactly(Capacity.parse("1万吨"));
    assertThat(Project.builder().from(FULL).build()).isEqualTo(FULL);
  }

  @Test
  void theLowestAmountIsRefusedAsNegativeNotTakenForAbsent() {
    assertThatThrownBy(() -> FULL.withTotalInvestment(Optional.empty()).withExpectedAnnualRevenue(Yuan.ofFen(Long.MIN_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expectedAnnualRevenue=")
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> FULL.withTotalInvestment(Yuan.ofFen(Long.MIN_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("totalInvestment=")
        .hasMessageContaining("must not be negative");
  }
}
