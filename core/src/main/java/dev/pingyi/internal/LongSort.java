package dev.pingyi.internal;

import java.util.Arrays;

/**
 * Sorts non-negative {@code long}s known to fit in a given number of bits: a least-significant
 * digit radix sort, 8 bits a pass, that skips the passes whose digit every value shares — linear
 * time, where a comparison sort makes n log n comparisons. Short arrays go to {@link
 * Arrays#sort(long[])}.
 */
public final class LongSort {

  /** Below this length a comparison sort is as fast. */
  static final int RADIX_MIN = 256;

  private static final int DIGIT = 8;
  private static final int RADIX = 1 << DIGIT;

  private LongSort() {}

  /**
   * Sorts the values, each in [0, 2^bits), ascending.
   *
   * @throws IllegalArgumentException if bits is outside [0, 63]; a value outside the range is
   *     not detected and leaves the order undefined
   */
  public static void sort(long[] values, int bits) {
    sort(values, bits, 0);
  }

  /**
   * Sorts the values, each in [0, 2^bits), by their bits above the given number of low bits,
   * whose order does not matter: values equal in their high bits come out next to each other, in
   * no particular order.
   *
   * @throws IllegalArgumentException if bits is outside [0, 63] or the low bits outside [0, bits]
   */
  public static void sort(long[] values, int bits, int lowBits) {
    if (bits < 0 || bits > 63 || lowBits < 0 || lowBits > bits) {
      throw new IllegalArgumentException("LongSort bits=" + bits + ", low bits=" + lowBits + " are outside [0, 63]");
    }
    int n = values.length;
    if (n < RADIX_MIN) {
      Arrays.sort(values);
      return;
    }
    int passes = (bits - lowBits + DIGIT - 1) / DIGIT;
    int[] counts = new int[passes * RADIX];
    for (long v : values) {
      for (int p = 0; p < passes; p++) {
        counts[p * RADIX + (int) (v >>> (lowBits + p * DIGIT) & (RADIX - 1))]++;
      }
    }
    long[] source = values;
    long[] target = new long[n];
    for (int p = 0; p < passes; p++) {
      int shift = lowBits + p * DIGIT;
      int offset = p * RADIX;
      if (counts[offset + (int) (source[0] >>> shift & (RADIX - 1))] == n) {
        continue;
      }
      int sum = 0;
      for (int d = 0; d < RADIX; d++) {
        int c = counts[offset + d];
        counts[offset + d] = sum;
        sum += c;
      }
      for (long v : source) {
        target[counts[offset + (int) (v >>> shift & (RADIX - 1))]++] = v;
      }
      long[] t = source;
      source = target;
      target = t;
    }
    if (source != values) {
      System.arraycopy(source, 0, values, 0, n);
    }
  }
}
