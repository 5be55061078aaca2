package dev.pingyi.benchmarks;

import java.sql.SQLException;

/**
 * One way of computing investment totals per county over a {@link ProjectWorkload}: whatever it
 * holds is built before timing, and {@link #totals()} is what is timed.
 */
interface TotalsEngine extends AutoCloseable {

  String FLOOR = "floor";
  String PINGYI_COLLECTOR = "pingyi-collector";
  String PINGYI_COLLECTOR_PARALLEL = "pingyi-collector-parallel";
  String PINGYI_LEDGER_BUILD = "pingyi-ledger-build";
  String PINGYI_LEDGER = "pingyi-ledger";
  String RECORDS = "records";
  String DUCKDB_1 = RankingEngine.DUCKDB_1;
  String DUCKDB_2 = RankingEngine.DUCKDB_2;
  String H2 = RankingEngine.H2;

  /** The totals per county; returns the engine's own result. */
  Object totals() throws Exception;

  /** A result of {@link #totals()} in the columns of {@link ProjectWorkload#expectedTotals()}. */
  long[][] totalsOf(Object result) throws Exception;

  /** Releases what the engine holds: a SQL engine's connection. */
  @Override
  default void close() throws SQLException {}

  static TotalsEngine create(String name, ProjectWorkload workload) throws Exception {
    return switch (name) {
      case FLOOR -> new FloorTotals(workload);
      case PINGYI_COLLECTOR, PINGYI_COLLECTOR_PARALLEL, PINGYI_LEDGER_BUILD, PINGYI_LEDGER ->
          new PingyiTotals(name, workload);
      case RECORDS -> new RecordTotals(workload);
      case DUCKDB_1, DUCKDB_2, H2 -> new SqlTotals(name, workload);
      default -> throw new IllegalArgumentException("TotalsEngine name=" + name + " is not known");
    };
  }
}
