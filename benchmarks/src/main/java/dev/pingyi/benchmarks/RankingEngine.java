package dev.pingyi.benchmarks;

import java.sql.SQLException;

/**
 * One way of ranking a {@link SheetWorkload}: whatever it holds (model objects, records, a loaded
 * table) is built from the workload before timing, and {@link #rank()} is what is timed.
 */
interface RankingEngine extends AutoCloseable {

  /** The names of the engines, as the benchmark's {@code impl} parameter takes them. */
  String FLOOR = "floor";
  String PINGYI_RANK_ALL = "pingyi-rankAll";
  String PINGYI_RANK = "pingyi-rank";
  String PINGYI_RANK_PARALLEL = "pingyi-rank-parallel";
  String PINGYI_RANK_ALL_PARALLEL = "pingyi-rankAll-parallel";
  String PINGYI_RANK_ALL_FRESH = "pingyi-rankAll-fresh";
  String RECORDS = "records";
  String DUCKDB_1 = "duckdb-1t";
  String DUCKDB_2 = "duckdb-2t";
  String H2 = "h2";

  /** Ranks every group; returns the engine's own result. */
  Object rank() throws Exception;

  /** The competition rank of each unit in a result of {@link #rank()}, indexed by unit. */
  int[] ranksOf(Object result) throws Exception;

  /** Releases what the engine holds: a SQL engine's connection. */
  @Override
  default void close() throws SQLException {}

  /** The engine of the given name, loaded with the workload. */
  static RankingEngine create(String name, SheetWorkload workload) throws Exception {
    return switch (name) {
      case FLOOR -> new FloorRanking(workload);
      case PINGYI_RANK_ALL, PINGYI_RANK, PINGYI_RANK_PARALLEL, PINGYI_RANK_ALL_PARALLEL, PINGYI_RANK_ALL_FRESH ->
          new PingyiRanking(name, workload);
      case RECORDS -> new RecordRanking(workload);
      case DUCKDB_1, DUCKDB_2, H2 -> new SqlRanking(name, workload);
      default -> throw new IllegalArgumentException("RankingEngine name=" + name + " is not known");
    };
  }
}
