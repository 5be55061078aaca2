package dev.pingyi.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One case of a JMH run as the report uses it: the median over forks of each fork's mean time,
 * JMH's error (99.9 % confidence, over all iterations of all forks) and allocation per operation.
 *
 * @param table the report table of the case
 * @param impl the engine or analysis
 * @param size the number of sheets, units or projects
 * @param millis the median over forks of the mean time per operation, in ms
 * @param errorMillis JMH's error of the mean, in ms; NaN where JMH gives none
 * @param allocBytes bytes allocated per operation, NaN if not measured
 * @param forkMillis the mean of each fork, in ms
 */
record Measured(
    String table, String impl, int size, String mode, double millis, double errorMillis, double allocBytes,
    List<Double> forkMillis) {

  static List<Measured> of(Step step, Collection<RunResult> results) {
    List<Measured> measured = new ArrayList<>();
    for (RunResult r : results) {
      BenchmarkParams p = r.getParams();
      String impl = p.getParam("impl") != null ? p.getParam("impl") : p.getParam("analysis");
      List<Double> forks = new ArrayList<>();
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        forks.add(b.getPrimaryResult().getScore());
      }
      double alloc = Double.NaN;
      // JMH 1.37 names it gc.alloc.rate.norm; earlier versions put a "·" before it
      for (String key : r.getSecondaryResults().keySet()) {
        Result<?> result = r.getSecondaryResults().get(key);
        if (key.endsWith("gc.alloc.rate.norm") && result != null) {
          alloc = result.getScore();
        }
      }
      measured.add(new Measured(step.table(), String.valueOf(impl), Integer.parseInt(p.getParam("size")),
          p.getMode().shortLabel(), median(forks), r.getPrimaryResult().getScoreError(), alloc, forks));
    }
    return measured;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
