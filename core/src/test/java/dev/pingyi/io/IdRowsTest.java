package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of ids a reader checks for repeats: every id keeps the row it was first read on. */
class IdRowsTest {

  @Test
  void eachIdKeepsItsFirstRowThroughGrowth() {
    IdRows rows = new IdRows();
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      assertThat(rows.putIfAbsent("XM-" + i, i + 2)).isZero();
    }
    for (int i = 0; i < n; i += 997) {
      assertThat(rows.putIfAbsent("XM-" + i, 1)).isEqualTo(i + 2);
    }
    assertThat(rows.size()).isEqualTo(n);
    assertThat(rows.spilled()).isFalse();
  }

  /** Ids made of "Aa" and "BB", which share a hash code, collide whatever the table's spreading. */
  @Test
  void idsWrittenToCollideMoveIntoAHashMapAndKeepTheirRows() {
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 256; bits++) {
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < 8; b++) {
        id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(id.toString());
    }
    assertThat(colliding.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
    IdRows rows = new IdRows();
    for (int i = 0; i < colliding.size(); i++) {
      assertThat(rows.putIfAbsent(colliding.get(i), i + 2)).isZero();
    }
    assertThat(rows.spilled()).isTrue();
    assertThat(rows.size()).isEqualTo(colliding.size());
    for (int i = 0; i < colliding.size(); i++) {
      assertThat(rows.putIfAbsent(colliding.get(i), 1)).isEqualTo(i + 2);
    }
    assertThat(rows.putIfAbsent("other", 5)).isZero();
    assertThat(rows.putIfAbsent("other", 6)).isEqualTo(5);
  }
}
