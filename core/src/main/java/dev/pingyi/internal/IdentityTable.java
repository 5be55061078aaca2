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

  private IdentityTable(int n) {
    int capacity = MemberIndex.capacityFor(n);
    this.mask = capacity - 1;
    this.keys = RefColumn.of(capacity);
    this.values = new int[capacity];
  }

  /** Enters a key, not entered before, whose identity hash code the caller passes, with its number. */
  private void add(Object key, int identityHash, int number) {
    int slot = MemberIndex.mix(identityHash) & mask;
    while (keys.get(slot) != null) {
      slot = (slot + 1) & mask;
    }
    keys.set(slot, key);
    values[slot] = number;
  }

  /**
   * A table for n distinct instances, filled by its builder's {@link Builder#add} and finished by
   * {@link Builder#build}.
   *
   * @throws IllegalArgumentException if n is negative or above {@link MemberIndex#MAX_MEMBERS}
   */
  public static Builder builder(int n) {
    if (n < 0 || n > MemberIndex.MAX_MEMBERS) {
      throw new IllegalArgumentException("IdentityTable of " + n + " keys is outside [0, " + MemberIndex.MAX_MEMBERS + "]");
    }
    return new Builder(new IdentityTable(n), n);
  }

  /** Fills a table; used once, by one thread. */
  public static final class Builder {
    private final IdentityTable table;
    private final int capacity;
    private int added;

    private Builder(IdentityTable table, int capacity) {
      this.table = table;
      this.capacity = capacity;
    }

    /**
     * Enters a key, distinct from those entered before, with its number.
     *
     * @throws IllegalStateException if the table holds as many keys as it was made for
     */
    public Builder add(Object key, int identityHash, int number) {
      if (added == capacity) {
        throw new IllegalStateException("IdentityTable made for " + capacity + " keys is full");
      }
      table.add(key, identityHash, number);
      added++;
      return this;
    }

    /** The table; the builder is not used after. */
    public IdentityTable build() {
      return table;
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
    Builder builder = builder(n);
    for (int i = 0; i < n; i++) {
      builder.add(keyOf.apply(i), identityHashOf.applyAsInt(i), i);
    }
    return builder.build();
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
