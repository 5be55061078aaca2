package dev.pingyi.benchmarks;

import dev.pingyi.model.ProjectStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * DuckDB's {@code read_csv} of the file into a table, its columns typed as a user would type them
 * (amounts {@code DECIMAL(18, 2)} in 万元, the words {@code VARCHAR}), then one query that reads
 * the answer back: the number of rows, of started ones (a status word not among 未开工's words),
 * and the three sums. In memory, with 1 or 2 threads; the table is replaced at each read.
 */
final class SqlCsv implements CsvEngine {

  private static final String PLANNED_WORDS = ProjectStatus.PLANNED.chineseWords().stream()
      .map(w -> "'" + w + "'").collect(Collectors.joining(", "));
  private static final String COLUMNS = "{'seq': 'INTEGER', 'id': 'VARCHAR', 'name': 'VARCHAR', "
      + "'county': 'VARCHAR', 'level': 'VARCHAR', 'category': 'VARCHAR', 'status': 'VARCHAR', "
      + "'total_investment': 'DECIMAL(18, 2)', 'annual_planned': 'DECIMAL(18, 2)', 'completed': 'DECIMAL(18, 2)'}";
  private static final String STARTED = "CASE WHEN status IN (" + PLANNED_WORDS + ") THEN 0 ELSE 1 END";
  private static final String SUMS = "COUNT(*), SUM(" + STARTED + "), SUM(total_investment), "
      + "SUM(annual_planned), SUM(completed)";

  private final String name;
  private final Connection connection;
  private final String load;

  SqlCsv(String name, CsvWorkload w) throws SQLException {
    this.name = name;
    this.connection = SqlEngines.connect(name);
    this.load = "CREATE OR REPLACE TABLE projects AS SELECT * FROM read_csv('"
        + w.file.toAbsolutePath().toString().replace("'", "''") + "', header = true, delim = ',', quote = '\"', "
        + "columns = " + COLUMNS + ")";
  }

  /** The number of rows, of started ones, and the three sums in fen. */
  @Override
  public long[] read() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(load);
      try (ResultSet rs = s.executeQuery("SELECT " + SUMS + " FROM projects")) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2), fen(rs.getBigDecimal(3)), fen(rs.getBigDecimal(4)),
            fen(rs.getBigDecimal(5))};
      }
    }
  }

  /** Checks the answer read back against the workload's, and the table, county by county. */
  @Override
  public void verify(Object result, CsvWorkload w) throws SQLException {
    long[][] expected = w.expectedTotals();
    long[] all = new long[5];
    for (long[] county : expected) {
      for (int k = 0; k < all.length; k++) {
        all[k] += county[k];
      }
    }
    long[] answer = (long[]) result;
    if (!java.util.Arrays.equals(all, answer)) {
      throw new IllegalStateException(String.format("%s answers (count, started, total, plan, completed fen) %s,"
          + " but the workload's are %s", name, java.util.Arrays.toString(answer), java.util.Arrays.toString(all)));
    }
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < ProjectWorkload.COUNTIES; c++) {
      index.put(CsvWorkload.countyName(c), c);
    }
    long[][] rows = new long[ProjectWorkload.COUNTIES][5];
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT county, " + SUMS + " FROM projects GROUP BY county")) {
      while (rs.next()) {
        Integer c = index.get(rs.getString(1));
        if (c == null) {
          throw new IllegalStateException(name + " reads a county " + rs.getString(1) + " the workload has not");
        }
        rows[c] = new long[] {rs.getLong(2), rs.getLong(3), fen(rs.getBigDecimal(4)), fen(rs.getBigDecimal(5)),
            fen(rs.getBigDecimal(6))};
      }
    }
    Verify.sameTotals(name, expected, rows);
  }

  /** A sum in 万元 in fen. */
  private static long fen(BigDecimal wan) {
    return wan.movePointRight(6).longValueExact();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
