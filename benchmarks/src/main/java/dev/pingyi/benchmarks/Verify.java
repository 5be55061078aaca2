package dev.pingyi.benchmarks;

import java.util.Arrays;

/** The checks every fork makes before timing: an engine that answers differently fails the run. */
final class Verify {

  private Verify() {}

  static void sameRanks(String engine, int[] expected, int[] actual) {
    for (int u = 0; u < expected.length; u++) {
      if (expected[u] != actual[u]) {
        throw new IllegalStateException(String.format(
            "%s ranks unit %s at %d, but the workload's rank is %d", engine, SheetWorkload.unitName(u), actual[u],
            expected[u]));
      }
    }
  }

  static void sameTotals(String engine, long[][] expected, long[][] actual) {
    for (int c = 0; c < expected.length; c++) {
      if (!Arrays.equals(expected[c], actual[c])) {
        throw new IllegalStateException(String.format(
            "%s gives county %d (count, started, total, plan, completed fen) %s, but the workload's are %s",
            engine, ProjectWorkload.countyCode(c), Arrays.toString(actual[c]), Arrays.toString(expected[c])));
      }
    }
  }
}
