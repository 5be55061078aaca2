package dev.pingyi.benchmarks;

import java.util.Arrays;

/**
 * A quick same-JVM comparison of one ranking engine with the floor, for working on the engine:
 * the two run in turns, each round timed, and the ratio of their median times printed. On
 * shared cores the turns see much the same load, so the ratio holds better than two separate
 * runs' would; JMH ({@link RankingBenchmark}) stays the measure that is reported.
 *
 * <p>{@code java -cp benchmarks.jar dev.pingyi.benchmarks.RankingCompare [impl] [layout] [size]
 * [rounds]}, by default {@code pingyi-rankAll groups 1000000 15}; {@code impl} alone (no floor)
 * when the layout is followed by {@code only}.
 */
final class RankingCompare {

  private RankingCompare() {}

  public static void main(String[] args) throws Exception {
    String impl = args.length > 0 ? args[0] : RankingEngine.PINGYI_RANK_ALL;
    String layout = args.length > 1 ? args[1] : "groups";
    int size = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    boolean only = args.length > 4 && args[4].equals("only");
    SheetWorkload workload = SheetWorkload.of(size, layout.equals("one-group") ? size : RankingBenchmark.GROUP_SIZE);
    RankingEngine floor = RankingEngine.create(RankingEngine.FLOOR, workload);
    RankingEngine engine = RankingEngine.create(impl, workload);
    int[] expected = workload.expectedRanks();
    Verify.sameRanks(RankingEngine.FLOOR, expected, floor.ranksOf(floor.rank()));
    if (!Boolean.getBoolean("speed.noverify")) {
      Verify.sameRanks(impl, expected, engine.ranksOf(engine.rank()));
    }
    for (int w = 0; w < 5; w++) {
      floor.rank();
      engine.rank();
    }
    double[] f = new double[rounds];
    double[] e = new double[rounds];
    double[] ratio = new double[rounds];
    double[] cf = new double[rounds];
    double[] ce = new double[rounds];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    Object sink = engine.rank();
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      if (!only) {
        sink = floor.rank();
      }
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      sink = engine.rank();
      long t2 = System.nanoTime();
      long c2 = threads.getCurrentThreadCpuTime();
      cf[r] = (c1 - c0) / 1e6;
      ce[r] = (c2 - c1) / 1e6;
      f[r] = (t1 - t0) / 1e6;
      e[r] = (t2 - t1) / 1e6;
      ratio[r] = e[r] / f[r];
      System.out.printf("round %2d: floor %8.1f ms  %s %8.1f ms  ratio %.2f  (cpu %.1f, %.1f)%n", r, f[r], impl, e[r],
          ratio[r], cf[r], ce[r]);
    }
    if (!Boolean.getBoolean("speed.noverify")) {
      Verify.sameRanks(impl, expected, engine.ranksOf(sink));
    }
    double mf = median(f);
    double me = median(e);
    System.out.printf("median: floor %.1f ms, %s %.1f ms, ratio of medians %.2f, median ratio %.2f;"
        + " thread cpu: floor %.1f ms, %s %.1f ms, ratio %.2f%n",
        mf, impl, me, me / mf, median(ratio), median(cf), impl, median(ce), median(ce) / median(cf));
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
