package dev.pingyi.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.County;
import dev.pingyi.model.Project;
import dev.pingyi.model.Yuan;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Totals per county agree exactly with H2's GROUP BY … SUM … COUNT over the same projects. */
class TotalsOracleTest {

  @Test
  void totalsPerCountyAgreeWithSqlGroupBy() throws Exception {
    long seed = 763L;
    List<County> counties = RandomProjects.counties(40);
    List<Project> projects = RandomProjects.projects(new Random(seed), counties, 20_000, 100_000_000_000L);
    GroupedTotals<County> byCounty = projects.stream().collect(GroupedTotals.toTotalsByCounty());

    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:totals")) {
      try (Statement s = db.createStatement()) {
        s.execute("CREATE TABLE project (county VARCHAR, started BOOLEAN, total_fen BIGINT,"
            + " plan_fen BIGINT, completed_fen BIGINT)");
      }
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO project VALUES (?, ?, ?, ?, ?)")) {
        for (Project p : projects) {
          insert.setString(1, p.county().name());
          insert.setBoolean(2, p.status().isStarted());
          setFen(insert, 3, p.totalInvestment());
          setFen(insert, 4, p.annualPlannedInvestment());
          setFen(insert, 5, p.completedInvestment());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      List<String> mismatches = new ArrayList<>();
      int groups = 0;
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("SELECT county, COUNT(*), SUM(CASE WHEN started THEN 1 ELSE 0 END),"
              + " COALESCE(SUM(total_fen), 0), COUNT(total_fen), COALESCE(SUM(plan_fen), 0), COUNT(plan_fen),"
              + " COALESCE(SUM(completed_fen), 0), COUNT(completed_fen) FROM project GROUP BY county")) {
        while (rs.next()) {
          groups++;
          String name = rs.getString(1);
          InvestmentTotals ours = byCounty.groups().entrySet().stream()
              .filter(e -> e.getKey().name().equals(name)).map(Map.Entry::getValue).findFirst().orElseThrow();
          long[] sql = new long[8];
          for (int i = 0; i < 8; i++) {
            sql[i] = rs.getLong(i + 2);
          }
          long[] mine = {ours.count(), ours.startedCount(),
              ours.totalInvestment().amount().fen(), ours.totalInvestment().reportedCount(),
              ours.annualPlannedInvestment().amount().fen(), ours.annualPlannedInvestment().reportedCount(),
              ours.completedInvestment().amount().fen(), ours.completedInvestment().reportedCount()};
          if (!java.util.Arrays.equals(sql, mine)) {
            mismatches.add(name + ": sql " + java.util.Arrays.toString(sql) + " pingyi " + java.util.Arrays.toString(mine));
          }
        }
      }
      assertThat(mismatches).as("seed %s", seed).isEmpty();
      assertThat(groups).isEqualTo(byCounty.groups().size()).isEqualTo(counties.size());
    }
  }

  private static void setFen(PreparedStatement insert, int index, Optional<Yuan> amount) throws Exception {
    if (amount.isPresent()) {
      insert.setLong(index, amount.get().fen());
    } else {
      insert.setNull(index, Types.BIGINT);
    }
  }
}
