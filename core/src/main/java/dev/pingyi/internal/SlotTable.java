package dev.pingyi.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Dense slots 0, 1, 2, … for distinct keys: the one slot table of Pingyi, used by the totals per
 * key and by the ranking engine to find a sheet's unit among a group's members. Equal keys share
 * a slot. A key instance seen before is found by reference in an open-addressing table, so that
 * the common case — many projects sharing one {@code County} instance, sheets holding the very
 * unit instances of their group — costs no {@code hashCode} or {@code equals} call and no
 * boxing; a new instance is looked up once by equality.
 *
 * <p>Not thread-safe: lookups remember the instances they met. Use one per thread.
 *
 * @param <K> the type of the keys
 */
public final class SlotTable<K> {

  private @Nullable Object[] identityKeys = new Object[64];
  private int[] identitySlots = new int[64];
  private int identitySize;
  private final Map<K, Integer> byEquality = new HashMap<>();
  private final List<K> keys = new ArrayList<>();
  private @Nullable Object lastKey;
  private int lastSlot;

  /** An empty table. */
  public SlotTable() {}

  /**
   * A table holding the given keys in slots 0, 1, 2, … in their order.
   *
   * @throws IllegalArgumentException if two of the keys are equal
   */
  public static <K> SlotTable<K> of(List<? extends K> keys) {
    SlotTable<K> table = new SlotTable<>();
    for (K key : keys) {
      int slot = table.slotOf(key);
      if (slot != table.size() - 1) {
        throw new IllegalArgumentException("SlotTable key " + key + " is given twice");
      }
    }
    return table;
  }

  /** The slot of the key, assigning the next free one to a key not seen before. */
  public int slotOf(K key) {
    if (key == lastKey) {
      return lastSlot;
    }
    int mask = identityKeys.length - 1;
    int i = mix(System.identityHashCode(key)) & mask;
    for (Object k; (k = identityKeys[i]) != null; i = (i + 1) & mask) {
      if (k == key) {
        lastKey = key;
        lastSlot = identitySlots[i];
        return lastSlot;
      }
    }
    Integer slot = byEquality.get(key);
    if (slot == null) {
      slot = keys.size();
      keys.add(key);
      byEquality.put(key, slot);
    }
    identityKeys[i] = key;
    identitySlots[i] = slot;
    if (++identitySize * 2 > identityKeys.length) {
      grow();
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
    int mask = identityKeys.length - 1;
    for (int i = mix(System.identityHashCode(key)) & mask; identityKeys[i] != null; i = (i + 1) & mask) {
      if (identityKeys[i] == key) {
        return identitySlots[i];
      }
    }
    Integer slot = byEquality.get(key);
    return slot == null ? -1 : slot;
  }

  /** The number of distinct keys. */
  public int size() {
    return keys.size();
  }

  /** The key of a slot. */
  public K key(int slot) {
    return keys.get(slot);
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
