package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.ProjectLedger;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.Yuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Values, schemes and the engines are shared by 8 threads that rank and aggregate 10 000 random
 * groups at once; every result equals the one a single thread computes. The engines keep no
 * state but the memo of a scheme's last matched component list, which threads replace whole.
 */
class ConcurrencyTest {

  private static final int GROUPS = 10_000;
  private static final int THREADS = 8;

  @Test
  void eightThreadsSharingValuesSchemesAndEnginesGetTheSingleThreadedResults() throws Exception {
    long seed = 8L;
    Random random = new Random(seed);
    Prefecture liaocheng = Prefecture.of("聊城市", DivisionCode.of("371500"));
    List<County> counties = List.of(
        county(liaocheng, "冠县", "371525"), county(liaocheng, "临清市", "371581"), county(liaocheng, "莘县", "371522"));
    List<EvaluationGroup> groups = new ArrayList<>();
    List<List<ScoreSheet>> sheets = new ArrayList<>();
    List<List<Project>> projects = new ArrayList<>();
    for (int g = 0; g < GROUPS; g++) {
      EvaluationGroup group = Sheets.group("c" + g, 1 + random.nextInt(12));
      groups.add(group);
      sheets.add(Sheets.randomSheets(random, group, true));
      List<Project> some = new ArrayList<>();
      for (int p = random.nextInt(6); p > 0; p--) {
        some.add(Project.builder().id("c" + g + "-" + p).name("项目" + p)
            .county(counties.get(random.nextInt(counties.size())))
            .category(ProjectCategory.INDUSTRY).status(ProjectStatus.values()[random.nextInt(4)]).planYear(2022)
            .totalInvestment(Yuan.ofFen(random.nextInt(1_000_000_000))).build());
      }
      projects.add(some);
    }
    ScoringScheme dense = ScoringScheme.LIAOCHENG_2022.withRanking(
        ScoringScheme.LIAOCHENG_2022.ranking().withTiePolicy(TiePolicy.DENSE));
    List<Object> expected = new ArrayList<>();
    for (int g = 0; g < GROUPS; g++) {
      expected.add(results(g % 2 == 0 ? ScoringScheme.LIAOCHENG_2022 : dense, groups.get(g), sheets.get(g), projects.get(g)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        futures.add(pool.submit(() -> {
          List<Object> mine = new ArrayList<>();
          // every thread ranks every group, each starting elsewhere, so threads meet on shared values
          for (int k = 0; k < GROUPS; k++) {
            int g = (first * (GROUPS / THREADS) + k) % GROUPS;
            mine.add(List.of(g, results(g % 2 == 0 ? ScoringScheme.LIAOCHENG_2022 : dense,
                groups.get(g), sheets.get(g), projects.get(g))));
          }
          return mine;
        }));
      }
      for (Future<List<Object>> future : futures) {
        for (Object o : future.get(5, TimeUnit.MINUTES)) {
          List<?> pair = (List<?>) o;
          int g = (Integer) pair.get(0);
          assertThat(pair.get(1)).as("seed %s group %s", seed, g).isEqualTo(expected.get(g));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Object> results(
      ScoringScheme scheme, EvaluationGroup group, List<ScoreSheet> sheets, List<Project> projects) {
    Ranking ranking = Rankings.rank(scheme, group, sheets);
    return List.of(
        ranking,
        RankCorrelation.spearman(ranking, Rankings.fromPublishedOrder(group)).map(Object::toString).orElse("-"),
        projects.stream().collect(GroupedTotals.toTotalsByCounty()),
        ProjectLedger.of(projects).totalsByCounty());
  }

  private static County county(Prefecture prefecture, String name, String code) {
    return County.builder().name(name).kind(code.endsWith("81") ? CountyKind.COUNTY_LEVEL_CITY : CountyKind.COUNTY)
        .divisionCode(DivisionCode.of(code)).prefecture(prefecture).build();
  }
}
