package dev.pingyi.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking {@code size} score sheets under the 70/30 scheme, either in groups of 1 000 units
 * ({@code layout=groups}) or as one group ({@code layout=one-group}). Before timing, each fork
 * checks that its engine's competition ranks equal the workload's, and fails if not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class RankingBenchmark {

  static final int GROUP_SIZE = 1_000;

  @Param({"groups", "one-group"})
  public String layout = "groups";

  @Param({"floor", "pingyi-rankAll", "pingyi-rank", "pingyi-rank-parallel", "pingyi-rankAll-parallel", "pingyi-rankAll-fresh", "records", "duckdb-1t", "duckdb-2t", "h2"})
  public String impl = RankingEngine.FLOOR;

  @Param({"1000", "10000", "100000", "1000000"})
  public int size = 1_000;

  private RankingEngine engine = new Unloaded();

  @Setup
  public void setUp() throws Exception {
    SheetWorkload workload = SheetWorkload.of(size, layout.equals("one-group") ? size : GROUP_SIZE);
    engine = RankingEngine.create(impl, workload);
    Verify.sameRanks(impl, workload.expectedRanks(), engine.ranksOf(engine.rank()));
  }

  @Benchmark
  public Object rank() throws Exception {
    return engine.rank();
  }

  @TearDown
  public void tearDown() throws Exception {
    engine.close();
  }

  /** The engine before {@link #setUp()}. */
  private static final class Unloaded implements RankingEngine {
    @Override
    public Object rank() {
      throw new IllegalStateException("RankingBenchmark: no engine loaded");
    }

    @Override
    public int[] ranksOf(Object result) {
      throw new IllegalStateException("RankingBenchmark: no engine loaded");
    }
  }
}
