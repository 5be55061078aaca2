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
 * Investment totals per county of {@code size} projects over 3 000 counties. Before timing, each
 * fork checks that its engine's counts and fen sums per county equal the workload's, and fails
 * if not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx10g"})
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class TotalsBenchmark {

  @Param({"floor", "pingyi-collector", "pingyi-collector-parallel", "pingyi-ledger-build", "pingyi-ledger",
      "records", "duckdb-1t", "duckdb-2t", "h2"})
  public String impl = TotalsEngine.FLOOR;

  @Param({"10000", "100000", "1000000", "10000000"})
  public int size = 10_000;

  private TotalsEngine engine = new Unloaded();

  @Setup
  public void setUp() throws Exception {
    ProjectWorkload workload = ProjectWorkload.of(size);
    engine = TotalsEngine.create(impl, workload);
    Verify.sameTotals(impl, workload.expectedTotals(), engine.totalsOf(engine.totals()));
  }

  @Benchmark
  public Object totals() throws Exception {
    return engine.totals();
  }

  @TearDown
  public void tearDown() throws Exception {
    engine.close();
  }

  /** The engine before {@link #setUp()}. */
  private static final class Unloaded implements TotalsEngine {
    @Override
    public Object totals() {
      throw new IllegalStateException("TotalsBenchmark: no engine loaded");
    }

    @Override
    public long[][] totalsOf(Object result) {
      throw new IllegalStateException("TotalsBenchmark: no engine loaded");
    }
  }
}
