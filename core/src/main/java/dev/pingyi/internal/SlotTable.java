package dev.pingyi.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
 * <p>The equality index stays fast when keys collide: keys that share a hash code are kept in a
 * tree ordered by the table's order, which must tell every two unequal keys apart, so a look-up
 * among k colliding keys makes O(log k) comparisons and one {@code equals} call, never a scan.
 *
 * <p>Not thread-safe: look-ups remember the instances they met. Use one per thread.
 *
 * @param <K> the type of the keys
 */
public final class SlotTable<K> {

  private @Nullable Object[] identityKeys = new Object[64];
  private int[] identitySlots = new int[64];
  private int identitySize;
  private final Comparator<? super K> order;
  /** Hash code → slot, or → a tree of the colliding keys' slots; built on the first miss. */
  private @Nullable Map<Integer, Object> byHash;
  private final List<K> keys = new ArrayList<>();
  private @Nullable Object lastKey;
  private int lastSlot;

  /**
   * An empty table whose keys the given order tells apart: it compares two keys only when they
   * are unequal but share a hash code.
   */
  public SlotTable(Comparator<? super K> order) {
    this.order = Objects.requireNonNull(order, "order");
  }

  private SlotTable(Comparator<? super K> order, int expectedKeys) {
    this.order = order;
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
  public static <K> SlotTable<K> ofDistinct(List<? extends K> keys, Comparator<? super K> order) {
    SlotTable<K> table = new SlotTable<>(order, keys.size());
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
      slot = findByEquality(key);
      if (slot < 0) {
        slot = keys.size();
        // checked against the order before it takes a slot: a key refused leaves the table as it was
        putByEquality(key, slot);
        keys.add(key);
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
    return findByEquality(key);
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
    for (int i = MemberIndex.mix(System.identityHashCode(key)) & mask; identityKeys[i] != null; i = (i + 1) & mask) {
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
    int i = MemberIndex.mix(System.identityHashCode(key)) & mask;
    while (identityKeys[i] != null) {
      i = (i + 1) & mask;
    }
    identityKeys[i] = key;
    identitySlots[i] = slot;
    identitySize++;
  }

  private Map<Integer, Object> equalityIndex() {
    Map<Integer, Object> index = byHash;
    if (index == null) {
      index = new HashMap<>(Math.max(16, keys.size() * 2));
      byHash = index;
      for (int slot = 0; slot < keys.size(); slot++) {
        putByEquality(keys.get(slot), slot);
      }
    }
    return index;
  }

  private int findByEquality(K key) {
    Object entry = equalityIndex().get(key.hashCode());
    if (entry == null) {
      return -1;
    }
    Integer slot = entry instanceof Integer ? (Integer) entry : treeOf(entry).get(key);
    return slot != null && keys.get(slot).equals(key) ? slot : -1;
  }

  private void putByEquality(K key, int slot) {
    Map<Integer, Object> index = equalityIndex();
    Object entry = index.get(key.hashCode());
    if (entry == null) {
      index.put(key.hashCode(), slot);
      return;
    }
    TreeMap<K, Integer> tree;
    if (entry instanceof Integer) {
      tree = new TreeMap<>(order);
      K other = keys.get((Integer) entry);
      tree.put(other, (Integer) entry);
      index.put(key.hashCode(), tree);
    } else {
      tree = treeOf(entry);
    }
    Integer clash = tree.putIfAbsent(key, slot);
    if (clash != null) {
      throw new IllegalArgumentException("SlotTable order calls different keys " + keys.get(clash) + " and " + key
          + " equal; it must tell every key apart");
    }
  }

  @SuppressWarnings("unchecked") // the index holds only slots and trees of this table's keys
  private TreeMap<K, Integer> treeOf(Object entry) {
    return (TreeMap<K, Integer>) entry;
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
        int i = MemberIndex.mix(System.identityHashCode(k)) & mask;
        while (identityKeys[i] != null) {
          i = (i + 1) & mask;
        }
        identityKeys[i] = k;
        identitySlots[i] = oldSlots[j];
      }
    }
  }
}
