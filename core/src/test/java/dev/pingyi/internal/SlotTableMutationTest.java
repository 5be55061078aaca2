package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What the slot table promises about cost: an instance met once is found again by reference,
 * without a hash code, also after the table has grown.
 */
class SlotTableMutationTest {

  /** A key that counts the calls to its hashCode and equals. */
  private static final class Counted {
    static long calls;
    final int id;

    Counted(int id) {
      this.id = id;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      calls++;
      return obj instanceof Counted && ((Counted) obj).id == id;
    }

    @Override
    public int hashCode() {
      calls++;
      return id;
    }
  }

  @Test
  void anInstanceFoundByEqualityOnceIsFoundByReferenceAfterwardsAlsoWhenTheTableGrows() {
    SlotTable<Counted> table = new SlotTable<>(Comparator.comparingInt((Counted c) -> c.id));
    List<Counted> keys = new ArrayList<>();
    List<Counted> copies = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      keys.add(new Counted(i));
      copies.add(new Counted(i));
    }
    keys.forEach(table::slotOf);
    for (Counted copy : copies) {
      assertThat(table.slotOf(copy)).isEqualTo(copy.id);
    }

    Counted.calls = 0;
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 200; i++) {
        assertThat(table.find(keys.get(i))).isEqualTo(i);
        assertThat(table.slotOf(copies.get(i))).isEqualTo(i);
      }
    }

    assertThat(Counted.calls).as("hashCode and equals calls for instances met before").isZero();
    assertThat(table.size()).isEqualTo(200);
  }
}
