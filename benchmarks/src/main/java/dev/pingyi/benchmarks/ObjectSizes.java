package dev.pingyi.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.pingyi.aggregate.ProjectLedger;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained bytes per object, measured with JOL on 2 000 objects each, leaving out what a user
 * shares between them (units, the period, components, counties, enums, strings), as the
 * memory targets count.
 */
final class ObjectSizes {

  static final int COUNT = 2_000;

  /** One measured size, with its target in bytes (0 where there is none). */
  record Size(String what, String counted, double bytes, int target) {}

  private ObjectSizes() {}

  static List<Size> measure() {
    // records refuse Unsafe field offsets; without an agent, JOL then finds them by probing
    System.setProperty("jol.magicFieldOffset", "true");
    List<Size> sizes = new ArrayList<>();
    SheetWorkload w = SheetWorkload.of(COUNT, COUNT);
    EvaluationGroup group = PingyiRanking.groups(w).get(0);
    List<ScoreSheet> sheets = PingyiRanking.sheets(w, List.of(group));
    List<Object> shared = new ArrayList<>(group.members());
    shared.add(group);
    shared.add(PingyiRanking.PERIOD);
    shared.add(ScoreComponent.BASE_EVALUATION);
    shared.add(ScoreComponent.ON_SITE_EVALUATION);
    sizes.add(new Size("`ScoreSheet`, two scores", "sheet, its map and scores; not the unit, period or components",
        perObject(sheets, shared), 120));

    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, sheets);
    List<Object> sharedByRanking = new ArrayList<>(shared);
    sharedByRanking.addAll(sheets);
    sharedByRanking.add(ScoringScheme.LIAOCHENG_2022);
    sizes.add(new Size("`Ranking`, per ranked unit", "the ranking's columns; not the group, sheets or scheme",
        perObject(List.of(ranking), sharedByRanking) / COUNT, 24));

    ProjectWorkload pw = ProjectWorkload.of(COUNT);
    List<Project> projects = PingyiTotals.projects(pw);
    List<Object> sharedByProjects = new ArrayList<>();
    for (Project p : projects) {
      sharedByProjects.add(p.id());
      sharedByProjects.add(p.name());
      sharedByProjects.add(p.county());
    }
    sharedByProjects.addAll(List.of(ProjectStatus.values()));
    sharedByProjects.addAll(List.of(ProjectCategory.values()));
    sharedByProjects.add(ImmutableList.of());
    sharedByProjects.add(Optional.empty());
    sizes.add(new Size("`Project`, three figures", "project and its amounts; not strings, county or enums",
        perObject(projects, sharedByProjects), 104));

    ProjectLedger ledger = ProjectLedger.of(projects);
    List<Object> sharedByLedger = new ArrayList<>(sharedByProjects);
    sharedByLedger.addAll(projects);
    sizes.add(new Size("`ProjectLedger`, per project", "the ledger's columns and lists; not the projects or counties",
        perObject(List.of(ledger), sharedByLedger) / COUNT, 0));

    List<RecordRanking.SheetRow> sheetRows = new RecordRanking(w).rows();
    List<Object> sheetStrings = new ArrayList<>();
    sheetRows.forEach(r -> sheetStrings.addAll(List.of(r.group(), r.unit())));
    sizes.add(new Size("record of a sheet (baseline)", "record and its two `BigDecimal`s; not strings",
        perObject(sheetRows, sheetStrings), 0));
    List<RecordTotals.ProjectRow> projectRows = new RecordTotals(pw).rows();
    List<Object> projectStrings = new ArrayList<>();
    projectRows.forEach(r -> projectStrings.addAll(List.of(r.id(), r.countyCode())));
    sizes.add(new Size("record of a project (baseline)", "record and its three `BigDecimal`s; not strings",
        perObject(projectRows, projectStrings), 0));
    return sizes;
  }

  /** Bytes reachable from the roots and not from the shared objects, per root. */
  static double perObject(List<?> roots, List<?> shared) {
    GraphLayout all = GraphLayout.parseInstance(roots.toArray());
    GraphLayout common = GraphLayout.parseInstance(shared.toArray());
    return (double) all.subtract(common).totalSize() / roots.size();
  }
}
