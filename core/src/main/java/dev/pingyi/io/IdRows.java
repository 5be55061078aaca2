package dev.pingyi.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The row each id of a table was first read on, for the check that ids are unique. The ids and
 * their rows are kept in arrays in the order read, and a table of open addressing holds, in one
 * {@code long} per slot, an id's hash code and its place in those arrays: a ledger of a million
 * rows costs no object per id, a probe reads an id only when its hash code matches, growing the
 * table reads no id, and the references to ids are written in order, which a generational
 * collector tracks at little cost (scattered writes into a large array dirty a card each). Should
 * a table's ids collide so much that probing grows long (text written to collide), they move into
 * a {@link HashMap}, whose trees bound the cost of each id.
 *
 * <p>Ledgers often number their projects in order. While every id is greater (as {@link
 * String#compareTo} orders them) than the one read before it, it is greater than every earlier
 * id, so none can repeat it: the ids are only kept, and the table is made, from all of them at
 * once, on the first id that is not greater than the last. A table in order thus costs one
 * comparison with the last id per row, and no probe into a table of millions of slots.
 *
 * <p>Not thread-safe: a reader makes one for each table it reads.
 */
final class IdRows {

  /** The probes after which the ids move into a hash map. */
  static final int MAX_PROBES = 64;

  private static final int INITIAL_CAPACITY = 1024;

  /**
   * The spread hash code in the high half, the place of the id plus 1 in the low half; 0 is a free
   * slot. Empty while the ids are in order.
   */
  private long[] slots = new long[0];
  private String[] ids = new String[INITIAL_CAPACITY];
  private int[] rows = new int[INITIAL_CAPACITY];
  private int size;
  /** Whether each id kept is greater than the one before it, and {@link #slots} not made. */
  private boolean ordered = true;
  private @Nullable Map<String, Integer> spilled;

  /**
   * The row an earlier call gave for the id; or, if there was none, 0 after keeping this row for it.
   *
   * @param row the row of the id, at least 1
   */
  int putIfAbsent(String id, int row) {
    if (ordered) {
      if (size == 0 || ids[size - 1].compareTo(id) < 0) {
        keep(id, row);
        return 0;
      }
      index();
    }
    Map<String, Integer> map = spilled;
    if (map != null) {
      Integer earlier = map.putIfAbsent(id, row);
      return earlier == null ? 0 : earlier;
    }
    int hash = spread(id.hashCode());
    int mask = slots.length - 1;
    int probes = 0;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        add(i, hash, id, row);
        return 0;
      }
      if ((int) (slot >>> 32) == hash) {
        int at = (int) slot - 1;
        if (ids[at].equals(id)) {
          return rows[at];
        }
      }
      if (++probes > MAX_PROBES) {
        spill();
        return putIfAbsent(id, row);
      }
    }
  }

  private void add(int slot, int hash, String id, int row) {
    keep(id, row);
    slots[slot] = ((long) hash << 32) | size;
    if (size > slots.length / 2) {
      grow();
    }
  }

  private void keep(String id, int row) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, 2 * size);
      rows = Arrays.copyOf(rows, 2 * size);
    }
    ids[size] = id;
    rows[size] = row;
    size++;
  }

  /**
   * Makes the table of the ids kept in order, which are distinct, with room for one more; moves
   * them into a hash map instead should they collide so much that a probe grows long.
   */
  private void index() {
    ordered = false;
    int capacity = 2 * INITIAL_CAPACITY;
    while (size + 1 > capacity / 2) {
      capacity *= 2;
    }
    slots = new long[capacity];
    int mask = capacity - 1;
    for (int k = 0; k < size; k++) {
      int hash = spread(ids[k].hashCode());
      int i = hash & mask;
      int probes = 0;
      while (slots[i] != 0) {
        if (++probes > MAX_PROBES) {
          spill();
          return;
        }
        i = (i + 1) & mask;
      }
      slots[i] = ((long) hash << 32) | (k + 1);
    }
  }

  /** The number of ids kept. */
  int size() {
    Map<String, Integer> map = spilled;
    return map != null ? map.size() : size;
  }

  /** Whether the ids have moved into a hash map. */
  boolean spilled() {
    return spilled != null;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long slot : old) {
      if (slot != 0) {
        int i = (int) (slot >>> 32) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = slot;
      }
    }
  }

  private void spill() {
    Map<String, Integer> map = new HashMap<>(size * 2);
    for (int k = 0; k < size; k++) {
      map.put(ids[k], rows[k]);
    }
    spilled = map;
    slots = new long[0];
    ids = new String[0];
    rows = new int[0];
  }
}
