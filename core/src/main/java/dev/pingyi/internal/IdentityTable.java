package dev.pingyi.internal;

import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Distinct instances 0, 1, 2, … found by reference: an open-addressing table keyed by {@link
 * System#identityHashCode}, whose slots hold each instance and its number side by side, so that a
 * look-up reads one slot and no key's {@code hashCode} or {@code equals}.
 *
 * <p>Linear probing in a power-of-two table filled a third to two thirds. The references are kept
 * in a {@link RefColumn}, whose chunks are young when the table is made: writing references in
 * random order into a large array that is old — as any array past half a G1 region is, from birth
 * — costs the collector dearly (G1 refines a card again every time it is dirtied).
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
    this.keys = RefColumn.of(capacity);
    this.values = new int[capacity];
    for (int i = 0; i < n; i++) {
      int slot = MemberIndex.mix(identityHashOf.applyAsInt(i)) & mask;
      while (keys.get(slot) != null) {
        slot = (slot + 1) & mask;
      }
      keys.set(slot, keyOf.apply(i));
      values[slot] = i;
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
    for (int slot = MemberIndex.mix(identityHash) & mask; ; slot = (slot + 1) & mask) {
      Object at = k.get(slot);
      if (at == key) {
        return values[slot];
      } else if (at == null) {
        return -1;
      }
    }
  }
}
