package dev.pingyi.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Ranking in SQL: the sheets in a table loaded before timing (DuckDB with its appender, H2 with
 * batched inserts), then {@code RANK() OVER (PARTITION BY …)}, with every rank read back.
 */
final class SqlRanking implements RankingEngine {

  static final String QUERY = "SELECT unit, RANK() OVER (PARTITION BY grp ORDER BY 0.7 * base + 0.3 * on_site DESC) "
      + "FROM sheets";

  private final Connection connection;
  private final int size;

  SqlRanking(String engine, SheetWorkload w) throws Exception {
    this.size = w.size;
    this.connection = SqlEngines.connect(engine);
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE sheets (grp INTEGER NOT NULL, unit INTEGER NOT NULL, "
          + "base DECIMAL(5, 2) NOT NULL, on_site DECIMAL(5, 2) NOT NULL)");
    }
    long start = System.nanoTime();
    if (SqlEngines.isDuckDb(engine)) {
      try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("sheets")) {
        for (int s = 0; s < w.size; s++) {
          appender.beginRow()
              .append(w.groupOf(w.unit[s]))
              .append(w.unit[s])
              .append(BigDecimal.valueOf(w.base[s], 2))
              .append(BigDecimal.valueOf(w.onSite[s], 2))
              .endRow();
        }
      }
    } else {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sheets VALUES (?, ?, ?, ?)")) {
        for (int s = 0; s < w.size; s++) {
          insert.setInt(1, w.groupOf(w.unit[s]));
          insert.setInt(2, w.unit[s]);
          insert.setBigDecimal(3, BigDecimal.valueOf(w.base[s], 2));
          insert.setBigDecimal(4, BigDecimal.valueOf(w.onSite[s], 2));
          insert.addBatch();
          if (s % 10_000 == 9_999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      connection.commit();
    }
    SqlEngines.logLoad(engine, "ranking", w.size, System.nanoTime() - start);
  }

  @Override
  public int[] rank() throws Exception {
    int[] rankOfUnit = new int[size];
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
      while (rs.next()) {
        rankOfUnit[rs.getInt(1)] = rs.getInt(2);
      }
    }
    return rankOfUnit;
  }

  @Override
  public int[] ranksOf(Object result) {
    return (int[]) result;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
