package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ids a reader checks for repeats, against a {@link HashMap} of each id's first row: ids in
 * ascending order, then a break in the order, with repeats and new ids after it, at every size
 * around the table's first capacities.
 */
class IdRowsKillTest {

  @Test
  void idsInOrderThenOutOfOrderKeepTheirFirstRowsAtEverySize() {
    Random random = new Random(20261127L);
    for (int ordered : new int[] {0, 1, 2, 3, 511, 1022, 1023, 1024, 1025, 1500, 2047, 2048, 2049, 5000}) {
      List<String> ids = new ArrayList<>();
      for (int k = 0; k < ordered; k++) {
        ids.add(String.format("XM-%06d", 3 * k + 1));
      }
      // the break: a repeat of an id kept in order, or a new id smaller than the last
      if (ordered > 0 && random.nextBoolean()) {
        ids.add(ids.get(random.nextInt(ordered)));
      } else {
        ids.add("XM-000000");
      }
      // after it: every id again, and new ids between and beyond them, in random order
      List<String> after = new ArrayList<>(ids);
      for (int k = 0; k < ordered / 2 + 10; k++) {
        after.add(String.format("XM-%06d", random.nextInt(3 * ordered + 30)));
      }
      Collections.shuffle(after, random);
      ids.addAll(after);
      ids.addAll(after.subList(0, after.size() / 3));
      check(ids, "" + ordered + " in order");
    }
  }

  @Test
  void randomIdsWithRepeatsBeforeAndAfterTheBreakKeepTheirFirstRows() {
    Random random = new Random(12L);
    for (int round = 0; round < 8; round++) {
      int ordered = random.nextInt(3000);
      List<String> ids = new ArrayList<>();
      int next = 0;
      for (int k = 0; k < ordered; k++) {
        next += 1 + random.nextInt(5);
        ids.add(String.format("P%07d", next));
      }
      int more = random.nextInt(3000);
      for (int k = 0; k < more; k++) {
        ids.add(random.nextInt(4) == 0 && !ids.isEmpty()
            ? ids.get(random.nextInt(ids.size()))
            : String.format("P%07d", random.nextInt(next + 100)));
      }
      check(ids, "round " + round);
    }
  }

  /** Ids that share a hash code, in ascending order: the table cannot hold them. */
  @Test
  void collidingIdsKeptInOrderMoveIntoAHashMapWhenTheOrderBreaks() {
    List<String> colliding = colliding();
    IdRows rows = new IdRows();
    for (int i = 0; i < colliding.size(); i++) {
      assertThat(rows.putIfAbsent(colliding.get(i), i + 2)).isZero();
    }
    assertThat(rows.spilled()).isFalse();

    assertThat(rows.putIfAbsent(colliding.get(0), 1000)).isEqualTo(2);
    assertThat(rows.spilled()).isTrue();
    assertThat(rows.size()).isEqualTo(colliding.size());
    for (int i = colliding.size() - 1; i >= 0; i--) {
      assertThat(rows.putIfAbsent(colliding.get(i), 1000)).isEqualTo(i + 2);
    }
    assertThat(rows.putIfAbsent("A", 1001)).isZero();
    assertThat(rows.putIfAbsent("A", 1002)).isEqualTo(1001);
    assertThat(rows.size()).isEqualTo(colliding.size() + 1);
  }

  /**
   * A repeat more than {@link IdRows#MAX_PROBES} probes from its home, which growing the table can
   * make: colliding ids whose home is the last slot wrap to the first ones, and growing the table,
   * slot by slot from the first, puts those and an id homed just after them before the one left in
   * the last slot. The repeat moves the ids into a hash map, and still gets its first row.
   */
  @Test
  void aRepeatPushedBeyondTheProbeLimitByGrowthStillGetsItsFirstRow() {
    int smallest = 2048;
    List<String> colliding = new ArrayList<>();
    String prefix = "";
    for (int n = 0; prefix.isEmpty(); n++) {
      if ((spread(("F" + n + "AaAaAaAaAaAaAaAa").hashCode()) & (2 * smallest - 1)) == smallest - 1) {
        prefix = "F" + n;
      }
    }
    for (int bits = 0; bits <= IdRows.MAX_PROBES; bits++) {
      StringBuilder id = new StringBuilder(prefix);
      for (int b = 0; b < 8; b++) {
        id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(id.toString());
    }
    String after = "";
    for (int n = 0; after.isEmpty(); n++) {
      int home = spread(("Q" + n).hashCode()) & (2 * smallest - 1);
      if (home >= smallest + 40 && home < smallest + IdRows.MAX_PROBES) {
        after = "Q" + n;
      }
    }
    List<String> others = new ArrayList<>();
    for (int n = 0; others.size() < smallest / 2 + 1 - colliding.size() - 1; n++) {
      int home = spread(String.format("f%05d", n).hashCode()) & (smallest - 1);
      if (home >= 128 && home < smallest - 128) {
        others.add(String.format("f%05d", n));
      }
    }
    List<String> ids = new ArrayList<>();
    ids.add(others.get(1));
    ids.add(others.get(0));
    ids.addAll(colliding);
    ids.add(after);
    ids.addAll(others.subList(2, others.size()));
    IdRows rows = new IdRows();
    for (int k = 0; k < ids.size(); k++) {
      assertThat(rows.putIfAbsent(ids.get(k), k + 2)).isZero();
    }
    assertThat(rows.spilled()).isFalse();

    assertThat(rows.putIfAbsent(colliding.get(0), 1)).isEqualTo(ids.indexOf(colliding.get(0)) + 2);
    for (int k = 0; k < ids.size(); k++) {
      assertThat(rows.putIfAbsent(ids.get(k), 1)).isEqualTo(k + 2);
    }
  }

  /**
   * A probe may pass {@link IdRows#MAX_PROBES} ids of the same hash code and the ids stay in the
   * table; the id that would pass one more moves them into a hash map, whether the ids are added
   * one by one or kept in order and indexed when the order breaks.
   */
  @Test
  void idsMoveIntoAHashMapOnlyWhenAProbeWouldPassMoreThanMaxProbesIds() {
    List<String> colliding = colliding();
    int fit = IdRows.MAX_PROBES + 1;

    IdRows added = new IdRows();
    assertThat(added.putIfAbsent(colliding.get(1), 2)).isZero();
    assertThat(added.putIfAbsent(colliding.get(0), 3)).isZero();
    for (int k = 2; k < fit; k++) {
      assertThat(added.putIfAbsent(colliding.get(k), k + 2)).isZero();
    }
    assertThat(added.spilled()).isFalse();
    assertThat(added.putIfAbsent(colliding.get(fit), fit + 2)).isZero();
    assertThat(added.spilled()).isTrue();
    assertThat(added.size()).isEqualTo(fit + 1);

    for (int kept = fit; kept <= fit + 1; kept++) {
      IdRows rows = new IdRows();
      for (int k = 0; k < kept; k++) {
        assertThat(rows.putIfAbsent(colliding.get(k), k + 2)).isZero();
      }
      assertThat(rows.putIfAbsent(colliding.get(0), 1)).isEqualTo(2);
      assertThat(rows.spilled()).as("%d ids indexed", kept).isEqualTo(kept > fit);
      assertThat(rows.putIfAbsent(colliding.get(kept - 1), 1)).isEqualTo(kept + 1);
    }
  }

  /** 256 ids made of "Aa" and "BB", which share a hash code, in ascending order. */
  private static List<String> colliding() {
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 256; bits++) {
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < 8; b++) {
        id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(id.toString());
    }
    Collections.sort(colliding);
    return colliding;
  }

  /** The spreading of hash codes the table uses, to choose ids by the slot they go to. */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /** Feeds the ids in turn, row 2 on, and checks each answer, the size and that nothing spilled. */
  private static void check(List<String> ids, String what) {
    IdRows rows = new IdRows();
    Map<String, Integer> oracle = new HashMap<>();
    for (int k = 0; k < ids.size(); k++) {
      String id = ids.get(k);
      Integer first = oracle.putIfAbsent(id, k + 2);
      assertThat(rows.putIfAbsent(id, k + 2)).as("%s: id %s at %d", what, id, k).isEqualTo(first == null ? 0 : first);
    }
    assertThat(rows.size()).as(what).isEqualTo(oracle.size());
    assertThat(rows.spilled()).as("%s: ids that do not collide stay in the table", what).isFalse();
  }
}
