package dev.pingyi.aggregate;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * The ledger's unique-id rule on ledgers long enough for its radix sort (256 projects and more),
 * against a {@link HashMap} of ids: ids that share a hash code in runs of two, of four and of
 * 256, repeated anywhere — the first repeat is named with the first project that has its id.
 */
class ProjectLedgerKillTest {

  private static final List<County> COUNTIES = RandomProjects.counties(4);
  private static final List<Project> PROJECTS =
      RandomProjects.projects(new Random(1501), COUNTIES, 64, 1_000_000_000L);

  /** The id of k blocks "Aa" or "BB" by the bits of x: the 2^k ids of k blocks share a hash code. */
  private static String colliding(String prefix, int x, int k) {
    StringBuilder id = new StringBuilder(prefix);
    for (int b = 0; b < k; b++) {
      id.append((x >> b & 1) == 0 ? "Aa" : "BB");
    }
    return id.toString();
  }

  private static List<String> pool() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      ids.add("p" + i);
    }
    for (int x = 0; x < 256; x++) {
      ids.add(colliding("c", x, 8));
    }
    for (int g = 0; g < 40; g++) {
      for (int x = 0; x < 4; x++) {
        ids.add(colliding("d" + g, x, 2));
      }
      for (int x = 0; x < 2; x++) {
        ids.add(colliding("e" + g, x, 1));
      }
    }
    return ids;
  }

  @Test
  void theFirstRepeatedIdIsNamedWithTheFirstProjectThatHasItInLongLedgers() {
    List<String> pool = pool();
    for (int round = 0; round < 60; round++) {
      long seed = 15_000 + round;
      Random random = new Random(seed);
      int n = 200 + random.nextInt(pool.size() - 200);
      List<String> ids = new ArrayList<>(pool);
      Collections.shuffle(ids, random);
      ids = new ArrayList<>(ids.subList(0, n));
      if (round % 3 != 0) {
        for (int r = 1 + random.nextInt(4); r > 0; r--) {
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
        assertThat(ledger.size()).isEqualTo(n);
        assertThat(ledger.totals()).as("seed %s", seed).isEqualTo(InvestmentTotals.of(projects));
        assertThat(ledger.totalsByCounty()).as("seed %s", seed)
            .isEqualTo(projects.stream().collect(GroupedTotals.toTotalsByCounty()));
      } else {
        assertThatThrownBy(() -> ProjectLedger.of(projects)).as("seed %s", seed)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(expected);
      }
    }
  }

  @Test
  void aRepeatInALongRunOfCollidingIdsIsFoundWhereverItLies() {
    // 256 ids of one hash code, one of them given again at the end or next to its first
    for (int repeated : new int[] {0, 1, 17, 128, 255}) {
      for (boolean atEnd : new boolean[] {true, false}) {
        List<Project> projects = new ArrayList<>();
        for (int x = 0; x < 256; x++) {
          projects.add(PROJECTS.get(x % PROJECTS.size()).withId(colliding("c", x, 8)));
          if (!atEnd && x == repeated) {
            projects.add(PROJECTS.get(0).withId(colliding("c", x, 8)));
          }
        }
        if (atEnd) {
          projects.add(PROJECTS.get(0).withId(colliding("c", repeated, 8)));
        }
        String expected = requireNonNull(firstRepeat(projects));
        assertThatThrownBy(() -> ProjectLedger.of(projects)).as("repeated %s at end %s", repeated, atEnd)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(expected);
      }
    }
  }

  @Test
  void idsThatAllShareOneHashCodeButDifferMakeALedger() {
    for (int k : new int[] {1, 2, 4, 8, 9}) {
      List<Project> projects = new ArrayList<>();
      for (int x = 0; x < 1 << k; x++) {
        projects.add(PROJECTS.get(x % PROJECTS.size()).withId(colliding("c", x, k)));
      }
      ProjectLedger ledger = ProjectLedger.of(projects);
      assertThat(ledger.projects()).as("%s blocks", k).isEqualTo(projects);
      assertThat(ledger.totals()).as("%s blocks", k).isEqualTo(InvestmentTotals.of(projects));
    }
  }

  @Test
  void ofTwoRepeatsInDifferentRunsTheEarlierIsNamed() {
    // the later run of hash codes holds the earlier repeat, and the other way round
    for (boolean swap : new boolean[] {false, true}) {
      List<Project> projects = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        projects.add(PROJECTS.get(i % PROJECTS.size()).withId("p" + i));
      }
      String a = colliding("e", 0, 1);
      String b = colliding("e", 1, 1);
      String c = colliding("f", 0, 3);
      String d = colliding("f", 5, 3);
      projects.set(10, projects.get(10).withId(a));
      projects.set(20, projects.get(20).withId(b));
      projects.set(30, projects.get(30).withId(c));
      projects.set(40, projects.get(40).withId(d));
      projects.set(swap ? 250 : 200, projects.get(0).withId(a));
      projects.set(swap ? 200 : 250, projects.get(0).withId(d));
      String expected = requireNonNull(firstRepeat(projects));
      assertThat(expected).contains(swap ? "projects[200] has id=" + d : "projects[200] has id=" + a);
      assertThatThrownBy(() -> ProjectLedger.of(projects)).isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
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
}
