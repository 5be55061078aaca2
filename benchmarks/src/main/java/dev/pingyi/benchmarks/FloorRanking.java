package dev.pingyi.benchmarks;

import java.util.Arrays;

/**
 * The floor of ranking: exact integer keys in primitive arrays, one sort of packed
 * (group, key descending, sheet) longs and one pass that assigns competition ranks. Nothing
 * exact can do less work; every other engine is measured against it.
 */
final class FloorRanking implements RankingEngine {

  private static final int KEY_BITS = 64 - Long.numberOfLeadingZeros(10L * SheetWorkload.MAX_SCORE);
  private static final long MAX_KEY = (1L << KEY_BITS) - 1;

  private final int[] group;
  private final long[] key;
  private final int[] unit;
  private final int indexBits;

  FloorRanking(SheetWorkload w) {
    int n = w.size;
    group = new int[n];
    key = new long[n];
    unit = w.unit.clone();
    for (int s = 0; s < n; s++) {
      group[s] = w.groupOf(w.unit[s]);
      key[s] = w.key(s);
    }
    indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
    int groupBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, w.groups - 1));
    if (groupBits + KEY_BITS + indexBits > 63) {
      throw new IllegalArgumentException("FloorRanking size=" + n + " does not pack into a long");
    }
  }

  @Override
  public int[] rank() {
    int n = key.length;
    long[] packed = new long[n];
    for (int s = 0; s < n; s++) {
      packed[s] = ((long) group[s] << (KEY_BITS + indexBits)) | (MAX_KEY - key[s]) << indexBits | s;
    }
    Arrays.sort(packed);
    long mask = (1L << indexBits) - 1;
    int[] rankOfUnit = new int[n];
    int previousGroup = -1;
    long previousKey = -1;
    int position = 0;
    int rank = 0;
    for (long p : packed) {
      int s = (int) (p & mask);
      if (group[s] != previousGroup) {
        previousGroup = group[s];
        previousKey = -1;
        position = 0;
      }
      position++;
      if (key[s] != previousKey) {
        previousKey = key[s];
        rank = position;
      }
      rankOfUnit[unit[s]] = rank;
    }
    return rankOfUnit;
  }

  @Override
  public int[] ranksOf(Object result) {
    return (int[]) result;
  }
}
