package dev.pingyi.io;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fixed map from strings to values that is looked up by characters: the key equal to a {@link
 * CharSequence}, found without making a string of it, so that a reader can look a cell up in the
 * characters its source holds. Open addressing over the keys' own hash codes, which the look-up
 * computes over the characters as {@link String#hashCode} does; the keys are fixed when the map is
 * made, so no text looked up can lengthen a probe.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <V> the type of the values
 */
final class CharKeys<V> {

  private final @Nullable String[] keys;
  private final int[] hashes;
  private final @Nullable Object[] values;
  private final int mask;

  /** The map of the given entries. */
  CharKeys(Map<String, ? extends V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4 - 1));
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
      int hash = e.getKey().hashCode();
      int i = spread(hash) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = e.getKey();
      hashes[i] = hash;
      values[i] = e.getValue();
    }
  }

  /** The value of the key whose characters the text's are, or null if no key has them. */
  @SuppressWarnings("unchecked")
  @Nullable V get(CharSequence text) {
    int n = text.length();
    int hash = 0;
    for (int i = 0; i < n; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String key = keys[i];
      if (key == null) {
        return null;
      }
      if (hashes[i] == hash && key.contentEquals(text)) {
        return (V) values[i];
      }
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
