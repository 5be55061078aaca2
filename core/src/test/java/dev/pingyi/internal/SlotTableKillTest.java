package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link SlotTable} against a {@link HashMap} from key to slot, on seeded random look-ups that
 * mix instances seen before, new instances of keys seen before and new keys, whose hash codes are
 * drawn from a few values so that they collide.
 */
class SlotTableKillTest {

  /** A key equal by its id, with a hash code chosen apart from the id. */
  private static final class Key {
    final int id;
    final int hash;

    Key(int id, int hash) {
      this.id = id;
      this.hash = hash;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Key && ((Key) obj).id == id;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "key" + id;
    }
  }

  private static final Comparator<Key> BY_ID = Comparator.comparingInt(k -> k.id);

  @Test
  void slotsAreThoseAMapAssignsInOrderOfFirstSight() {
    Random random = new Random(1401);
    for (int round = 0; round < 60; round++) {
      int ids = 1 + random.nextInt(round < 30 ? 40 : 400);
      int hashes = 1 + random.nextInt(round % 3 == 0 ? 2 : 50);
      int[] hashOf = new int[ids];
      for (int id = 0; id < ids; id++) {
        hashOf[id] = random.nextInt(hashes);
      }
      List<Key> seen = new ArrayList<>();
      Map<Key, Integer> oracle = new HashMap<>();
      List<Key> firstInstances = new ArrayList<>();
      SlotTable<Key> table = new SlotTable<>(BY_ID);
      for (int step = 0; step < 3 * ids + 20; step++) {
        Key key;
        if (!seen.isEmpty() && random.nextInt(3) == 0) {
          key = seen.get(random.nextInt(seen.size()));
        } else {
          int id = random.nextInt(ids);
          key = new Key(id, hashOf[id]);
        }
        String what = "round " + round + " step " + step + " " + key;
        if (random.nextInt(4) == 0) {
          Integer expected = oracle.get(key);
          assertThat(table.find(key)).as(what).isEqualTo(expected == null ? -1 : expected);
        } else {
          Integer expected = oracle.get(key);
          if (expected == null) {
            expected = oracle.size();
            oracle.put(key, expected);
            firstInstances.add(key);
          }
          assertThat(table.slotOf(key)).as(what).isEqualTo(expected);
          seen.add(key);
        }
        assertThat(table.size()).as(what).isEqualTo(oracle.size());
      }
      for (int slot = 0; slot < table.size(); slot++) {
        assertThat(table.key(slot)).isSameAs(firstInstances.get(slot));
      }
    }
  }

  @Test
  void distinctKeysTakeTheirPositionsAndEqualInstancesFindThem() {
    Random random = new Random(1402);
    for (int n : new int[] {0, 1, 31, 32, 33, 64, 65, 200}) {
      List<Key> keys = new ArrayList<>();
      for (int id = 0; id < n; id++) {
        keys.add(new Key(id, random.nextInt(5)));
      }
      SlotTable<Key> table = SlotTable.ofDistinct(keys, BY_ID);
      assertThat(table.size()).isEqualTo(n);
      for (int i = 0; i < n; i++) {
        Key other = new Key(i, keys.get(i).hash);
        assertThat(table.find(other)).as("n %s key %s", n, i).isEqualTo(i);
        assertThat(table.find(keys.get(i))).as("n %s key %s", n, i).isEqualTo(i);
        assertThat(table.slotOf(keys.get(i))).isEqualTo(i);
        assertThat(table.key(i)).isSameAs(keys.get(i));
      }
      Key fresh = new Key(n, 0);
      assertThat(table.find(fresh)).isEqualTo(-1);
      assertThat(table.slotOf(fresh)).isEqualTo(n);
      assertThat(table.slotOf(new Key(n, 0))).isEqualTo(n);
      assertThat(table.size()).isEqualTo(n + 1);
    }
  }

  @Test
  void oneInstanceGivenTwiceAsDistinctIsRejected() {
    Key a = new Key(1, 7);
    assertThatThrownBy(() -> SlotTable.ofDistinct(List.of(a, new Key(2, 7), a), BY_ID))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOrderCallingCollidingUnequalKeysEqualIsRejectedOnEntry() {
    SlotTable<Key> table = new SlotTable<>(Comparator.comparingInt(k -> 0));
    assertThat(table.slotOf(new Key(1, 3))).isZero();
    assertThat(table.slotOf(new Key(2, 4))).isEqualTo(1);
    assertThatThrownBy(() -> table.slotOf(new Key(3, 3))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeyRefusedLeavesTheTableAsItWas() {
    SlotTable<Key> table = new SlotTable<>(Comparator.comparingInt(k -> 0));
    table.slotOf(new Key(1, 3));
    for (int id = 2; id < 40; id++) {
      Key refused = new Key(id, 3);
      assertThatThrownBy(() -> table.slotOf(refused)).isInstanceOf(IllegalArgumentException.class);
      assertThat(table.size()).isEqualTo(1);
      assertThat(table.find(refused)).isEqualTo(-1);
    }
    assertThat(table.slotOf(new Key(40, 4))).isEqualTo(1);
    assertThat(table.key(1)).isEqualTo(new Key(40, 4));
  }
}
