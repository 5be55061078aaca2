package dev.pingyi.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Mode;

/**
 * What the suite runs, in full or quick mode. The full plan takes about 25 minutes on 2 cores:
 * three forks of every case (the report gives the median of their means, since ratios swing by
 * a third between forks on these machines); the quick plan, about 2½ minutes, one fork of the
 * smaller sizes.
 */
final class Plan {

  static final List<String> RANKING_ENGINES = List.of(
      RankingEngine.FLOOR, RankingEngine.PINGYI_RANK_ALL, RankingEngine.PINGYI_RANK_PARALLEL,
      RankingEngine.RECORDS, RankingEngine.DUCKDB_1, RankingEngine.DUCKDB_2, RankingEngine.H2);
  static final List<String> ONE_GROUP_ENGINES = List.of(RankingEngine.FLOOR, RankingEngine.PINGYI_RANK);
  static final List<String> TOTALS_ENGINES = List.of(
      TotalsEngine.FLOOR, TotalsEngine.PINGYI_COLLECTOR, TotalsEngine.PINGYI_COLLECTOR_PARALLEL,
      TotalsEngine.PINGYI_LEDGER_BUILD, TotalsEngine.PINGYI_LEDGER, TotalsEngine.RECORDS,
      TotalsEngine.DUCKDB_1, TotalsEngine.DUCKDB_2, TotalsEngine.H2);
  /** Analyses whose time grows about as n log n. */
  static final List<String> LINEARITHMIC = List.of(
      "stableInterval", "mostFragileAdjacentPair", "rankChange", "fromPublishedOrder");
  /** Analyses that compare every pair, or every pair of tie groups. */
  static final List<String> PAIRWISE = List.of("spearman", "kendallTauB");
  /**
   * Analyses that materialise every pair's critical change: n(n − 1) objects, about 16 GB at
   * 10⁴ units, so they run only up to about 3 000.
   */
  static final List<String> MATERIALISING = List.of("percentAny", "percentTop");

  private static final List<String> SMALL_HEAP = List.of("-Xms1g", "-Xmx6g");
  private static final List<String> BIG_HEAP = List.of("-Xms4g", "-Xmx10g");

  private Plan() {}

  static List<Step> full() {
    List<Step> steps = new ArrayList<>();
    steps.add(ranking("groups", RANKING_ENGINES, List.of("1000", "10000", "100000"), timed(3, 2, 3, 500)));
    steps.add(ranking("groups", RANKING_ENGINES, List.of("1000000"), timed(3, 1, 2, 500)));
    steps.add(ranking("one-group", ONE_GROUP_ENGINES, List.of("1000", "10000", "100000", "1000000"),
        timed(3, 2, 3, 500)));
    steps.add(totals(TOTALS_ENGINES, List.of("10000", "100000", "1000000"), timed(3, 2, 3, 500), SMALL_HEAP));
    steps.add(totals(TOTALS_ENGINES, List.of("10000000"), timed(3, 1, 2, 500), BIG_HEAP));
    steps.add(analysis(LINEARITHMIC, List.of("1000", "10000", "100000"), timed(3, 2, 3, 500)));
    steps.add(analysis(PAIRWISE, List.of("1000", "10000"), timed(3, 2, 3, 500)));
    steps.add(analysis(PAIRWISE, List.of("100000"), singleShot(3, 0, 1)));
    steps.add(analysis(MATERIALISING, List.of("1000", "1778"), timed(3, 2, 3, 500)));
    steps.add(analysis(MATERIALISING, List.of("3162"), singleShot(3, 1, 2)));
    return steps;
  }

  static List<Step> quick() {
    Shape quick = timed(1, 1, 2, 200);
    List<Step> steps = new ArrayList<>();
    steps.add(ranking("groups", RANKING_ENGINES, List.of("1000", "10000"), quick));
    steps.add(ranking("one-group", ONE_GROUP_ENGINES, List.of("1000", "10000"), quick));
    steps.add(totals(TOTALS_ENGINES, List.of("10000", "100000"), quick, SMALL_HEAP));
    List<String> notMaterialising = new ArrayList<>(LINEARITHMIC);
    notMaterialising.addAll(PAIRWISE);
    steps.add(analysis(notMaterialising, List.of("1000", "10000"), quick));
    steps.add(analysis(MATERIALISING, List.of("1000", "1778"), quick));
    return steps;
  }

  /** Forks and iterations of a step. */
  record Shape(Mode mode, int forks, int warmups, int iterations, int millis) {}

  static Shape timed(int forks, int warmups, int iterations, int millis) {
    return new Shape(Mode.AverageTime, forks, warmups, iterations, millis);
  }

  static Shape singleShot(int forks, int warmups, int iterations) {
    return new Shape(Mode.SingleShotTime, forks, warmups, iterations, 0);
  }

  private static Step ranking(String layout, List<String> engines, List<String> sizes, Shape shape) {
    java.util.Map<String, List<String>> params = Step.params("impl", engines, "size", sizes);
    params.put("layout", List.of(layout));
    return step(layout.equals("groups") ? Step.RANKING : Step.ONE_GROUP, RankingBenchmark.class, params, shape, true,
        SMALL_HEAP);
  }

  private static Step totals(List<String> engines, List<String> sizes, Shape shape, List<String> heap) {
    return step(Step.TOTALS, TotalsBenchmark.class, Step.params("impl", engines, "size", sizes), shape, true, heap);
  }

  private static Step analysis(List<String> analyses, List<String> sizes, Shape shape) {
    return step(Step.ANALYSIS, AnalysisBenchmark.class, Step.params("analysis", analyses, "size", sizes), shape,
        false, BIG_HEAP);
  }

  private static Step step(String table, Class<?> benchmark, java.util.Map<String, List<String>> params, Shape shape,
      boolean gc, List<String> heap) {
    return new Step(table, benchmark, params, shape.mode(), shape.forks(), shape.warmups(), shape.iterations(),
        shape.millis(), gc, heap);
  }
}
