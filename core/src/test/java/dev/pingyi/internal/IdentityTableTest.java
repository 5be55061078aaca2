package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every instance is found by reference, an equal one that is another instance is not, for any size. */
class IdentityTableTest {

  /** A key equal to every other, with one hash code, so that only its instance can tell it apart. */
  private static final class Same {
    @Override
    public boolean equals(Object obj) {
      return obj instanceof Same;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  @Test
  void everyInstanceIsFoundAndNoOtherInstance() {
    for (int n : new int[] {0, 1, 2, 3, 100, 255, 256, 257, 70_000}) {
      List<Object> keys = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        keys.add(i % 2 == 0 ? new Same() : new Object());
      }
      IdentityTable table = IdentityTable.of(n, keys::get);
      for (int i = 0; i < n; i++) {
        assertThat(table.find(keys.get(i), System.identityHashCode(keys.get(i)))).as("n %s key %s", n, i).isEqualTo(i);
      }
      for (int i = 0; i < 1_000; i++) {
        Object other = new Same();
        assertThat(table.find(other, System.identityHashCode(other))).isEqualTo(-1);
      }
    }
  }

  @Test
  void anotherInstanceLookedUpWithAKeysHashCodeIsNotFound() {
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      keys.add(new Object());
    }
    IdentityTable table = IdentityTable.of(keys.size(), keys::get);
    for (int i = 0; i < keys.size(); i += 97) {
      assertThat(table.find(keys.get(i), System.identityHashCode(keys.get(i)))).isEqualTo(i);
      assertThat(table.find(new Object(), System.identityHashCode(keys.get(i)))).isEqualTo(-1);
    }
  }
}
