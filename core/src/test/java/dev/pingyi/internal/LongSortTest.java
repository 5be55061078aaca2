package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The radix sort orders as {@link Arrays#sort(long[])} does, for every width, length and digit that all values share. */
class LongSortTest {

  @Test
  void sortsAsArraysSortDoes() {
    Random random = new Random(17L);
    for (int round = 0; round < 300; round++) {
      int bits = random.nextInt(64);
      int n = random.nextInt(round % 10 == 0 ? 100_000 : 3_000);
      long[] values = new long[n];
      long constant = bits == 0 ? 0 : random.nextLong() & ((1L << bits) - 1) & ~0xFF00L;
      for (int i = 0; i < n; i++) {
        long v = bits == 0 ? 0 : random.nextLong() & ((1L << bits) - 1);
        // some rounds: few distinct values, or a digit every value shares
        values[i] = round % 3 == 0 ? v % 7 : round % 3 == 1 ? (v & 0xFF00L) | constant : v;
      }
      long[] expected = values.clone();
      Arrays.sort(expected);
      LongSort.sort(values, bits);
      assertThat(values).as("round %s bits %s n %s", round, bits, n).isEqualTo(expected);
    }
  }

  @Test
  void sortingByHighBitsAloneBringsEqualHighBitsTogether() {
    Random random = new Random(18L);
    for (int n : new int[] {10, 255, 256, 10_000}) {
      long[] values = new long[n];
      for (int i = 0; i < n; i++) {
        values[i] = (long) random.nextInt(50) << 20 | random.nextInt(1 << 20);
      }
      long[] sorted = values.clone();
      LongSort.sort(sorted, 26, 20);
      for (int i = 1; i < n; i++) {
        assertThat(sorted[i] >>> 20).isGreaterThanOrEqualTo(sorted[i - 1] >>> 20);
      }
      Arrays.sort(sorted);
      Arrays.sort(values);
      assertThat(sorted).isEqualTo(values);
    }
  }

  @Test
  void widthsOutsideALongAreRejected() {
    assertThatThrownBy(() -> LongSort.sort(new long[1], 64)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSort.sort(new long[1], 10, 11)).isInstanceOf(IllegalArgumentException.class);
  }
}
