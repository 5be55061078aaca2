package dev.pingyi.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * What a Java developer writes without Pingyi: projects as records with {@link BigDecimal}
 * yuan, and {@link Collectors#groupingBy} by county code with a small mutable accumulator of
 * counts and {@code BigDecimal} sums.
 */
final class RecordTotals implements TotalsEngine {

  /** A project as a plain record. */
  record ProjectRow(
      String id, String countyCode, boolean started, BigDecimal total, BigDecimal plan, BigDecimal completed) {}

  /** Counts and sums of one county. */
  static final class DecimalTotals {
    long count;
    long started;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal plan = BigDecimal.ZERO;
    BigDecimal completed = BigDecimal.ZERO;

    void add(ProjectRow row) {
      count++;
      started += row.started() ? 1 : 0;
      total = total.add(row.total());
      plan = plan.add(row.plan());
      completed = completed.add(row.completed());
    }

    DecimalTotals merge(DecimalTotals other) {
      count += other.count;
      started += other.started;
      total = total.add(other.total);
      plan = plan.add(other.plan);
      completed = completed.add(other.completed);
      return this;
    }
  }

  private static final Collector<ProjectRow, ?, Map<String, DecimalTotals>> BY_COUNTY = Collectors.groupingBy(
      ProjectRow::countyCode, Collector.of(DecimalTotals::new, DecimalTotals::add, DecimalTotals::merge));

  private final List<ProjectRow> rows;

  RecordTotals(ProjectWorkload w) {
    List<String> codes = new ArrayList<>(ProjectWorkload.COUNTIES);
    for (int c = 0; c < ProjectWorkload.COUNTIES; c++) {
      codes.add(Integer.toString(ProjectWorkload.countyCode(c)));
    }
    rows = new ArrayList<>(w.size);
    for (int i = 0; i < w.size; i++) {
      rows.add(new ProjectRow("P" + i, codes.get(w.county[i]), w.started(i),
          BigDecimal.valueOf(w.total[i], 2), BigDecimal.valueOf(w.plan[i], 2), BigDecimal.valueOf(w.completed[i], 2)));
    }
  }

  /** The records, in workload order. */
  List<ProjectRow> rows() {
    return rows;
  }

  @Override
  public Map<String, DecimalTotals> totals() {
    return rows.stream().collect(BY_COUNTY);
  }

  @Override
  public long[][] totalsOf(Object result) {
    long[][] out = new long[ProjectWorkload.COUNTIES][5];
    for (Map.Entry<?, ?> e : ((Map<?, ?>) result).entrySet()) {
      DecimalTotals t = (DecimalTotals) e.getValue();
      out[ProjectWorkload.countyOf(Integer.parseInt((String) e.getKey()))] = new long[] {
          t.count, t.started, fen(t.total), fen(t.plan), fen(t.completed)};
    }
    return out;
  }

  static long fen(BigDecimal yuan) {
    return yuan.movePointRight(2).longValueExact();
  }
}
