package dev.pingyi.internal;

import java.util.Arrays;

/**
 * Sorts non-negative {@code long}s known to fit in a given number of bits: a least-significant
 * digit radix sort, 8 bits a pass (11 from 2¹⁶ values on, where the counts of a larger digit pay
 * for themselves), that skips the passes whose digit every value shares — linear time, where a
 * comparison sort makes n log n comparisons. Short arrays go to {@link Arrays#sort(long[])}.
 */
public final class LongSort {

  /** Below this length a comparison sort is as fast. */
  static final int RADIX_MIN = 256;

  /** From this length on, digits of 11 bits. */
  static final int WIDE_MIN = 1 << 16;

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
    int digit = n >= WIDE_MIN ? 11 : 8;
    int radix = 1 << digit;
    int passes = (bits - lowBits + digit - 1) / digit;
    int[] counts = new int[passes * radix];
    for (long v : values) {
      for (int p = 0; p < passes; p++) {
        counts[p * radix + (int) (v >>> (lowBits + p * digit) & (radix - 1))]++;
      }
    }
    long[] source = distribute(values, new long[n], n, counts, passes, digit, lowBits);
    if (source != values) {
      System.arraycopy(source, 0, values, 0, n);
    }
  }

  /** Below this count a stable sort is an insertion sort. */
  static final int INSERTION_MAX = 32;

  /**
   * Sorts the first {@code count} values, each in [0, 2^bits), by their bits above the given
   * number of low bits, stably: values equal in those bits keep their order. A caller that puts
   * the values in the order of their low bits so gets them sorted by all bits, without passes over
   * the low bits. A least-significant digit radix sort, whose digits are as wide as the count
   * makes worth it (at most 11 bits, as few passes as those allow, the bits shared among them),
   * with the scratch array as its second buffer.
   *
   * @return the array that holds the sorted values: the values' own or the scratch array
   * @throws IllegalArgumentException if bits is outside [0, 63], the low bits outside [0, bits],
   *     or the count outside either array
   */
  public static long[] sortStable(long[] values, int count, int bits, int lowBits, long[] scratch) {
    if (bits < 0 || bits > 63 || lowBits < 0 || lowBits > bits) {
      throw new IllegalArgumentException("LongSort bits=" + bits + ", low bits=" + lowBits + " are outside [0, 63]");
    }
    if (count < 0 || count > values.length || count > scratch.length || values == scratch) {
      throw new IllegalArgumentException("LongSort count=" + count + " is outside the arrays of " + values.length
          + " and " + scratch.length + " values, or they are one array");
    }
    int keyBits = bits - lowBits;
    if (keyBits == 0 || count < 2) {
      return values;
    }
    if (count < INSERTION_MAX) {
      for (int i = 1; i < count; i++) {
        long v = values[i];
        long high = v >>> lowBits;
        int j = i - 1;
        while (j >= 0 && values[j] >>> lowBits > high) {
          values[j + 1] = values[j];
          j--;
        }
        values[j + 1] = v;
      }
      return values;
    }
    // digits of up to log2(count) bits (8 to 11): a count array no longer than the values pays for itself
    int widest = Math.min(11, Math.max(8, 31 - Integer.numberOfLeadingZeros(count)));
    int passes = (keyBits + widest - 1) / widest;
    int digit = (keyBits + passes - 1) / passes;
    int radix = 1 << digit;
    int digitMask = radix - 1;
    int[] counts = new int[passes * radix];
    for (int i = 0; i < count; i++) {
      long v = values[i] >>> lowBits;
      for (int p = 0; p < passes; p++) {
        counts[p * radix + (int) (v >>> p * digit & digitMask)]++;
      }
    }
    return distribute(values, scratch, count, counts, passes, digit, lowBits);
  }

  /**
   * The passes of a least-significant digit radix sort over the first {@code count} values, each
   * pass a stable counting sort by one digit of {@code digit} bits above the low bits, from the
   * values to the scratch array and back; a pass whose digit all values share is skipped.
   *
   * @param counts each pass's count of every digit, {@code passes × 2^digit} of them, counted
   *     beforehand; turned into the digits' first places as each pass runs
   * @return the array that holds the sorted values: the values' own or the scratch array
   */
  private static long[] distribute(
      long[] values, long[] scratch, int count, int[] counts, int passes, int digit, int lowBits) {
    int radix = 1 << digit;
    int digitMask = radix - 1;
    long[] source = values;
    long[] target = scratch;
    for (int p = 0; p < passes; p++) {
      int shift = lowBits + p * digit;
      int offset = p * radix;
      if (counts[offset + (int) (source[0] >>> shift & digitMask)] == count) {
        continue;
      }
      int sum = 0;
      for (int d = 0; d < radix; d++) {
        int c = counts[offset + d];
        counts[offset + d] = sum;
        sum += c;
      }
      for (int i = 0; i < count; i++) {
        long v = source[i];
        target[counts[offset + (int) (v >>> shift & digitMask)]++] = v;
      }
      long[] t = source;
      source = target;
      target = t;
    }
    return source;
  }
}
