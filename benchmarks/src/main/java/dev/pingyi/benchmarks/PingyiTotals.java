package dev.pingyi.benchmarks;

import static java.util.Objects.requireNonNull;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.InvestmentTotals;
import dev.pingyi.aggregate.ProjectLedger;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Yuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pingyi's public API on projects built beforehand, as a user holds them: {@code
 * pingyi-collector} collects {@link GroupedTotals#toTotalsByCounty()} (sequential or
 * parallel); {@code pingyi-ledger-build} times {@link ProjectLedger#of}; {@code pingyi-ledger}
 * times {@link ProjectLedger#totalsByCounty()} on a ledger built beforehand.
 */
final class PingyiTotals implements TotalsEngine {

  private final String variant;
  private final List<Project> projects;
  private final ProjectLedger ledger;

  PingyiTotals(String variant, ProjectWorkload w) {
    this.variant = variant;
    this.projects = projects(w);
    this.ledger = ProjectLedger.of(variant.equals(PINGYI_LEDGER) ? projects : List.of());
  }

  /** The counties of the workload, in index order: 30 provinces, 10 prefectures each, 10 counties each. */
  static List<County> counties() {
    List<County> counties = new ArrayList<>(ProjectWorkload.COUNTIES);
    Prefecture prefecture = null;
    for (int c = 0; c < ProjectWorkload.COUNTIES; c++) {
      if (c % 10 == 0) {
        prefecture = Prefecture.of("地市" + c / 10,
            DivisionCode.of(Integer.toString(ProjectWorkload.prefectureCode(c))));
      }
      counties.add(County.builder()
          .name(countyName(c))
          .kind(CountyKind.COUNTY)
          .divisionCode(DivisionCode.of(Integer.toString(ProjectWorkload.countyCode(c))))
          .prefecture(requireNonNull(prefecture))
          .build());
    }
    return counties;
  }

  /** The name of county c: 县0, 县1, … */
  static String countyName(int c) {
    return "县" + c;
  }

  /**
   * The projects of the workload: distinct ids; a name shared by the projects of a county,
   * since names play no part in totals and ten million distinct ones would only fill the heap.
   */
  static List<Project> projects(ProjectWorkload w) {
    List<County> counties = counties();
    List<String> names = new ArrayList<>(counties.size());
    for (County c : counties) {
      names.add(c.name() + "重点项目");
    }
    ProjectStatus[] statuses = ProjectStatus.values();
    List<Project> projects = new ArrayList<>(w.size);
    for (int i = 0; i < w.size; i++) {
      projects.add(Project.builder()
          .id("P" + i)
          .name(names.get(w.county[i]))
          .county(counties.get(w.county[i]))
          .category(ProjectCategory.INDUSTRY)
          .status(statuses[w.status[i]])
          .planYear(2022)
          .totalInvestment(Yuan.ofFen(w.total[i]))
          .annualPlannedInvestment(Yuan.ofFen(w.plan[i]))
          .completedInvestment(Yuan.ofFen(w.completed[i]))
          .build());
    }
    return projects;
  }

  @Override
  public Object totals() {
    return switch (variant) {
      case PINGYI_COLLECTOR -> projects.stream().collect(GroupedTotals.toTotalsByCounty());
      case PINGYI_COLLECTOR_PARALLEL -> projects.parallelStream().collect(GroupedTotals.toTotalsByCounty());
      case PINGYI_LEDGER_BUILD -> ProjectLedger.of(projects);
      case PINGYI_LEDGER -> ledger.totalsByCounty();
      default -> throw new IllegalStateException("PingyiTotals variant=" + variant);
    };
  }

  @Override
  public long[][] totalsOf(Object result) {
    GroupedTotals<?> grouped = result instanceof ProjectLedger built
        ? built.totalsByCounty() : (GroupedTotals<?>) result;
    long[][] rows = new long[ProjectWorkload.COUNTIES][5];
    for (Map.Entry<?, InvestmentTotals> e : grouped.groups().entrySet()) {
      County county = (County) e.getKey();
      InvestmentTotals t = e.getValue();
      int c = ProjectWorkload.countyOf(Integer.parseInt(county.divisionCode().orElseThrow().code()));
      if (t.totalInvestment().reportedCount() != t.count()
          || t.annualPlannedInvestment().reportedCount() != t.count()
          || t.completedInvestment().reportedCount() != t.count()) {
        throw new IllegalStateException("PingyiTotals county " + county.name() + ": a figure is reported as absent");
      }
      rows[c] = new long[] {
          t.count(), t.startedCount(), t.totalInvestment().amount().fen(),
          t.annualPlannedInvestment().amount().fen(), t.completedInvestment().amount().fen()};
    }
    return rows;
  }
}
