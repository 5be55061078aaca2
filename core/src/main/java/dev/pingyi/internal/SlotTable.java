package dev.pingyi.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Dense slots 0, 1, 2, … for distinct keys: the one slot table of Pingyi, used by the totals per
 * key and by the ranking engine to find a sheet's unit among a group's members. Equal keys share
 * a slot.
 *
 * <p>A key instance seen before is found by reference in an open-addressing table, so that the
 * common case — many projects sharing one {@code County} instance, sheets holding the very unit
 * instances of their group — costs no {@code hashCode} or {@code equals} call and no boxing. Only
 * an instance not seen before is looked up by equality, in an index that is built on the first
 * such look-up: a table whose keys always come back as the same instances never hashes a key.
 *
 * <p>Not thread-safe: look-ups remember the instances they met. Use one per thread.
 *
 * @param <K> the type of the keys
 */
public final class SlotTable<K> {

  private @Nullable Object[] identityKeys = new Object[64];
  private int[] identitySlots = new int[64];
  private int identitySize;
  private @Nullable Map<K, Integer> byEquality;
  private final List<K> keys = new ArrayList<>();
  private @Nullable Object lastKey;
  private int lastSlot;

  /** An empty table. */
  public SlotTable() {}

  private SlotTable(int expectedKeys) {
    int capacity = Integer.highestOneBit(Math.max(64, expectedKeys * 2 - 1)) * 2;
    this.identityKeys = new Object[capacity];
    this.identitySlots = new int[capacity];
  }

  /**
   * A table holding the given keys in slots 0, 1, 2, … in their order, which the caller knows to
   * be pairwise unequal (the members of a group, distinct by name): they are entered by reference
   * alone, and no key is hashed unless a later look-up misses.
   *
   * @throws IllegalArgumentException if one instance is given twice
   */
  public static <K> SlotTable<K> ofDistinct(List<? extends K> keys) {
    SlotTable<K> table = new SlotTable<>(keys.size());
    for (K key : keys) {
      if (table.findByReference(key) >= 0) {
        throw new IllegalArgumentException("SlotTable key " + key + " is given twice");
      }
      int slot = table.keys.size();
      table.keys.add(key);
      table.putByReference(key, slot);
    }
    return table;
  }

  /** The slot of the key, assigning the next free one to a key not seen before. */
  public int slotOf(K key) {
    if (key == lastKey) {
      return lastSlot;
    }
    int slot = findByReference(key);
    if (slot < 0) {
      Map<K, Integer> equality = equalityIndex();
      Integer equal = equality.get(key);
      if (equal == null) {
        slot = keys.size();
        keys.add(key);
        equality.put(key, slot);
      } else {
        slot = equal;
      }
      putByReference(key, slot);
    }
    lastKey = key;
    lastSlot = slot;
    return slot;
  }

  /** The slot of the key, or −1 if no equal key has one; assigns nothing. */
  public int find(K key) {
    if (key == lastKey) {
      return lastSlot;
    }
    int slot = findByReference(key);
    if (slot >= 0) {
      return slot;
    }
    Integer equal = equalityIndex().get(key);
    return equal == null ? -1 : equal;
  }

  /** The number of distinct keys. */
  public int size() {
    return keys.size();
  }

  /** The key of a slot. */
  public K key(int slot) {
    return keys.get(slot);
  }

  private int findByReference(Object key) {
    int mask = identityKeys.length - 1;
    for (int i = mix(System.identityHashCode(key)) & mask; identityKeys[i] != null; i = (i + 1) & mask) {
      if (identityKeys[i] == key) {
        return identitySlots[i];
      }
    }
    return -1;
  }

  private void putByReference(Object key, int slot) {
    if ((identitySize + 1) * 2 > identityKeys.length) {
      grow();
    }
    int mask = identityKeys.length - 1;
    int i = mix(System.identityHashCode(key)) & mask;
    while (identityKeys[i] != null) {
      i = (i + 1) & mask;
    }
    identityKeys[i] = key;
    identitySlots[i] = slot;
    identitySize++;
  }

  private Map<K, Integer> equalityIndex() {
    Map<K, Integer> index = byEquality;
    if (index == null) {
      index = new HashMap<>(Math.max(16, keys.size() * 2));
      for (int slot = 0; slot < keys.size(); slot++) {
        index.putIfAbsent(keys.get(slot), slot);
      }
      byEquality = index;
    }
    return index;
  }

  private void grow() {
    @Nullable Object[] oldKeys = identityKeys;
    int[] oldSlots = identitySlots;
    identityKeys = new Object[oldKeys.length * 2];
    identitySlots = new int[oldKeys.length * 2];
    int mask = identityKeys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      Object k = oldKeys[j];
      if (k != null) {
        int i = mix(System.identityHashCode(k)) & mask;
        while (identityKeys[i] != null) {
          i = (i + 1) & mask;
        }
        identityKeys[i] = k;
        identitySlots[i] = oldSlots[j];
      }
    }
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
