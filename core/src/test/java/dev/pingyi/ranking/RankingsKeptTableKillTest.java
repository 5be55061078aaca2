package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import dev.pingyi.internal.MemberIndex;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ScoreSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Rankings#rankAll} keeps its table of all members with the first group's index, and the
 * next ranking of the very same groups, in the same order, ranks through that very table instead
 * of building another: on either path, and through the table the parallel path built too.
 */
class RankingsKeptTableKillTest {

  private static final ScoringScheme SCHEME = ScoringScheme.LIAOCHENG_2022;

  private static List<ScoreSheet> sheetsOf(Random random, List<EvaluationGroup> groups) {
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluationGroup group : groups) {
      sheets.addAll(Sheets.randomSheets(random, group, true));
    }
    return sheets;
  }

  @Test
  void theSameGroupsAreRankedAgainThroughTheTableKeptForThem() {
    Random random = new Random(2_002);
    List<EvaluationGroup> groups = List.of(Sheets.group("kept1", 30), Sheets.group("kept2", 20));
    List<ScoreSheet> sheets = sheetsOf(random, groups);
    MemberIndex<EvaluatedUnit> first = MemberIndex.ofGroup(groups.get(0));
    assertThat(first.kept(groups)).isNull();

    ImmutableMap<String, Ranking> ranked = Rankings.rankAll(SCHEME, groups, sheets);
    Object table = first.kept(groups);
    assertThat(table).isNotNull();

    assertThat(Rankings.rankAll(SCHEME, groups, sheets)).isEqualTo(ranked);
    assertThat(first.kept(groups)).isSameAs(table);
    assertThat(Rankings.rankAll(SCHEME, groups, sheets, true)).isEqualTo(ranked);
    assertThat(first.kept(groups)).isSameAs(table);
  }

  @Test
  void theParallelPathKeepsItsTableForTheNextRanking() {
    Random random = new Random(2_003);
    List<EvaluationGroup> groups = List.of(Sheets.group("par1", 7), Sheets.group("par2", 9), Sheets.group("par3", 4));
    List<ScoreSheet> sheets = sheetsOf(random, groups);
    MemberIndex<EvaluatedUnit> first = MemberIndex.ofGroup(groups.get(0));

    ImmutableMap<String, Ranking> ranked = Rankings.rankAllParallel(SCHEME, groups, sheets);
    Object table = first.kept(groups);
    assertThat(table).isNotNull();
    assertThat(Rankings.rankAll(SCHEME, groups, sheets)).isEqualTo(ranked);
    assertThat(first.kept(groups)).isSameAs(table);
  }
}
