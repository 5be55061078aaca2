package dev.pingyi.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Connections to the SQL engines compared: DuckDB in memory (with 1 or 2 threads) and H2 in
 * memory with its query cache off, and the log of the time each load took.
 */
final class SqlEngines {

  /** The system property naming the file that load times are appended to. */
  static final String LOAD_LOG = "pingyi.bench.loadLog";

  private SqlEngines() {}

  static boolean isDuckDb(String engine) {
    return engine.startsWith("duckdb");
  }

  /** A new in-memory database of the given engine, empty. */
  static Connection connect(String engine) throws SQLException {
    return switch (engine) {
      case RankingEngine.DUCKDB_1, RankingEngine.DUCKDB_2 -> {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
          s.execute("SET threads = " + (engine.equals(RankingEngine.DUCKDB_1) ? 1 : 2));
        }
        yield c;
      }
      case RankingEngine.H2 -> {
        // a private in-memory database per connection; no cached query plans or results
        Connection c = DriverManager.getConnection("jdbc:h2:mem:;QUERY_CACHE_SIZE=0");
        c.setAutoCommit(false);
        yield c;
      }
      default -> throw new IllegalArgumentException("SqlEngines engine=" + engine + " is not a SQL engine");
    };
  }

  /**
   * Appends one line — engine, workload, size, seconds — to the load log named by {@value
   * #LOAD_LOG}, if one is named; the suite reports these apart from the query times.
   */
  static void logLoad(String engine, String workload, int size, long nanos) {
    String file = System.getProperty(LOAD_LOG);
    if (file == null) {
      return;
    }
    String line = engine + "\t" + workload + "\t" + size + "\t" + nanos / 1e9 + "\n";
    try {
      Files.writeString(Path.of(file), line, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
