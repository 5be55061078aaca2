package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ScoreSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Rankings#rankAll} keeps its table of all members for the next ranking of the very same
 * groups: a ranking through a kept table equals one through a table built afresh (groups copied
 * into new instances), and a table kept for some groups is never used for others — another
 * order, another group in place of one, a group that shares a unit with another.
 */
class KeptMemberTableTest {

  private static final ScoringScheme SCHEME = ScoringScheme.LIAOCHENG_2022;

  /** Equal groups that are other instances, so that no table kept for the originals applies. */
  private static List<EvaluationGroup> fresh(List<EvaluationGroup> groups) {
    return groups.stream()
        .map(g -> (EvaluationGroup) EvaluationGroup.builder().from(g).build())
        .toList();
  }

  @Test
  void rankingTheSameGroupsAgainGivesWhatAFreshTableGives() {
    Random random = new Random(47_001);
    for (int round = 0; round < 40; round++) {
      List<EvaluationGroup> groups = new ArrayList<>();
      int count = 2 + random.nextInt(6);
      for (int g = 0; g < count; g++) {
        groups.add(Sheets.group("k" + round + "g" + g, 1 + random.nextInt(60)));
      }
      for (int again = 0; again < 3; again++) {
        List<ScoreSheet> sheets = new ArrayList<>();
        groups.forEach(group -> sheets.addAll(Sheets.randomSheets(random, group, random.nextBoolean())));
        List<EvaluationGroup> copies = fresh(groups);
        assertThat(copies.get(0)).isNotSameAs(groups.get(0)).isEqualTo(groups.get(0));
        assertThat(Rankings.rankAll(SCHEME, groups, sheets))
            .as("round %s, ranking %s", round, again)
            .isEqualTo(Rankings.rankAll(SCHEME, copies, sheets));
        // the same groups in another order: another table, the same rankings
        List<EvaluationGroup> reversed = new ArrayList<>(groups);
        java.util.Collections.reverse(reversed);
        assertThat(Rankings.rankAll(SCHEME, reversed, sheets).get(groups.get(0).id()))
            .isEqualTo(Rankings.rankAll(SCHEME, groups, sheets).get(groups.get(0).id()));
      }
    }
  }

  @Test
  void aTableKeptForSomeGroupsIsNotUsedForOthers() {
    EvaluationGroup first = Sheets.group("first", 5);
    EvaluationGroup second = Sheets.group("second", 5);
    Random random = new Random(47_002);
    List<ScoreSheet> sheets = new ArrayList<>(Sheets.randomSheets(random, first, false));
    sheets.addAll(Sheets.randomSheets(random, second, false));
    Rankings.rankAll(SCHEME, List.of(first, second), sheets);

    // a group in place of `second` that shares a unit with `first`: rejected as it is without a kept table
    EvaluationGroup sharing = EvaluationGroup.builder().id("sharing").name("组sharing").category("市政府部门")
        .period(Sheets.H1).addMembers(first.members().get(0)).build();
    Throwable kept = catchThrowable(() -> Rankings.rankAll(SCHEME, List.of(first, sharing), sheets));
    Throwable afresh = catchThrowable(() -> Rankings.rankAll(SCHEME, fresh(List.of(first, sharing)), sheets));
    assertThat(kept).isInstanceOf(IllegalArgumentException.class);
    assertThat(kept).hasMessage(afresh.getMessage());

    // a sheet of `second`'s unit is for no group given once `second` is left out
    EvaluationGroup third = Sheets.group("third", 3);
    Throwable foreign = catchThrowable(() -> Rankings.rankAll(SCHEME, List.of(first, third), sheets));
    assertThat(foreign).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("which is a member of no group given");
  }
}
