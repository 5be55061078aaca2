package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link Project} that mutation testing found no test for: a hash code that tells
 * apart projects differing in any one attribute, and the builder's {@code addAll*} methods.
 */
class ProjectMutationTest {

  /** A project with every attribute present. */
  private static final Project FULL = lebao()
      .level(ProjectLevel.PROVINCIAL)
      .annualPlannedInvestment(Yuan.parse("5亿元"))
      .completedInvestment(Yuan.parse("3亿元"))
      .cluster(Samples.STEEL)
      .addCapacities(Capacity.parse("10万吨"))
      .expectedAnnualRevenue(Yuan.parse("20亿元"))
      .expectedAnnualTax(Yuan.parse("1亿元"))
      .expectedJobs(800)
      .startMonth(YearMonth.of(2022, 3))
      .completionMonth(YearMonth.of(2023, 6))
      .addPhases(ProjectPhase.of(1, ProjectStatus.UNDER_CONSTRUCTION))
      .build();

  @Test
  void projectsDifferingInAnyOneAttributeHaveDifferentHashCodes() {
    Map<String, UnaryOperator<Project>> changes = Map.ofEntries(
        Map.entry("id", p -> p.withId("guanxian-lebao-2")),
        Map.entry("name", p -> p.withName("另一个项目")),
        Map.entry("county", p -> p.withCounty(Samples.LINQING)),
        Map.entry("enterprise", p -> p.withEnterprise(Optional.empty())),
        Map.entry("level", p -> p.withLevel(ProjectLevel.MUNICIPAL)),
        Map.entry("category", p -> p.withCategory(ProjectCategory.values()[
            (p.category().ordinal() + 1) % ProjectCategory.values().length])),
        Map.entry("status", p -> p.withStatus(ProjectStatus.COMPLETED)),
        Map.entry("planYear", p -> p.withPlanYear(2023)),
        Map.entry("totalInvestment", p -> p.withTotalInvestment(Yuan.parse("13.9亿元"))),
        Map.entry("totalInvestment absent", p -> p.withTotalInvestment(Optional.empty())),
        Map.entry("annualPlannedInvestment", p -> p.withAnnualPlannedInvestment(Yuan.parse("6亿元"))),
        Map.entry("completedInvestment", p -> p.withCompletedInvestment(Yuan.parse("4亿元"))),
        Map.entry("cluster", p -> p.withCluster(Optional.empty())),
        Map.entry("capacities", p -> p.withCapacities(Capacity.parse("11万吨"))),
        Map.entry("expectedAnnualRevenue", p -> p.withExpectedAnnualRevenue(Yuan.parse("21亿元"))),
        Map.entry("expectedAnnualTax", p -> p.withExpectedAnnualTax(Yuan.parse("2亿元"))),
        Map.entry("expectedJobs", p -> p.withExpectedJobs(801)),
        Map.entry("expectedJobs absent", p -> p.withExpectedJobs(OptionalInt.empty())),
        Map.entry("startMonth", p -> p.withStartMonth(YearMonth.of(2022, 4))),
        Map.entry("completionMonth", p -> p.withCompletionMonth(YearMonth.of(2023, 7))),
        Map.entry("phases", p -> p.withPhases(ProjectPhase.of(1, ProjectStatus.COMPLETED))));
    changes.forEach((attribute, change) -> {
      // the cluster lies in the project's county, so a project in another county has none
      Project base = attribute.equals("county") ? FULL.withCluster(Optional.empty()) : FULL;
      Project changed = change.apply(base);
      assertThat(changed).as(attribute).isNotEqualTo(base);
      assertThat(changed.hashCode()).as(attribute).isNotEqualTo(base.hashCode());
      assertThat(change.apply(base).hashCode()).as(attribute).isEqualTo(changed.hashCode());
    });
  }

  @Test
  void addAllCapacitiesAndAddAllPhasesAddEachElementAfterThoseAddedBefore() {
    Capacity first = Capacity.parse("10万吨");
    Capacity second = Capacity.parse("5万吨");
    ProjectPhase one = ProjectPhase.of(1, ProjectStatus.COMPLETED);
    ProjectPhase two = ProjectPhase.of(2, ProjectStatus.UNDER_CONSTRUCTION);
    Capacity third = Capacity.parse("2万吨");
    ProjectPhase three = ProjectPhase.of(3, ProjectStatus.PLANNED);
    Project project = lebao()
        .addCapacities(first)
        .addAllCapacities(List.of(second))
        .addAllCapacities(List.of())
        .addAllCapacities(() -> List.of(third).iterator())
        .addPhases(one)
        .addAllPhases(List.of(two))
        .addAllPhases(List.of())
        .addAllPhases(() -> List.of(three).iterator())
        .build();
    assertThat(project.capacities()).containsExactly(first, second, third);
    assertThat(project.phases()).containsExactly(one, two, three);
  }

  /** A builder holding the attributes of {@link Samples#LEBAO_PROJECT}. */
  private static Project.Builder lebao() {
    Project p = Samples.LEBAO_PROJECT;
    return Project.builder()
        .id(p.id())
        .name(p.name())
        .county(p.county())
        .enterprise(p.enterprise())
        .category(p.category())
        .status(p.status())
        .planYear(p.planYear())
        .totalInvestment(p.totalInvestment());
  }
}
