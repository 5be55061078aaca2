package dev.pingyi.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Totals in SQL: the projects in a table loaded before timing (DuckDB with its appender, H2 with
 * batched inserts; money as {@code DECIMAL(14, 2)} yuan), then {@code GROUP BY … SUM} in county
 * order, every row read back.
 */
final class SqlTotals implements TotalsEngine {

  static final String QUERY = "SELECT county, COUNT(*), SUM(CASE WHEN started THEN 1 ELSE 0 END), "
      + "SUM(total_investment), SUM(annual_planned), SUM(completed) FROM projects GROUP BY county ORDER BY county";

  /** One county's row of the result. */
  record CountyRow(int county, long count, long started, BigDecimal total, BigDecimal plan, BigDecimal completed) {}

  private final Connection connection;

  SqlTotals(String engine, ProjectWorkload w) throws Exception {
    this.connection = SqlEngines.connect(engine);
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE projects (county INTEGER NOT NULL, started BOOLEAN NOT NULL, "
          + "total_investment DECIMAL(14, 2) NOT NULL, annual_planned DECIMAL(14, 2) NOT NULL, "
          + "completed DECIMAL(14, 2) NOT NULL)");
    }
    int[] code = new int[ProjectWorkload.COUNTIES];
    for (int c = 0; c < code.length; c++) {
      code[c] = ProjectWorkload.countyCode(c);
    }
    long start = System.nanoTime();
    if (SqlEngines.isDuckDb(engine)) {
      try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("projects")) {
        for (int i = 0; i < w.size; i++) {
          appender.beginRow()
              .append(code[w.county[i]])
              .append(w.started(i))
              .append(BigDecimal.valueOf(w.total[i], 2))
              .append(BigDecimal.valueOf(w.plan[i], 2))
              .append(BigDecimal.valueOf(w.completed[i], 2))
              .endRow();
        }
      }
    } else {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO projects VALUES (?, ?, ?, ?, ?)")) {
        for (int i = 0; i < w.size; i++) {
          insert.setInt(1, code[w.county[i]]);
          insert.setBoolean(2, w.started(i));
          insert.setBigDecimal(3, BigDecimal.valueOf(w.total[i], 2));
          insert.setBigDecimal(4, BigDecimal.valueOf(w.plan[i], 2));
          insert.setBigDecimal(5, BigDecimal.valueOf(w.completed[i], 2));
          insert.addBatch();
          if (i % 10_000 == 9_999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      connection.commit();
    }
    SqlEngines.logLoad(engine, "totals", w.size, System.nanoTime() - start);
  }

  @Override
  public List<CountyRow> totals() throws Exception {
    List<CountyRow> rows = new ArrayList<>(ProjectWorkload.COUNTIES);
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
      while (rs.next()) {
        rows.add(new CountyRow(rs.getInt(1), rs.getLong(2), rs.getLong(3),
            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)));
      }
    }
    return rows;
  }

  @Override
  public long[][] totalsOf(Object result) {
    long[][] out = new long[ProjectWorkload.COUNTIES][5];
    for (Object o : (List<?>) result) {
      CountyRow r = (CountyRow) o;
      out[ProjectWorkload.countyOf(r.county())] = new long[] {
          r.count(), r.started(), RecordTotals.fen(r.total()), RecordTotals.fen(r.plan()),
          RecordTotals.fen(r.completed())};
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
