package dev.pingyi.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.pingyi.model.County;
import dev.pingyi.model.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The ledger's rule that ids are unique, against a plain reference on seeded random ledgers whose
 * ids often share a hash code: the ledger compares only ids of one hash code, so the rule must
 * hold however many of them collide.
 */
class LedgerIdsTest {

  private static final List<County> COUNTIES = RandomProjects.counties(3);
  private static final List<Project> PROJECTS =
      RandomProjects.projects(new Random(5), COUNTIES, 50, 1_000_000_000L);

  /**
   * The id made of k blocks, "Aa" or "BB" by the bits of x: "Aa" and "BB" share a hash code, so
   * the 2^k ids of k blocks all share one.
   */
  static String colliding(int x, int k) {
    StringBuilder id = new StringBuilder("c");
    for (int b = 0; b < k; b++) {
      id.append((x >> b & 1) == 0 ? "Aa" : "BB");
    }
    return id.toString();
  }

  /** Ids to draw from: plain ones, and 64 that share one hash code (runs longer than 16). */
  private static List<String> pool() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ids.add("p" + i);
    }
    for (int x = 0; x < 64; x++) {
      ids.add(colliding(x, 6));
    }
    for (int x = 0; x < 4; x++) {
      ids.add(colliding(x, 2));
    }
    return ids;
  }

  @Test
  void collidingIdsShareAHashCode() {
    assertThat(colliding(0, 6).hashCode()).isEqualTo(colliding(63, 6).hashCode()).isEqualTo(colliding(21, 6).hashCode());
    assertThat(colliding(0, 6)).isNotEqualTo(colliding(63, 6));
  }

  @Test
  void theFirstRepeatedIdIsNamedWithTheFirstProjectThatHasIt() {
    List<String> pool = pool();
    for (int round = 0; round < 400; round++) {
      long seed = 7_000 + round;
      Random random = new Random(seed);
      int n = 1 + random.nextInt(pool.size());
      List<String> ids = new ArrayList<>(pool);
      Collections.shuffle(ids, random);
      ids = new ArrayList<>(ids.subList(0, n));
      // half the ledgers have distinct ids; the others repeat a few of them
      if (round % 2 == 1) {
        for (int r = 1 + random.nextInt(3); r > 0; r--) {
          ids.set(random.nextInt(n), ids.get(random.nextInt(n)));
        }
      }
      List<Project> projects = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        projects.add(PROJECTS.get(random.nextInt(PROJECTS.size())).withId(ids.get(i)));
      }

      String expected = firstRepeat(projects);
      if (expected == null) {
        ProjectLedger ledger = ProjectLedger.of(projects);
        assertThat(ledger.projects()).as("seed %s", seed).isEqualTo(projects);
        assertThat(ledger.totalsByCounty()).as("seed %s", seed)
            .isEqualTo(projects.stream().collect(GroupedTotals.toTotalsByCounty()));
      } else {
        assertThatThrownBy(() -> ProjectLedger.of(projects)).as("seed %s", seed)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(expected);
      }
    }
  }

  /** The reference: the message for the first position whose id an earlier project has, or null. */
  private static @Nullable String firstRepeat(List<Project> projects) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < projects.size(); i++) {
      Integer earlier = first.putIfAbsent(projects.get(i).id(), i);
      if (earlier != null) {
        return "ProjectLedger projects[" + i + "] has id=" + projects.get(i).id()
            + ", already the id of projects[" + earlier + "]; ids are unique in a ledger";
      }
    }
    return null;
  }

  @Test
  void aLedgerTakesAnyIterableInItsOrder() {
    Iterable<Project> once = () -> PROJECTS.iterator();
    ImmutableList<Project> list = ImmutableList.copyOf(PROJECTS);

    assertThat(ProjectLedger.of(once).projects()).isEqualTo(PROJECTS);
    assertThat(ProjectLedger.of(list).projects()).isSameAs(list);
    assertThat(ProjectLedger.of(List.of()).size()).isZero();
  }

  @Test
  void aNullProjectIsNamedByItsPositionFromAnyIterable() {
    List<Project> withNull = new ArrayList<>(PROJECTS.subList(0, 3));
    withNull.add(null);
    Iterable<Project> once = () -> withNull.iterator();

    assertThatThrownBy(() -> ProjectLedger.of(withNull)).isInstanceOf(NullPointerException.class).hasMessage("projects[3]");
    assertThatThrownBy(() -> ProjectLedger.of(once)).isInstanceOf(NullPointerException.class).hasMessage("projects[3]");
  }
}
