package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A project keeps every attribute most projects leave absent when it is the only one given: each
 * of them alone makes a project that has it, differs from the project without it, and survives a
 * copy through the builder.
 */
class ProjectExtrasKillTest {

  private static Project.Builder plain() {
    return Project.builder()
        .id("p1")
        .name("项目一")
        .county(Samples.GUANXIAN)
        .category(ProjectCategory.INDUSTRY)
        .status(ProjectStatus.UNDER_CONSTRUCTION)
        .planYear(2022);
  }

  @Test
  void eachRarelyGivenAttributeAloneIsKept() {
    Capacity capacity = Capacity.parse("35万吨/年");
    ProjectPhase phase = ProjectPhase.of(1, ProjectStatus.COMPLETED);
    Yuan revenue = Yuan.parse("2亿元");
    Yuan tax = Yuan.parse("3000万元");
    YearMonth start = YearMonth.of(2022, 3);
    YearMonth end = YearMonth.of(2023, 10);
    Project none = plain().build();

    assertThat(none.enterprise()).isEmpty();
    assertThat(none.cluster()).isEmpty();
    assertThat(none.capacities()).isEmpty();
    assertThat(none.expectedAnnualRevenue()).isEmpty();
    assertThat(none.expectedAnnualTax()).isEmpty();
    assertThat(none.expectedJobs()).isEqualTo(OptionalInt.empty());
    assertThat(none.startMonth()).isEmpty();
    assertThat(none.completionMonth()).isEmpty();
    assertThat(none.phases()).isEmpty();

    List<Project> alone = List.of(
        plain().enterprise(Samples.LEBAO).build(),
        plain().cluster(Samples.STEEL).build(),
        plain().addCapacities(capacity).build(),
        plain().expectedAnnualRevenue(revenue).build(),
        plain().expectedAnnualTax(tax).build(),
        plain().expectedJobs(120).build(),
        plain().startMonth(start).build(),
        plain().completionMonth(end).build(),
        plain().addPhases(phase).build());

    assertThat(alone.get(0).enterprise()).contains(Samples.LEBAO);
    assertThat(alone.get(1).cluster()).contains(Samples.STEEL);
    assertThat(alone.get(2).capacities()).containsExactly(capacity);
    assertThat(alone.get(3).expectedAnnualRevenue()).contains(revenue);
    assertThat(alone.get(4).expectedAnnualTax()).contains(tax);
    assertThat(alone.get(5).expectedJobs()).isEqualTo(OptionalInt.of(120));
    assertThat(alone.get(6).startMonth()).contains(start);
    assertThat(alone.get(7).completionMonth()).contains(end);
    assertThat(alone.get(8).phases()).containsExactly(phase);

    for (int i = 0; i < alone.size(); i++) {
      Project p = alone.get(i);
      assertThat(p).as("attribute %s", i).isNotEqualTo(none);
      assertThat(Project.builder().from(p).build()).as("attribute %s", i).isEqualTo(p);
      for (int j = 0; j < i; j++) {
        assertThat(p).as("attributes %s and %s", i, j).isNotEqualTo(alone.get(j));
      }
    }
  }

  @Test
  void aProjectWithNoneOfThemEqualsOneWhoseAttributesWereRemoved() {
    Project none = plain().build();
    Project some = plain().enterprise(Samples.LEBAO).expectedJobs(3).build();

    Project removed = some.withEnterprise(Optional.empty()).withExpectedJobs(OptionalInt.empty());

    assertThat(removed).isEqualTo(none);
    assertThat(removed.hashCode()).isEqualTo(none.hashCode());
  }
}
