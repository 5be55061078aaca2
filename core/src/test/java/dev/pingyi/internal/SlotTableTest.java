package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The slot table finds keys by reference first and by equality without scanning, even when every hash code collides. */
class SlotTableTest {

  /** A key whose hash code is always the same, and which counts the calls to equals. */
  private static final class Colliding {
    static long equalsCalls;
    final int id;

    Colliding(int id) {
      this.id = id;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      equalsCalls++;
      return obj instanceof Colliding && ((Colliding) obj).id == id;
    }

    @Override
    public int hashCode() {
      return 42;
    }

    @Override
    public String toString() {
      return "key" + id;
    }
  }

  private static final Comparator<Colliding> BY_ID = Comparator.comparingInt(k -> k.id);

  @Test
  void equalKeysShareASlotAndNewKeysTakeTheNext() {
    SlotTable<String> table = new SlotTable<>(Comparator.naturalOrder());
    assertThat(table.slotOf("冠县")).isZero();
    assertThat(table.slotOf("临清市")).isOne();
    assertThat(table.slotOf(new String("冠县"))).isZero();
    assertThat(table.find(new String("临清市"))).isOne();
    assertThat(table.find("莘县")).isEqualTo(-1);
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.key(1)).isEqualTo("临清市");
  }

  @Test
  void lookUpsAmongKeysThatAllShareOneHashCodeCallEqualsOnceNotOncePerKey() {
    for (int n : new int[] {512, 2048, 8192}) {
      SlotTable<Colliding> table = new SlotTable<>(BY_ID);
      for (int i = 0; i < n; i++) {
        table.slotOf(new Colliding(i));
      }
      Colliding.equalsCalls = 0;
      for (int i = 0; i < n; i++) {
        assertThat(table.find(new Colliding(i))).isEqualTo(i);
      }
      assertThat(table.find(new Colliding(n))).isEqualTo(-1);
      double perLookUp = (double) Colliding.equalsCalls / (n + 1);
      assertThat(perLookUp).as("equals calls per look-up among %s colliding keys", n).isLessThanOrEqualTo(1.0);
    }
  }

  @Test
  void keysGivenAsDistinctAreFoundByReferenceWithoutEqualsOrHashing() {
    List<Colliding> keys = new ArrayList<>();
    for (int i = 0; i < 8192; i++) {
      keys.add(new Colliding(i));
    }
    SlotTable<Colliding> table = SlotTable.ofDistinct(keys, BY_ID);
    Colliding.equalsCalls = 0;
    for (int i = 0; i < keys.size(); i++) {
      assertThat(table.find(keys.get(i))).isEqualTo(i);
    }
    assertThat(Colliding.equalsCalls).isZero();
    assertThat(table.find(new Colliding(17))).isEqualTo(17);
    assertThatThrownBy(() -> SlotTable.ofDistinct(List.of(keys.get(0), keys.get(0)), BY_ID))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key0 is given twice");
  }

  @Test
  void anOrderThatCallsUnequalKeysEqualIsRejected() {
    SlotTable<Colliding> table = new SlotTable<>((a, b) -> 0);
    table.slotOf(new Colliding(1));
    assertThatThrownBy(() -> table.slotOf(new Colliding(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calls different keys key1 and key2 equal");
  }
}
