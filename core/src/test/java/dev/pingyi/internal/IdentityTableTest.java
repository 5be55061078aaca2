package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every instance is found by reference, and no other instance — not an equal one, not one given
 * a key's hash code — for any size; merged tables find every key of every table.
 */
class IdentityTableTest {

  /** A key equal to every other, with one hash code, so that only its instance can tell it apart. */
  private static final class Same {
    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Same;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  private static RefColumn<Object> keys(int n) {
    RefColumn<Object> keys = RefColumn.of(n);
    for (int i = 0; i < n; i++) {
      keys.set(i, i % 2 == 0 ? new Same() : new Object());
    }
    return keys;
  }

  @Test
  void everyInstanceIsFoundAndNoOtherInstance() {
    for (int n : new int[] {0, 1, 2, 3, 100, 255, 256, 257, 70_000}) {
      RefColumn<Object> keys = keys(n);
      IdentityTable table = IdentityTable.of(keys);
      for (int i = 0; i < n; i++) {
        Object key = java.util.Objects.requireNonNull(keys.get(i));
        assertThat(table.find(key, System.identityHashCode(key))).as("n %s key %s", n, i).isEqualTo(i);
      }
      for (int i = 0; i < 1_000; i++) {
        Object other = new Same();
        assertThat(table.find(other, System.identityHashCode(other))).isEqualTo(-1);
      }
    }
  }

  @Test
  void anotherInstanceLookedUpWithAKeysHashCodeIsNotFound() {
    RefColumn<Object> keys = keys(5_000);
    IdentityTable table = IdentityTable.of(keys);
    for (int i = 0; i < keys.size(); i += 97) {
      Object key = keys.get(i);
      assertThat(table.find(new Object(), System.identityHashCode(key))).isEqualTo(-1);
    }
  }

  @Test
  void mergedTablesFindEveryKeyOfEveryTableByItsNumberInTheMerge() {
    List<IdentityTable> tables = new ArrayList<>();
    List<RefColumn<Object>> columns = new ArrayList<>();
    int[] sizes = {0, 1, 700, 3, 40_000, 255};
    int[] first = new int[sizes.length + 1];
    for (int t = 0; t < sizes.length; t++) {
      RefColumn<Object> keys = keys(sizes[t]);
      columns.add(keys);
      tables.add(IdentityTable.of(keys));
      first[t + 1] = first[t] + sizes[t];
    }
    RefColumn<Object> all = RefColumn.of(first[sizes.length]);
    for (int t = 0; t < sizes.length; t++) {
      for (int i = 0; i < sizes[t]; i++) {
        all.copy(first[t] + i, columns.get(t), i);
      }
    }
    IdentityTable merged = IdentityTable.merge(tables, first, all);
    for (int k = 0; k < all.size(); k++) {
      Object key = java.util.Objects.requireNonNull(all.get(k));
      assertThat(merged.find(key, System.identityHashCode(key))).isEqualTo(k);
    }
    Object other = new Object();
    assertThat(merged.find(other, System.identityHashCode(other))).isEqualTo(-1);
  }
}
