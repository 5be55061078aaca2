package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Edges of {@link LongSort} that random values rarely reach: low bits left unsorted below wide
 * keys, and a digit that every value shares next to one that varies.
 */
class LongSortMutationTest {

  @Test
  void sortsSixtyThreeBitKeysByTheirBitsAboveTheLowBits() {
    Random random = new Random(23L);
    for (int lowBits : new int[] {1, 8, 31, 40}) {
      long[] values = new long[1_000];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextLong() >>> 1;
      }
      long[] expectedHigh = Arrays.stream(values).map(v -> v >>> lowBits).sorted().toArray();
      LongSort.sort(values, 63, lowBits);
      assertThat(Arrays.stream(values).map(v -> v >>> lowBits).toArray())
          .as("low bits %s", lowBits)
          .isEqualTo(expectedHigh);
    }
  }

  @Test
  void sortsByALowDigitThatVariesWhenTheDigitAboveItIsOneForEveryValue() {
    Random random = new Random(29L);
    long[] values = new long[LongSort.RADIX_MIN + 44];
    for (int i = 0; i < values.length; i++) {
      values[i] = 1L << 8 | random.nextInt(256);
    }
    values[0] = 1L << 8 | 0xFF;
    long[] expected = values.clone();
    Arrays.sort(expected);
    LongSort.sort(values, 16);
    assertThat(values).isEqualTo(expected);
  }
}
