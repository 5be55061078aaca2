package dev.pingyi.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fixed number of references, kept in arrays of at most 2¹⁵ (128 KiB with compressed
 * references) rather than one: under G1 an array larger than half a region is humongous, lives in
 * the old generation from birth, and every reference written into it is a card the collector must
 * refine and remember — for 10⁶ sheets spread over the heap that cost as much as ranking them. A
 * chunk is an ordinary young object, which dies young if the column does.
 *
 * <p>Written only while its owner is being built, then read: its owner's immutability is the
 * owner's to keep.
 *
 * @param <T> the type of the references
 */
public final class RefColumn<T> {

  private static final int SHIFT = 15;
  private static final int CHUNK = 1 << SHIFT;

  private final @Nullable Object @Nullable [][] chunks;
  private final int size;

  private RefColumn(int size, boolean allocate) {
    if (size < 0) {
      throw new IllegalArgumentException("RefColumn size=" + size + " is negative");
    }
    this.size = size;
    if (allocate) {
      Object[][] c = new Object[(size + CHUNK - 1) >>> SHIFT][];
      for (int k = 0; k < c.length; k++) {
        c[k] = new Object[Math.min(CHUNK, size - (k << SHIFT))];
      }
      this.chunks = c;
    } else {
      this.chunks = null;
    }
  }

  /** A column of the given size, every reference null until set. */
  public static <T> RefColumn<T> of(int size) {
    return new RefColumn<>(size, true);
  }

  /** A column of the given size whose every reference is null and stays so: it holds no array. */
  public static <T> RefColumn<T> nulls(int size) {
    return new RefColumn<>(size, false);
  }

  /** The number of references. */
  public int size() {
    return size;
  }

  /** The reference at an index. */
  @SuppressWarnings("unchecked") // only set(int, T) writes
  public @Nullable T get(int index) {
    Objects.checkIndex(index, size);
    Object[][] c = chunks;
    return c == null ? null : (T) c[index >>> SHIFT][index & (CHUNK - 1)];
  }

  /**
   * Sets the reference at an index.
   *
   * @throws UnsupportedOperationException if the column is one of {@link #nulls}
   */
  public void set(int index, @Nullable T value) {
    Objects.checkIndex(index, size);
    Object[][] c = chunks;
    if (c == null) {
      if (value == null) {
        return;
      }
      throw new UnsupportedOperationException("RefColumn of nulls");
    }
    c[index >>> SHIFT][index & (CHUNK - 1)] = value;
  }

  /**
   * Sets the reference at an index to the one at an index of another column — copied as it is,
   * without the type check a read as {@code T} makes, which loads the referenced object's header:
   * a cache miss apiece when the objects are spread over the heap.
   *
   * @throws UnsupportedOperationException if this column is one of {@link #nulls}
   */
  public void copy(int index, RefColumn<? extends T> from, int fromIndex) {
    Objects.checkIndex(index, size);
    Objects.checkIndex(fromIndex, from.size);
    Object[][] source = from.chunks;
    Object value = source == null ? null : source[fromIndex >>> SHIFT][fromIndex & (CHUNK - 1)];
    Object[][] c = chunks;
    if (c == null) {
      if (value == null) {
        return;
      }
      throw new UnsupportedOperationException("RefColumn of nulls");
    }
    c[index >>> SHIFT][index & (CHUNK - 1)] = value;
  }

  /** Whether the other column holds equal references ({@link Object#equals}) at every index. */
  public boolean contentEquals(RefColumn<?> other) {
    if (other.size != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!Objects.equals(get(i), other.get(i))) {
        return false;
      }
    }
    return true;
  }
}
