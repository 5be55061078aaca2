package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LongSort} against independent oracles on seeded random values: {@link Arrays#sort} for a
 * full sort and for the order of the bits above the low bits, and a stable object sort (TimSort)
 * by those bits for {@link LongSort#sortStable}. The lengths lie around the thresholds — the
 * insertion sort's 32, the radix sort's 256 — with few distinct keys, or a digit that all values
 * share, and the widths reach the edges: 63 bits, low bits equal to the bits.
 */
class LongSortKillTest {

  private static final int[] LENGTHS = {0, 1, 2, 3, 30, 31, 32, 33, 64, 255, 256, 257, 300, 511, 512, 1_000, 2_049, 5_000};

  /** Values in [0, 2^bits): uniform, few distinct (by the round), or sharing a middle digit. */
  private static long[] draw(Random random, int n, int bits, int shape) {
    long mask = bits == 0 ? 0 : -1L >>> (64 - bits);
    long shared = random.nextLong() & mask;
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      long v = random.nextLong() & mask;
      values[i] = switch (shape) {
        case 0 -> v;
        case 1 -> v % 5 & mask;
        case 2 -> (v & ~0xFFF00L | shared & 0xFFF00L) & mask;
        default -> (v & 0xFFL) | (shared & ~0xFFL & mask);
      };
    }
    return values;
  }

  @Test
  void aFullSortOrdersAsArraysSortForEveryWidthUpToSixtyThreeBits() {
    Random random = new Random(1201);
    for (int n : LENGTHS) {
      for (int bits : new int[] {0, 1, 7, 8, 9, 16, 31, 32, 33, 62, 63}) {
        for (int shape = 0; shape < 4; shape++) {
          long[] values = draw(random, n, bits, shape);
          long[] expected = values.clone();
          Arrays.sort(expected);
          LongSort.sort(values, bits);
          assertThat(values).as("n %s bits %s shape %s", n, bits, shape).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void sortingByTheHighBitsOrdersThemAndKeepsEveryValue() {
    Random random = new Random(1202);
    for (int n : LENGTHS) {
      for (int[] widths : new int[][] {{63, 0}, {63, 31}, {63, 62}, {63, 63}, {40, 3}, {20, 20}, {20, 12}, {9, 1}, {0, 0}}) {
        int bits = widths[0];
        int lowBits = widths[1];
        for (int shape = 0; shape < 4; shape++) {
          long[] values = draw(random, n, bits, shape);
          long[] expectedHigh = Arrays.stream(values).map(v -> v >>> lowBits).sorted().toArray();
          long[] expectedAll = values.clone();
          Arrays.sort(expectedAll);

          LongSort.sort(values, bits, lowBits);

          String what = "n " + n + " bits " + bits + " low " + lowBits + " shape " + shape;
          assertThat(Arrays.stream(values).map(v -> v >>> lowBits).toArray()).as(what).isEqualTo(expectedHigh);
          long[] all = values.clone();
          Arrays.sort(all);
          assertThat(all).as(what).isEqualTo(expectedAll);
        }
      }
    }
  }

  @Test
  void aStableSortKeepsTheOrderOfValuesEqualAboveTheLowBits() {
    Random random = new Random(1203);
    for (int n : LENGTHS) {
      for (int[] widths : new int[][] {{63, 0}, {63, 20}, {63, 62}, {40, 0}, {40, 8}, {30, 7}, {24, 12}, {17, 16}, {11, 3}, {8, 0}, {1, 0}}) {
        int bits = widths[0];
        int lowBits = widths[1];
        for (int shape = 0; shape < 4; shape++) {
          for (int spare : new int[] {0, 3}) {
            long[] values = Arrays.copyOf(draw(random, n, bits, shape), n + spare);
            long[] scratch = new long[n + (spare == 0 ? 0 : 7)];
            Arrays.fill(scratch, -1L);
            long[] expected = stableOracle(values, n, lowBits);

            long[] sorted = LongSort.sortStable(values, n, bits, lowBits, scratch);

            assertThat(sorted == values || sorted == scratch).isTrue();
            assertThat(Arrays.copyOf(sorted, n))
                .as("n %s bits %s low %s shape %s spare %s", n, bits, lowBits, shape, spare)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  /** The first n values sorted by their bits above the low bits, ties in their order: TimSort is stable. */
  private static long[] stableOracle(long[] values, int n, int lowBits) {
    Long[] boxed = new Long[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = values[i];
    }
    Arrays.sort(boxed, Comparator.comparingLong((Long v) -> v >>> lowBits));
    long[] sorted = new long[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = boxed[i];
    }
    return sorted;
  }

  @Test
  void aStableSortOfBucketKeyAndPositionOrdersByBucketThenKeyKeepingPositionsAscending() {
    // as the ranking uses it: bucket and key above, the position in the low bits, entered in position order
    Random random = new Random(1204);
    for (int n : LENGTHS) {
      int positionBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n));
      long[] values = new long[n];
      for (int i = 0; i < n; i++) {
        long bucket = random.nextInt(3);
        long key = random.nextInt(n / 8 + 2);
        values[i] = (bucket << 20 | key) << positionBits | i;
      }
      long[] expected = values.clone();
      Arrays.sort(expected);
      long[] sorted = LongSort.sortStable(values, n, 22 + positionBits, positionBits, new long[n]);
      assertThat(Arrays.copyOf(sorted, n)).as("n %s", n).isEqualTo(expected);
    }
  }

  @Test
  void aStableSortOfTwoValuesOutOfOrderSwapsThem() {
    long[] values = {9, 4, 1};
    long[] sorted = LongSort.sortStable(values, 2, 4, 0, new long[2]);
    assertThat(Arrays.copyOf(sorted, 2)).containsExactly(4, 9);
  }

  @Test
  void widthsAtTheEdgesAreAccepted() {
    long[] few = {Long.MAX_VALUE, 0, 5};
    LongSort.sort(few, 63);
    assertThat(few).containsExactly(0, 5, Long.MAX_VALUE);

    long[] many = new Random(1205).longs(300, 0, Long.MAX_VALUE).toArray();
    long[] unchanged = many.clone();
    LongSort.sort(many, 63, 63);
    assertThat(many).containsExactlyInAnyOrder(unchanged);

    long[] stable = {3, 1, 2};
    assertThat(LongSort.sortStable(stable, 3, 10, 10, new long[3])).isSameAs(stable).containsExactly(3, 1, 2);
    long[] wide = {Long.MAX_VALUE, 1, Long.MAX_VALUE - 1};
    long[] sortedWide = LongSort.sortStable(wide, 3, 63, 0, new long[3]);
    assertThat(sortedWide).containsExactly(1, Long.MAX_VALUE - 1, Long.MAX_VALUE);
  }

  @Test
  void aStableSortMayUseBothArraysWhole() {
    Random random = new Random(1206);
    for (int n : new int[] {31, 32, 300}) {
      long[] values = random.longs(n, 0, 1L << 40).toArray();
      long[] expected = values.clone();
      Arrays.sort(expected);
      long[] sorted = LongSort.sortStable(values, n, 40, 0, new long[n]);
      assertThat(sorted).as("n %s", n).isEqualTo(expected);
    }
  }

  @Test
  void widthsAndCountsOutsideTheirRangesAreRejected() {
    long[] v = new long[4];
    long[] s = new long[4];
    assertThatThrownBy(() -> LongSort.sort(v, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sort(v, 64)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sort(v, 10, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sort(v, 10, 11)).isInstanceOf(IllegalArgumentException.class);

    assertThatThrownBy(() -> LongSort.sortStable(v, 4, -1, 0, s)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sortStable(v, 4, 64, 0, s)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sortStable(v, 4, 10, -1, s)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sortStable(v, 4, 10, 11, s)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sortStable(v, -1, 10, 0, s)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sortStable(v, 5, 10, 0, new long[5])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sortStable(new long[5], 5, 10, 0, s)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sortStable(v, 2, 10, 0, v)).isInstanceOf(IllegalArgumentException.class);
    // the edges themselves are fine
    assertThat(LongSort.sortStable(v, 4, 10, 0, s)).hasSize(4);
    assertThat(LongSort.sortStable(v, 0, 0, 0, s)).isSameAs(v);
  }
}
