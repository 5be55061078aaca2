package dev.pingyi.benchmarks;

import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
 * Reading a projects CSV of {@code size} rows, written once per fork to a temporary file from the
 * fixed seed. Before timing, each fork reads the file once and checks its engine's answer — per
 * county, the projects, the started ones and the three sums in fen; for the bare parse, the
 * records, fields and characters — and fails if it differs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@Warmup(iterations = 1, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class CsvBenchmark {

  @Param({"fastcsv-bare", "floor", "pingyi-csv", "duckdb-1t", "duckdb-2t"})
  public String impl = CsvEngine.PINGYI;

  @Param({"10000", "100000", "1000000"})
  public int size = 10_000;

  private @Nullable CsvWorkload workload;
  private @Nullable CsvEngine engine;

  @Setup
  public void setUp() throws Exception {
    CsvWorkload w = CsvWorkload.of(size);
    workload = w;
    CsvEngine e = CsvEngine.create(impl, w);
    engine = e;
    e.verify(e.read(), w);
  }

  @Benchmark
  public Object read() throws Exception {
    CsvEngine e = engine;
    if (e == null) {
      throw new IllegalStateException("CsvBenchmark: no engine");
    }
    return e.read();
  }

  @TearDown
  public void tearDown() throws Exception {
    if (engine != null) {
      engine.close();
    }
    if (workload != null) {
      workload.delete();
    }
  }
}
