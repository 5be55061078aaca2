package dev.pingyi.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.Project;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupedTotalsAccumulator} at the edges of its array of groups, after a bulk operation
 * that fails, and after keys its order wrongly calls equal.
 */
class GroupedTotalsAccumulatorKillTest {

  @Test
  void aFailedBulkAddPutsBackAGroupItReachedTwiceAsItWasBefore() {
    List<Project> projects = RandomProjects.projects(new Random(128), RandomProjects.counties(2), 3, 1_000_000);
    GroupedTotalsAccumulator<String> accumulator = new GroupedTotalsAccumulator<>(p -> "all", Comparator.naturalOrder());
    accumulator.add(projects.get(0));
    GroupedTotals<String> before = accumulator.snapshot();

    // the bulk reaches group "all" with projects 1 and 2, then fails on the null
    assertThatThrownBy(() -> accumulator.addAll(Arrays.asList(projects.get(1), projects.get(2), null)))
        .isInstanceOf(NullPointerException.class);

    assertThat(accumulator.snapshot()).isEqualTo(before);
    assertThat(accumulator.snapshot().overall().count()).isEqualTo(1);
  }

  @Test
  void mergingAnAccumulatorWhoseGroupsFillItsArrayMergesEveryGroup() {
    // 16 keys fill the first array of groups to its last slot, 32 the array grown once
    for (int keys : new int[] {16, 32}) {
      List<Project> projects = RandomProjects.projects(new Random(keys), RandomProjects.counties(3), keys, 1_000_000);
      GroupedTotalsAccumulator<String> byId = new GroupedTotalsAccumulator<>(Project::id, Comparator.naturalOrder());
      byId.addAll(projects);
      GroupedTotalsAccumulator<String> merged = new GroupedTotalsAccumulator<>(Project::id, Comparator.naturalOrder());

      merged.addAll(byId);

      assertThat(merged.snapshot().groups()).as("%s keys", keys).hasSize(keys);
      assertThat(merged.snapshot()).as("%s keys", keys).isEqualTo(projects.stream()
          .collect(GroupedTotals.toGroupedTotals(Project::id, Comparator.<String>naturalOrder())));
    }
  }

  @Test
  void keysTheOrderCallsEqualAreRejectedAndLaterKeysAreStillGrouped() {
    // 64 strings of one hash code ("Aa" and "BB" hash alike); the order compares hash codes only,
    // so it calls every two of them equal
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 64; bits++) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        s.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(s.toString());
    }
    int rejected = 40;
    List<Project> projects = RandomProjects.projects(new Random(41), RandomProjects.counties(2), rejected + 2, 1_000_000);
    Map<String, String> keyOf = new HashMap<>();
    for (int i = 0; i <= rejected; i++) {
      keyOf.put(projects.get(i).id(), colliding.get(i));
    }
    Project last = projects.get(rejected + 1);
    keyOf.put(last.id(), "other");
    GroupedTotalsAccumulator<String> accumulator =
        new GroupedTotalsAccumulator<>(p -> keyOf.get(p.id()), Comparator.comparingInt(String::hashCode));
    accumulator.add(projects.get(0));

    for (int i = 1; i <= rejected; i++) {
      Project p = projects.get(i);
      assertThatThrownBy(() -> accumulator.add(p))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("SlotTable order calls different keys " + colliding.get(0) + " and " + colliding.get(i)
              + " equal; it must tell every key apart");
    }
    // a rejected key takes no slot: what was added before is all there is
    assertThat(accumulator.snapshot().groups().keySet()).containsExactly(colliding.get(0));
    accumulator.add(last);

    GroupedTotals<String> totals = accumulator.snapshot();
    assertThat(totals.groups().keySet()).containsExactlyInAnyOrder(colliding.get(0), "other");
    assertThat(totals.get(colliding.get(0))).contains(InvestmentTotals.of(List.of(projects.get(0))));
    assertThat(totals.get("other")).contains(InvestmentTotals.of(List.of(last)));
  }
}
