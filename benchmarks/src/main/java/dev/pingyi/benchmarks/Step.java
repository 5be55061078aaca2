package dev.pingyi.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;

/**
 * One JMH run of the suite: a benchmark method over some parameter values, with its forks,
 * iterations and heap.
 *
 * @param table the table of the report its results go to
 * @param benchmark the benchmark class
 * @param params the values of each parameter
 * @param mode average time over timed iterations, or single shots for operations of seconds
 * @param iterationMillis the length of a timed iteration (ignored for single shots)
 * @param gcProfiler whether JMH's GC profiler measures allocation
 */
record Step(
    String table,
    Class<?> benchmark,
    Map<String, List<String>> params,
    Mode mode,
    int forks,
    int warmups,
    int iterations,
    int iterationMillis,
    boolean gcProfiler,
    List<String> jvmArgs) {

  /** The tables of the report. */
  static final String RANKING = "ranking";
  static final String ONE_GROUP = "one-group";
  static final String TOTALS = "totals";
  static final String ANALYSIS = "analysis";
  static final String CSV = "csv";

  /** Parameters in the order given: {@code params("impl", List.of(…), "size", List.of(…))}. */
  static Map<String, List<String>> params(String name, List<String> values, String name2, List<String> values2) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put(name, values);
    params.put(name2, values2);
    return params;
  }

  /** The number of forks the step starts. */
  int forkCount() {
    return forks * params.values().stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
  }
}
