package dev.pingyi.benchmarks;

import java.sql.SQLException;

/**
 * One way of reading the projects CSV of a {@link CsvWorkload}: whatever it needs besides the
 * file (a county lookup, a connection) is made before timing, and {@link #read()}, from the file
 * on disk to the engine's own result, is what is timed.
 */
interface CsvEngine extends AutoCloseable {

  String PINGYI = "pingyi-csv";
  String FASTCSV_BARE = "fastcsv-bare";
  String FLOOR = "floor";
  String DUCKDB_1 = RankingEngine.DUCKDB_1;
  String DUCKDB_2 = RankingEngine.DUCKDB_2;

  /** Reads the file; returns the engine's own result. */
  Object read() throws Exception;

  /**
   * Checks a result of {@link #read()} against the workload's answer.
   *
   * @throws IllegalStateException naming the engine and the first difference
   */
  void verify(Object result, CsvWorkload workload) throws Exception;

  /** Releases what the engine holds: a SQL engine's connection. */
  @Override
  default void close() throws SQLException {}

  static CsvEngine create(String name, CsvWorkload workload) throws Exception {
    return switch (name) {
      case PINGYI -> new PingyiCsv(workload);
      case FASTCSV_BARE -> new FastCsvBare(workload);
      case FLOOR -> new FloorCsv(workload);
      case DUCKDB_1, DUCKDB_2 -> new SqlCsv(name, workload);
      default -> throw new IllegalArgumentException("CsvEngine name=" + name + " is not known");
    };
  }
}
