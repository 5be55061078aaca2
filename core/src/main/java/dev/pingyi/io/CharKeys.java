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
 * <p>The keys' characters are packed one after another into one array, and each slot's hash code,
 * start and length sit side by side in another: a look-up reads two or three cache lines, not a
 * key's string and its array scattered over the heap (a reader looks up three cells a row, and
 * the rows in between push the table out of the caches).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <V> the type of the values
 */
final class CharKeys<V> {

  /** Ints per slot in {@link #slots}: the hash code, the start of the key in {@link #chars} (−1 for a free slot), its length. */
  private static final int SLOT = 3;

  private final int[] slots;
  private final char[] chars;
  private final @Nullable Object[] values;
  private final int mask;

  /** The map of the given entries. */
  CharKeys(Map<String, ? extends V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4 - 1));
    slots = new int[SLOT * capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    int total = 0;
    for (String key : entries.keySet()) {
      total += key.length();
    }
    chars = new char[total];
    for (int i = 0; i < capacity; i++) {
      slots[SLOT * i + 1] = -1;
    }
    int start = 0;
    for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
      String key = e.getKey();
      int hash = key.hashCode();
      int i = spread(hash) & mask;
      while (slots[SLOT * i + 1] >= 0) {
        i = (i + 1) & mask;
      }
      key.getChars(0, key.length(), chars, start);
      slots[SLOT * i] = hash;
      slots[SLOT * i + 1] = start;
      slots[SLOT * i + 2] = key.length();
      values[i] = e.getValue();
      start += key.length();
    }
  }

  /** The value of the key whose characters the text's are, or null if no key has them. */
  @Nullable V get(CharSequence text) {
    if (text instanceof CharRun run) {
      return get(run.charArray(), run.charStart(), run.length());
    }
    int n = text.length();
    int hash = 0;
    for (int i = 0; i < n; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      int start = slots[SLOT * i + 1];
      if (start < 0) {
        return null;
      }
      if (slots[SLOT * i] == hash && slots[SLOT * i + 2] == n && sameChars(start, text, n)) {
        return value(i);
      }
    }
  }

  /** The value of the key whose characters are {@code length} characters of the array from {@code from}. */
  @Nullable V get(char[] text, int from, int length) {
    int end = from + length;
    int hash = 0;
    for (int i = from; i < end; i++) {
      hash = 31 * hash + text[i];
    }
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      int start = slots[SLOT * i + 1];
      if (start < 0) {
        return null;
      }
      if (slots[SLOT * i] == hash && slots[SLOT * i + 2] == length && sameChars(start, text, from, length)) {
        return value(i);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private @Nullable V value(int slot) {
    return (V) values[slot];
  }

  private boolean sameChars(int start, CharSequence text, int length) {
    for (int k = 0; k < length; k++) {
      if (chars[start + k] != text.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean sameChars(int start, char[] text, int from, int length) {
    for (int k = 0; k < length; k++) {
      if (chars[start + k] != text[from + k]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
