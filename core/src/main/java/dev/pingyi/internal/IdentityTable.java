package dev.pingyi.internal;

import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Distinct instances 0, 1, 2, … found by reference: an open-addressing table keyed by {@link
 * System#identityHashCode}, whose slots hold each instance and its number side by side, so that a
 * look-up reads one slot and no key's {@code hashCode} or {@code equals}.
 *
 * <p>Linear probing runs forward from a key's home slot and never wraps: slots after the last
 * home slot take the keys that overflow it. Built by sorting the keys by home slot and placing
 * them in slot order, so the references are written front to back once, into a {@link RefColumn}
 * — writing references in random order into a large array costs the garbage collector dearly
 * (G1 refines a card again every time it is dirtied).
 *
 * <p>Immutable and thread-safe; 8 bytes a slot, one and a half to three slots a key.
 */
public final class IdentityTable {

  private final RefColumn<Object> keys;
  private final int[] values;
  private final int mask;

  private IdentityTable(int n, IntFunction<?> keyOf, IntUnaryOperator identityHashOf) {
    int capacity = MemberIndex.capacityFor(n);
    this.mask = capacity - 1;
    int homeBits = Integer.numberOfTrailingZeros(capacity);
    long[] byHome = new long[n];
    for (int i = 0; i < n; i++) {
      byHome[i] = (long) (MemberIndex.mix(identityHashOf.applyAsInt(i)) & mask) << 32 | i;
    }
    LongSort.sort(byHome, 32 + homeBits, 32);
    int[] slot = new int[n];
    int next = 0;
    for (int t = 0; t < n; t++) {
      slot[t] = Math.max((int) (byHome[t] >>> 32), next);
      next = slot[t] + 1;
    }
    this.keys = RefColumn.of(Math.max(capacity, next));
    this.values = new int[keys.size()];
    for (int t = 0; t < n; t++) {
      int i = (int) byHome[t];
      keys.set(slot[t], keyOf.apply(i));
      values[slot[t]] = i;
    }
  }

  /**
   * The table of n distinct instances, instance i given by the function; looked up by reference.
   *
   * @throws IllegalArgumentException if n is negative or above {@link MemberIndex#MAX_MEMBERS}
   */
  public static IdentityTable of(int n, IntFunction<?> keyOf) {
    return of(n, keyOf, i -> System.identityHashCode(keyOf.apply(i)));
  }

  /**
   * The table of n distinct instances, as {@link #of(int, IntFunction)}, whose identity hash
   * codes the caller knows already: reading them from an array spares loading every instance.
   *
   * @throws IllegalArgumentException if n is negative or above {@link MemberIndex#MAX_MEMBERS}
   */
  public static IdentityTable of(int n, IntFunction<?> keyOf, IntUnaryOperator identityHashOf) {
    if (n < 0 || n > MemberIndex.MAX_MEMBERS) {
      throw new IllegalArgumentException("IdentityTable of " + n + " keys is outside [0, " + MemberIndex.MAX_MEMBERS + "]");
    }
    return new IdentityTable(n, keyOf, identityHashOf);
  }

  /** The number of the given instance, whose identity hash code the caller passes, or −1 if it is not a key. */
  public int find(Object key, int identityHash) {
    RefColumn<Object> k = keys;
    for (int slot = MemberIndex.mix(identityHash) & mask; slot < values.length; slot++) {
      Object at = k.get(slot);
      if (at == key) {
        return values[slot];
      } else if (at == null) {
        return -1;
      }
    }
    return -1;
  }
}
