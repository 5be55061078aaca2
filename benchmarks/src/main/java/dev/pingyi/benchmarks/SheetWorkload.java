package dev.pingyi.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The score sheets of a ranking workload as primitive arrays, drawn from a fixed seed: units
 * 0 … n−1 in groups of {@code groupSize} consecutive units, two scores per sheet with two
 * decimals in [60, 100] (so that ties are common), sheets in a shuffled order. Every
 * implementation is built from these arrays and checked against {@link #expectedRanks()}.
 */
final class SheetWorkload {

  /** The seed of every ranking workload. */
  static final long SEED = 2022_07_01L;

  /** Lowest and highest score, in hundredths of a point. */
  static final int MIN_SCORE = 6_000;
  static final int MAX_SCORE = 10_000;

  final int size;
  final int groupSize;
  final int groups;
  /** The unit of each sheet, in sheet order. */
  final int[] unit;
  /** The base evaluation score (基础评议分) of each sheet, in hundredths of a point. */
  final int[] base;
  /** The on-site evaluation score (现场评议分) of each sheet, in hundredths of a point. */
  final int[] onSite;

  private SheetWorkload(int size, int groupSize) {
    this.size = size;
    this.groupSize = groupSize;
    this.groups = (size + groupSize - 1) / groupSize;
    SplittableRandom random = new SplittableRandom(SEED ^ size ^ ((long) groupSize << 32));
    unit = new int[size];
    base = new int[size];
    onSite = new int[size];
    for (int s = 0; s < size; s++) {
      unit[s] = s;
    }
    for (int s = size - 1; s > 0; s--) {
      int t = random.nextInt(s + 1);
      int u = unit[s];
      unit[s] = unit[t];
      unit[t] = u;
    }
    for (int s = 0; s < size; s++) {
      base[s] = random.nextInt(MIN_SCORE, MAX_SCORE + 1);
      onSite[s] = random.nextInt(MIN_SCORE, MAX_SCORE + 1);
    }
  }

  /** The workload of {@code size} units in groups of {@code groupSize}. */
  static SheetWorkload of(int size, int groupSize) {
    return new SheetWorkload(size, Math.min(size, groupSize));
  }

  int groupOf(int unitIndex) {
    return unitIndex / groupSize;
  }

  /** The exact 70/30 composite of sheet s, in thousandths of a point. */
  long key(int s) {
    return 7L * base[s] + 3L * onSite[s];
  }

  static String unitName(int unitIndex) {
    return "单位" + unitIndex;
  }

  static String groupId(int group) {
    return "group-" + group;
  }

  /**
   * The competition rank (1 + the number of units of its group with a higher composite) of each
   * unit, by the most direct method there is: counting per group and composite. Every
   * implementation, the floor included, must give exactly these ranks.
   */
  int[] expectedRanks() {
    int[] sheetsByGroup = new int[size];
    int[] groupStart = new int[groups + 1];
    for (int s = 0; s < size; s++) {
      groupStart[groupOf(unit[s]) + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      groupStart[g + 1] += groupStart[g];
    }
    int[] next = groupStart.clone();
    for (int s = 0; s < size; s++) {
      sheetsByGroup[next[groupOf(unit[s])]++] = s;
    }
    int keys = 10 * MAX_SCORE + 1;
    int[] above = new int[keys + 1];
    int[] rank = new int[size];
    for (int g = 0; g < groups; g++) {
      Arrays.fill(above, 0);
      for (int t = groupStart[g]; t < groupStart[g + 1]; t++) {
        above[(int) key(sheetsByGroup[t])]++;
      }
      // above[k] becomes the number of sheets of the group whose key exceeds k
      int higher = 0;
      for (int k = keys; k >= 0; k--) {
        int c = above[k];
        above[k] = higher;
        higher += c;
      }
      for (int t = groupStart[g]; t < groupStart[g + 1]; t++) {
        int s = sheetsByGroup[t];
        rank[unit[s]] = above[(int) key(s)] + 1;
      }
    }
    return rank;
  }
}
