package dev.pingyi.examples;

import static dev.pingyi.examples.Liaocheng2022H1.COUNTY_LEVEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Project;
import dev.pingyi.model.UnitKind;
import dev.pingyi.model.Yuan;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's facts, as DOMAIN.md lists them, are what the example data holds. */
class Liaocheng2022H1Test {

  @Test
  void elevenCountyLevelUnitsOfWhichThreeZonesHaveNoCode() {
    assertThat(Liaocheng2022H1.COUNTIES).hasSize(11);
    assertThat(Liaocheng2022H1.COUNTIES.stream().filter(c -> c.divisionCode().isEmpty()))
        .extracting(County::shortName)
        .containsExactly("开发区", "高新区", "度假区");
    assertThat(Liaocheng2022H1.COUNTIES.stream().filter(c -> c.kind() == CountyKind.FUNCTIONAL_ZONE))
        .hasSize(3);
  }

  @Test
  void divisionCodesAreThoseOfGbT2260() {
    assertThat(Liaocheng2022H1.COUNTIES.stream()
            .flatMap(c -> c.divisionCode().stream())
            .map(DivisionCode::code))
        .containsExactly("371502", "371503", "371521", "371522", "371524", "371525", "371526", "371581");
    assertThat(Liaocheng2022H1.CHIPING.name()).isEqualTo("茌平区");
    assertThat(Liaocheng2022H1.LINQING.kind()).isEqualTo(CountyKind.COUNTY_LEVEL_CITY);
  }

  @Test
  void theFiveGroupsHaveTheirPublishedSizes() {
    assertThat(Liaocheng2022H1.RANKED_GROUPS)
        .extracting(g -> g.members().size())
        .containsExactly(11, 14, 9, 11, 8);
    assertThat(Liaocheng2022H1.RANKED_GROUPS).allMatch(g -> g.period().toString().equals("2022H1"));
  }

  @Test
  void countyLevelMembersAreInPublishedRankOrder() {
    assertThat(COUNTY_LEVEL.members())
        .extracting(EvaluatedUnit::name)
        .containsExactly("茌平区政府", "冠县政府", "开发区管委会", "高新区管委会", "高唐县政府", "莘县政府",
            "东昌府区政府", "临清市政府", "度假区管委会", "东阿县政府", "阳谷县政府");
    assertThat(COUNTY_LEVEL.members().stream().filter(u -> u.kind() == UnitKind.ZONE_COMMITTEE))
        .extracting(u -> u.county().orElseThrow().shortName())
        .containsExactly("开发区", "高新区", "度假区");
    assertThat(COUNTY_LEVEL.member("茌平区政府").orElseThrow().county())
        .contains(Liaocheng2022H1.CHIPING);
  }

  @Test
  void departmentGroupsSitUnderMunicipalDepartments() {
    for (EvaluationGroup group : List.of(Liaocheng2022H1.ECONOMIC_DEPARTMENTS,
        Liaocheng2022H1.SOCIAL_MANAGEMENT_DEPARTMENTS, Liaocheng2022H1.PUBLIC_AFFAIRS_DEPARTMENTS)) {
      assertThat(group.parent()).contains(Liaocheng2022H1.DEPARTMENTS);
      assertThat(group.members()).allMatch(u -> u.kind() == UnitKind.MUNICIPAL_DEPARTMENT);
    }
    assertThat(Liaocheng2022H1.ECONOMIC_DEPARTMENTS.members().get(0).name()).isEqualTo("市农业农村局");
    assertThat(Liaocheng2022H1.PUBLIC_INSTITUTIONS.members().get(7).name()).isEqualTo("市地震监测中心");
    assertThat(Liaocheng2022H1.PUBLIC_INSTITUTIONS.parent()).isEmpty();
  }

  @Test
  void projectsCarryTheReportsFiguresAndNoOthers() {
    Project lebao = Liaocheng2022H1.LEBAO_PET_FOOD;
    assertThat(lebao.totalInvestment()).contains(Yuan.parse("13.8亿元"));
    assertThat(lebao.annualPlannedInvestment()).isEmpty();
    assertThat(lebao.completedInvestment()).isEmpty();

    Project renze = Liaocheng2022H1.RENZE_ZINC_MAGNESIUM;
    assertThat(renze.capacities()).extracting(Object::toString).containsExactly("35万吨/年");
    assertThat(renze.expectedAnnualRevenue()).contains(Yuan.parse("16亿元"));
    assertThat(renze.expectedAnnualTax()).contains(Yuan.parse("4500万元"));
    assertThat(renze.expectedJobs()).hasValue(100);
    assertThat(renze.cluster()).contains(Liaocheng2022H1.GUANXIAN_STEEL);

    assertThat(Liaocheng2022H1.HAILIANG_AOBOTE.annualPlannedInvestment()).contains(Yuan.parse("3.7亿元"));
    assertThat(Liaocheng2022H1.LINQING_ELECTRONICS_PARK.totalInvestment()).contains(Yuan.parse("8亿元"));
    assertThat(Liaocheng2022H1.LINQING_ELECTRONICS_PARK.phases()).hasSize(3);
    assertThat(Liaocheng2022H1.DENGLOU_RESETTLEMENT.completionMonth()).contains(YearMonth.of(2022, 10));
    assertThat(Liaocheng2022H1.PROJECTS).allMatch(p -> p.level().isEmpty() && p.planYear() == 2022);
  }

  @Test
  void guanxianClustersAreProvincialAndRecognisedIn2022() {
    assertThat(Liaocheng2022H1.CLUSTERS)
        .allMatch(c -> c.county().equals(Liaocheng2022H1.GUANXIAN) && c.yearRecognised().getAsInt() == 2022);
    assertThat(Liaocheng2022H1.GUANXIAN_STEEL.capacities()).extracting(Object::toString).containsExactly("1600万吨");
  }
}
