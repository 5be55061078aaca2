package dev.pingyi.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;

/**
 * What the suite runs, in full or quick mode. The full plan runs three forks of every case (the
 * report gives the median of their means, since ratios swing by a third between forks on these
 * machines), but one of the analyses that take a minute or more a shot (Spearman and Kendall at
 * 10⁵ units, the critical changes at 1 778); the quick plan, one fork of the two smaller sizes.
 */
final class Plan {

  static final List<String> RANKING_ENGINES = List.of(
      RankingEngine.FLOOR, RankingEngine.PINGYI_RANK_ALL, RankingEngine.PINGYI_RANK_PARALLEL,
      RankingEngine.PINGYI_RANK_ALL_PARALLEL, RankingEngine.PINGYI_RANK_ALL_FRESH,
      RankingEngine.RECORDS, RankingEngine.DUCKDB_1, RankingEngine.DUCKDB_2, RankingEngine.H2);
  static final List<String> ONE_GROUP_ENGINES = List.of(RankingEngine.FLOOR, RankingEngine.PINGYI_RANK);
  static final List<String> TOTALS_ENGINES = List.of(
      TotalsEngine.FLOOR, TotalsEngine.PINGYI_COLLECTOR, TotalsEngine.PINGYI_COLLECTOR_PARALLEL,
      TotalsEngine.PINGYI_LEDGER_BUILD, TotalsEngine.PINGYI_LEDGER, TotalsEngine.RECORDS,
      TotalsEngine.DUCKDB_1, TotalsEngine.DUCKDB_2, TotalsEngine.H2);
  /**
   * The engines run over 10⁷ projects: not H2, whose batched load alone takes about 15 s per 10⁶
   * rows (some 2½ minutes a fork), nor the parallel collector, which no target needs there.
   */
  static final List<String> LARGEST_TOTALS_ENGINES = List.of(
      TotalsEngine.FLOOR, TotalsEngine.PINGYI_COLLECTOR, TotalsEngine.PINGYI_LEDGER_BUILD, TotalsEngine.PINGYI_LEDGER,
      TotalsEngine.RECORDS, TotalsEngine.DUCKDB_1, TotalsEngine.DUCKDB_2);
  /** The readers of a projects CSV, the bare parse first: the target is a ratio to it. */
  static final List<String> CSV_ENGINES = List.of(
      CsvEngine.FASTCSV_BARE, CsvEngine.FLOOR, CsvEngine.PINGYI, CsvEngine.DUCKDB_1, CsvEngine.DUCKDB_2);
  /** Analyses whose time grows about as n log n. */
  static final List<String> LINEARITHMIC = List.of(
      "stableInterval", "mostFragileAdjacentPair", "rankChange", "fromPublishedOrder");
  /** Analyses that compare every pair, or every pair of tie groups. */
  static final List<String> PAIRWISE = List.of("spearman", "kendallTauB");
  /**
   * Analyses that materialise every pair's critical change: n(n − 1) objects, seconds a shot at
   * 10³ units and some 10⁸ objects at 10⁴, more than the heap; so they run at 10³ and 10^3.25.
   */
  static final List<String> MATERIALISING = List.of("percentAny", "percentTop");

  private static final List<String> SMALL_HEAP = List.of("-Xms1g", "-Xmx6g");
  private static final List<String> BIG_HEAP = List.of("-Xms4g", "-Xmx10g");

  private Plan() {}

  static List<Step> full() {
    Shape timed = timed(3, 1, 2, 500);
    // operations of a second or more: each fork's check before timing has already run one
    Shape largest = singleShot(3, 0, 2);
    // ranking 10^6 sheets takes under a second: two warm-up shots more let the JIT finish the
    // parallel paths too (on 2 cores the compiler thread competes with both workers), so the step
    // measures ranking, as DuckDB's native code is measured, and not the first calls' compilation
    Shape largestRanking = singleShot(3, 2, 3);
    List<Step> steps = new ArrayList<>();
    steps.add(ranking("groups", RANKING_ENGINES, List.of("1000", "10000", "100000"), timed));
    steps.add(ranking("groups", RANKING_ENGINES, List.of("1000000"), largestRanking));
    steps.add(ranking("one-group", ONE_GROUP_ENGINES, List.of("1000", "10000", "100000"), timed));
    steps.add(ranking("one-group", ONE_GROUP_ENGINES, List.of("1000000"), largestRanking));
    steps.add(totals(TOTALS_ENGINES, List.of("10000", "100000", "1000000"), timed, SMALL_HEAP));
    steps.add(totals(LARGEST_TOTALS_ENGINES, List.of("10000000"), largest, BIG_HEAP));
    steps.add(analysis(LINEARITHMIC, List.of("1000", "10000", "100000"), timed));
    steps.add(analysis(PAIRWISE, List.of("1000", "10000"), timed));
    steps.add(analysis(PAIRWISE, List.of("100000"), singleShot(1, 0, 1)));
    steps.add(analysis(MATERIALISING, List.of("1000"), singleShot(3, 0, 1)));
    steps.add(analysis(MATERIALISING, List.of("1778"), singleShot(1, 0, 1)));
    steps.add(csv(List.of("10000", "100000"), timed));
    steps.add(csv(List.of("1000000"), largest));
    return steps;
  }

  static List<Step> quick() {
    Shape quick = timed(1, 1, 2, 300);
    List<String> notMaterialising = new ArrayList<>(LINEARITHMIC);
    notMaterialising.addAll(PAIRWISE);
    List<Step> steps = new ArrayList<>();
    steps.add(ranking("groups", RANKING_ENGINES, List.of("1000", "10000"), quick));
    steps.add(ranking("one-group", ONE_GROUP_ENGINES, List.of("1000", "10000"), quick));
    steps.add(totals(TOTALS_ENGINES, List.of("10000", "100000"), quick, SMALL_HEAP));
    steps.add(analysis(notMaterialising, List.of("1000", "10000"), quick));
    steps.add(analysis(MATERIALISING, List.of("1000"), singleShot(1, 0, 1)));
    steps.add(csv(List.of("10000", "100000"), quick));
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
    Map<String, List<String>> params = Step.params("impl", engines, "size", sizes);
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

  private static Step csv(List<String> sizes, Shape shape) {
    return step(Step.CSV, CsvBenchmark.class, Step.params("impl", CSV_ENGINES, "size", sizes), shape, true,
        SMALL_HEAP);
  }

  private static Step step(String table, Class<?> benchmark, Map<String, List<String>> params, Shape shape,
      boolean gc, List<String> heap) {
    return new Step(table, benchmark, params, shape.mode(), shape.forks(), shape.warmups(), shape.iterations(),
        shape.millis(), gc, heap);
  }
}
