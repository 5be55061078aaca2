package dev.pingyi.benchmarks;

/**
 * The floor of totals: one loop over primitive arrays (a county slot and three figures in fen
 * per project) into per-county columns, with the same overflow checks as Pingyi.
 */
final class FloorTotals implements TotalsEngine {

  private final int[] county;
  private final boolean[] started;
  private final long[] total;
  private final long[] plan;
  private final long[] completed;

  FloorTotals(ProjectWorkload w) {
    county = w.county.clone();
    started = new boolean[w.size];
    for (int i = 0; i < w.size; i++) {
      started[i] = w.started(i);
    }
    total = w.total.clone();
    plan = w.plan.clone();
    completed = w.completed.clone();
  }

  @Override
  public long[][] totals() {
    int counties = ProjectWorkload.COUNTIES;
    long[] count = new long[counties];
    long[] startedCount = new long[counties];
    long[] totalSum = new long[counties];
    long[] planSum = new long[counties];
    long[] completedSum = new long[counties];
    for (int i = 0; i < county.length; i++) {
      int c = county[i];
      count[c]++;
      startedCount[c] += started[i] ? 1 : 0;
      totalSum[c] = Math.addExact(totalSum[c], total[i]);
      planSum[c] = Math.addExact(planSum[c], plan[i]);
      completedSum[c] = Math.addExact(completedSum[c], completed[i]);
    }
    return new long[][] {count, startedCount, totalSum, planSum, completedSum};
  }

  @Override
  public long[][] totalsOf(Object result) {
    long[][] columns = (long[][]) result;
    long[][] rows = new long[ProjectWorkload.COUNTIES][columns.length];
    for (int c = 0; c < rows.length; c++) {
      for (int k = 0; k < columns.length; k++) {
        rows[c][k] = columns[k][c];
      }
    }
    return rows;
  }
}
