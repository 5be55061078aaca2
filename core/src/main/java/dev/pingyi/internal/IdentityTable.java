package dev.pingyi.internal;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Distinct instances 0, 1, 2, … found by reference: an open-addressing table keyed by {@link
 * System#identityHashCode}, so that a look-up calls no key's {@code hashCode} or {@code equals}.
 *
 * <p>A slot holds a {@code long}: a key's mixed hash code and its number, no reference. The home
 * slot of a key is the top bits of its mixed hash code; keys are placed in order of their mixed
 * hash codes, each at its home slot or the first free one after it, and probing never wraps
 * (slots after the last home slot take the keys that overflow it). So the table is written front
 * to back once, from a radix sort of (hash, number) pairs — and tables can be merged by sorting
 * their pairs — and a look-up stops at the first slot whose key's home is past its own. A
 * candidate whose hash code matches is confirmed against the keys, a {@link RefColumn} by number.
 *
 * <p>Immutable and thread-safe; 8 bytes a slot, one and a half to three slots a key, and the
 * column of keys.
 */
public final class IdentityTable {

  /** The bits of a key's number in a sorted pair: {@link MemberIndex#MAX_MEMBERS} is 2²⁹. */
  private static final int NUMBER_BITS = 29;

  private final long[] slots;
  private final RefColumn<?> keys;
  private final int homeShift;

  private IdentityTable(long[] pairs, RefColumn<?> keys) {
    int n = pairs.length;
    int capacity = MemberIndex.capacityFor(n);
    int homeBits = Integer.numberOfTrailingZeros(capacity);
    this.homeShift = 32 - homeBits;
    this.keys = keys;
    LongSort.sort(pairs, 32 + NUMBER_BITS, NUMBER_BITS + homeShift);
    int[] slot = new int[n];
    int next = 0;
    for (int t = 0; t < n; t++) {
      slot[t] = Math.max((int) (pairs[t] >>> (NUMBER_BITS + homeShift)), next);
      next = slot[t] + 1;
    }
    this.slots = new long[Math.max(capacity, next)];
    for (int t = 0; t < n; t++) {
      long pair = pairs[t];
      slots[slot[t]] = (pair >>> NUMBER_BITS) << 32 | ((pair & ((1L << NUMBER_BITS) - 1)) + 1);
    }
  }

  /**
   * The table of the given distinct instances, numbered by their index in the column.
   *
   * @throws IllegalArgumentException if there are more than {@link MemberIndex#MAX_MEMBERS}
   */
  public static IdentityTable of(RefColumn<?> keys) {
    int n = keys.size();
    checkSize(n);
    long[] pairs = new long[n];
    for (int i = 0; i < n; i++) {
      pairs[i] = pair(System.identityHashCode(keys.get(i)), i);
    }
    return new IdentityTable(pairs, keys);
  }

  /**
   * The table of several tables' keys, the keys of table t numbered from {@code first[t]}: the
   * keys, so numbered, are the given column. Made from the tables' slots, loading no key.
   *
   * @throws IllegalArgumentException if there are more than {@link MemberIndex#MAX_MEMBERS} keys
   */
  public static IdentityTable merge(List<IdentityTable> tables, int[] first, RefColumn<?> keys) {
    int n = keys.size();
    checkSize(n);
    long[] pairs = new long[n];
    int count = 0;
    for (int t = 0; t < tables.size(); t++) {
      long[] s = tables.get(t).slots;
      for (long entry : s) {
        if (entry != 0) {
          pairs[count++] = (entry >>> 32) << NUMBER_BITS | (first[t] + (int) entry - 1);
        }
      }
    }
    if (count != n) {
      throw new IllegalArgumentException("IdentityTable merge of " + count + " keys into a column of " + n);
    }
    return new IdentityTable(pairs, keys);
  }

  private static void checkSize(int n) {
    if (n > MemberIndex.MAX_MEMBERS) {
      throw new IllegalArgumentException("IdentityTable of " + n + " keys exceeds " + MemberIndex.MAX_MEMBERS);
    }
  }

  /** The sorted pair of a key: its mixed hash code above its number. */
  private static long pair(int identityHash, int number) {
    return (MemberIndex.mix(identityHash) & 0xFFFF_FFFFL) << NUMBER_BITS | number;
  }

  /** The number of the given instance, whose identity hash code the caller passes, or −1 if it is not a key. */
  public int find(Object key, int identityHash) {
    long mixed = MemberIndex.mix(identityHash) & 0xFFFF_FFFFL;
    int home = (int) (mixed >>> homeShift);
    long[] s = slots;
    for (int slot = home; slot < s.length; slot++) {
      long entry = s[slot];
      long hash = entry >>> 32;
      if (entry == 0 || hash >>> homeShift > home) {
        return -1;
      } else if (hash == mixed) {
        int number = (int) entry - 1;
        if (keys.get(number) == key) {
          return number;
        }
      }
    }
    return -1;
  }
}
