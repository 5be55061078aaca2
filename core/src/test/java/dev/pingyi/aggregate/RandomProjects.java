package dev.pingyi.aggregate;

import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Yuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random projects over a few counties and zones, with some figures absent. */
final class RandomProjects {

  static final Prefecture LIAOCHENG = Prefecture.of("聊城市", DivisionCode.of("371500"));

  private RandomProjects() {}

  /** {@code countyCount} counties of Liaocheng with codes 371501…, and two zones. */
  static List<County> counties(int countyCount) {
    List<County> counties = new ArrayList<>();
    for (int i = 1; i <= countyCount; i++) {
      counties.add(County.builder()
          .name("县" + i)
          .kind(CountyKind.COUNTY)
          .divisionCode(DivisionCode.of(String.format("3715%02d", i)))
          .prefecture(LIAOCHENG)
          .build());
    }
    for (String zone : new String[] {"乙开发区", "甲度假区"}) {
      counties.add(County.builder().name(zone).kind(CountyKind.FUNCTIONAL_ZONE).prefecture(LIAOCHENG).build());
    }
    return counties;
  }

  /** Projects with amounts up to {@code maxFen}, each figure absent one time in five. */
  static List<Project> projects(Random random, List<County> counties, int count, long maxFen) {
    List<Project> projects = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long total = below(random, maxFen);
      var builder = Project.builder()
          .id("p" + i)
          .name("项目" + i)
          .county(counties.get(random.nextInt(counties.size())))
          .category(ProjectCategory.values()[random.nextInt(ProjectCategory.values().length)])
          .status(ProjectStatus.values()[random.nextInt(ProjectStatus.values().length)])
          .planYear(2022);
      if (random.nextInt(4) > 0) {
        builder.level(ProjectLevel.values()[random.nextInt(ProjectLevel.values().length)]);
      }
      boolean hasTotal = random.nextInt(5) > 0;
      if (hasTotal) {
        builder.totalInvestment(Yuan.ofFen(total));
      }
      if (random.nextInt(5) > 0) {
        builder.annualPlannedInvestment(Yuan.ofFen(hasTotal ? below(random, total + 1) : random.nextInt(1_000_000)));
      }
      if (random.nextInt(5) > 0) {
        builder.completedInvestment(Yuan.ofFen(hasTotal ? below(random, total + 1) : random.nextInt(1_000_000)));
      }
      projects.add(builder.build());
    }
    return projects;
  }

  /** A uniform value in [0, bound). */
  static long below(Random random, long bound) {
    return (random.nextLong() >>> 1) % bound;
  }
}
