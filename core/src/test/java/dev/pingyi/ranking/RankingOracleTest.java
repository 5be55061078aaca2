package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * H2's window functions over the same composites, partitioned by group, agree with Pingyi: RANK
 * and DENSE_RANK exactly, PERCENT_RANK and CUME_DIST (doubles in SQL) to 1e-12.
 */
class RankingOracleTest {

  @Test
  void ranksAgreeWithSqlWindowFunctionsOverAThousandGroups() throws Exception {
    long seed = 2022L;
    Random random = new Random(seed);
    Map<String, Ranking> rankings = new HashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:ranks")) {
      try (Statement s = db.createStatement()) {
        s.execute("CREATE TABLE sheet (grp VARCHAR, unit VARCHAR, composite DECIMAL(30, 10))");
      }
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO sheet VALUES (?, ?, ?)")) {
        for (int g = 0; g < 1_000; g++) {
          EvaluationGroup group = Sheets.group("g" + g, 1 + random.nextInt(25));
          List<ScoreSheet> sheets = Sheets.randomSheets(random, group, true);
          Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, sheets);
          rankings.put(group.id(), ranking);
          for (ScoreSheet sheet : sheets) {
            insert.setString(1, group.id());
            insert.setString(2, sheet.unit().name());
            insert.setBigDecimal(3, ScoringScheme.LIAOCHENG_2022.composite().composite(sheet));
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
      List<String> mismatches = new ArrayList<>();
      int rows = 0;
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("SELECT grp, unit, composite,"
              + " RANK() OVER w, DENSE_RANK() OVER w, PERCENT_RANK() OVER w, CUME_DIST() OVER w"
              + " FROM sheet WINDOW w AS (PARTITION BY grp ORDER BY composite DESC)")) {
        while (rs.next()) {
          rows++;
          RankedEntry e = java.util.Objects.requireNonNull(rankings.get(rs.getString(1))).entry(rs.getString(2)).orElseThrow();
          BigDecimal composite = rs.getBigDecimal(3);
          boolean agrees = e.compositeScore().orElseThrow().compareTo(composite) == 0
              && e.rank(TiePolicy.COMPETITION).intValueExact() == rs.getInt(4)
              && e.rank(TiePolicy.DENSE).intValueExact() == rs.getInt(5)
              && Math.abs(e.percentRank().rounded(20, java.math.RoundingMode.HALF_EVEN).doubleValue() - rs.getDouble(6)) <= 1e-12
              && Math.abs(e.cumulativeDistribution().rounded(20, java.math.RoundingMode.HALF_EVEN).doubleValue() - rs.getDouble(7)) <= 1e-12;
          if (!agrees) {
            mismatches.add(rs.getString(2) + " sql " + rs.getInt(4) + "/" + rs.getInt(5) + "/" + rs.getDouble(6)
                + "/" + rs.getDouble(7) + " pingyi " + e);
          }
        }
      }
      assertThat(mismatches).as("seed %s", seed).isEmpty();
      assertThat(rows).isEqualTo(rankings.values().stream().mapToInt(r -> r.entries().size()).sum());
    }
  }
}
