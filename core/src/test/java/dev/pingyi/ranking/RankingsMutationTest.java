package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.ScoreSheet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rules of {@link Rankings} that only some inputs reach: the parallel path's own result (which
 * {@link Rankings#rankAllParallel} would hide behind its sequential fallback), groups of different
 * periods, no groups at all, a null sheet, names given in two groups, and the members' order of
 * an error's list.
 */
class RankingsMutationTest {

  private static final ScoringScheme SCHEME = ScoringScheme.LIAOCHENG_2022;
  private static final ReportPeriod H2 = ReportPeriod.ofHalfYear(2022, 2);

  @Test
  void theParallelPathRanksGoodInputItselfInsteadOfFallingBack() {
    Random random = new Random(4_711);
    // more than 2 × 1024 sheets: matched in at least two runs
    EvaluationGroup large = Sheets.group("large", 2_100);
    List<ScoreSheet> largeSheets = new ArrayList<>(Sheets.randomSheets(random, large, true));
    Collections.shuffle(largeSheets, random);
    assertParallelRankingIsItsOwn(List.of(large), largeSheets, "one group of 2100");

    // several groups of one period, a few sheets for units equal to a member but other instances,
    // among them the member of the first slot (the first group's first name)
    List<EvaluationGroup> groups = List.of(Sheets.group("a", 70), Sheets.group("b", 45), Sheets.group("c", 38));
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluationGroup group : groups) {
      sheets.addAll(Sheets.randomSheets(random, group, true));
    }
    Collections.shuffle(sheets, random);
    List<ScoreSheet> withCopies = withCopiedUnits(sheets, groups.get(0).members().get(0).name());
    assertParallelRankingIsItsOwn(groups, withCopies, "three groups of one period");

    // the same groups, one of another period: no period is common to all
    List<EvaluationGroup> mixed = List.of(groups.get(0), groups.get(1).withPeriod(H2), groups.get(2));
    List<ScoreSheet> mixedSheets = new ArrayList<>();
    for (ScoreSheet sheet : withCopies) {
      mixedSheets.add(sheet.unit().name().startsWith("b-") ? sheet.withPeriod(H2) : sheet);
    }
    assertParallelRankingIsItsOwn(mixed, mixedSheets, "groups of two periods");
  }

  @Test
  void theParallelPathGivesUpOnBadInputForTheSequentialPathToReport() {
    List<EvaluationGroup> groups = List.of(Sheets.group("a", 3), Sheets.group("b", 2));
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluationGroup group : groups) {
      sheets.addAll(Sheets.randomSheets(new Random(5), group, false));
    }
    List<ScoreSheet> second = new ArrayList<>(sheets);
    second.add(sheets.get(1));
    assertThat(Rankings.rankAll(SCHEME, groups, second, true)).isNull();
    List<ScoreSheet> secondCopy = new ArrayList<>(sheets);
    secondCopy.add(sheets.get(3).withUnit(EvaluatedUnit.department(sheets.get(3).unit().name())));
    assertThat(Rankings.rankAll(SCHEME, groups, secondCopy, true)).isNull();
    List<ScoreSheet> foreign = new ArrayList<>(sheets);
    foreign.add(sheets.get(0).withUnit(EvaluatedUnit.department("不在任何组的单位")));
    assertThat(Rankings.rankAll(SCHEME, groups, foreign, true)).isNull();
    List<EvaluationGroup> withEmpty = List.of(groups.get(0), groups.get(1), Sheets.group("empty", 0));
    assertThat(Rankings.rankAll(SCHEME, withEmpty, sheets, true)).isNull();
  }

  @Test
  void groupsOfDifferentPeriodsAreEachRankedFromTheirOwnSheets() {
    EvaluationGroup first = Sheets.group("h1", 3);
    EvaluationGroup second = Sheets.group("h2", 3).withPeriod(H2);
    List<ScoreSheet> sheets = new ArrayList<>(Sheets.randomSheets(new Random(9), first, false));
    for (ScoreSheet sheet : Sheets.randomSheets(new Random(10), second, false)) {
      sheets.add(sheet.withPeriod(H2));
    }
    Collections.shuffle(sheets, new Random(11));

    for (ImmutableMap<String, Ranking> all : List.of(
        Rankings.rankAll(SCHEME, List.of(first, second), sheets),
        Rankings.rankAllParallel(SCHEME, List.of(first, second), sheets))) {
      assertThat(all.get("h1")).isEqualTo(Rankings.rank(SCHEME, first, sheets.stream()
          .filter(s -> s.period().equals(Sheets.H1)).toList()));
      assertThat(all.get("h2")).isEqualTo(Rankings.rank(SCHEME, second, sheets.stream()
          .filter(s -> s.period().equals(H2)).toList()));
      assertThat(java.util.Objects.requireNonNull(all.get("h2")).entries()).allSatisfy(e -> assertThat(e.sheet()).isPresent());
    }
  }

  @Test
  void noGroupsGiveNoRankings() {
    assertThat(Rankings.rankAll(SCHEME, List.of(), List.of())).isEmpty();
    assertThat(Rankings.rankAllParallel(SCHEME, List.of(), List.of())).isEmpty();
    assertThat(Rankings.rankAll(SCHEME, List.of(), List.of(), true)).isEmpty();
  }

  @Test
  void aNullSheetIsRejectedByName() {
    EvaluationGroup group = Sheets.group("g", 3);
    List<ScoreSheet> sheets = new ArrayList<>(Sheets.randomSheets(new Random(3), group, false));
    sheets.set(1, null);
    assertThatNullPointerException().isThrownBy(() -> Rankings.rank(SCHEME, group, sheets)).withMessage("sheet");
    List<EvaluationGroup> two = List.of(group, Sheets.group("h", 2));
    assertThatNullPointerException().isThrownBy(() -> Rankings.rankAll(SCHEME, two, sheets)).withMessage("sheet");
    assertThatNullPointerException().isThrownBy(() -> Rankings.rankAllParallel(SCHEME, two, sheets))
        .withMessage("sheet");
  }

  @Test
  void membersWithoutASheetAreListedInTheMembersOrderNotByName() {
    EvaluationGroup group = RandomRankings.group("order", List.of("单位C", "单位A", "单位D", "单位B"));
    var u = group.members();
    ScoringScheme rejecting = SCHEME.withRanking(SCHEME.ranking().withMissingSheetPolicy(MissingSheetPolicy.REJECT));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rankings.rank(rejecting, group, List.of(Sheets.sheet(u.get(2), "90", "90"))))
        .withMessage("Ranking group order: no sheet for members [单位C, 单位A, 单位B] (MissingSheetPolicy REJECT)");
  }

  @Test
  void aNameInTwoGroupsIsFoundAmongManyWhoseHashCodesAlternateInSign() {
    // names in name order whose hash codes alternate in sign, every one in both groups: a sort by
    // hash code, not by slot, puts each name next to its twin
    Random random = new Random(150);
    List<String> names = new ArrayList<>();
    while (names.size() < 150) {
      // a number for the name order, then letters drawn until the hash code has the wanted sign
      StringBuilder name = new StringBuilder(String.format("共有单位%03d", names.size()));
      for (int c = 0; c < 8; c++) {
        name.append((char) ('a' + random.nextInt(26)));
      }
      if ((name.toString().hashCode() < 0) == (names.size() % 2 == 1)) {
        names.add(name.toString());
      }
    }
    EvaluationGroup a = RandomRankings.group("a", names);
    EvaluationGroup b = RandomRankings.group("b", names);
    for (boolean parallel : new boolean[] {false, true}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Rankings.rankAll(SCHEME, List.of(a, b), List.of(), parallel))
          .withMessage("Ranking: unit %s is a member of both group a and group b", names.get(0));
    }
    // two names only, each group listing another name between them
    EvaluationGroup c = RandomRankings.group("c", List.of("甲", "乙", "丙"));
    EvaluationGroup d = RandomRankings.group("d", List.of("丁", "甲", "戊", "丙"));
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.rankAll(SCHEME, List.of(c, d), List.of()))
        .withMessage("Ranking: unit 甲 is a member of both group c and group d");
  }

  private static void assertParallelRankingIsItsOwn(List<EvaluationGroup> groups, List<ScoreSheet> sheets, String what) {
    ImmutableMap<String, Ranking> sequential = Rankings.rankAll(SCHEME, groups, sheets);
    assertThat(Rankings.rankAll(SCHEME, groups, sheets, true)).as(what).isNotNull().isEqualTo(sequential);
    assertThat(Rankings.rankAllParallel(SCHEME, groups, sheets)).as(what).isEqualTo(sequential);
  }

  /** The sheets, every seventh and that of the named unit for a unit equal to its member but another instance. */
  private static List<ScoreSheet> withCopiedUnits(List<ScoreSheet> sheets, String alwaysCopied) {
    List<ScoreSheet> copies = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      ScoreSheet sheet = sheets.get(i);
      boolean copy = i % 7 == 3 || sheet.unit().name().equals(alwaysCopied);
      copies.add(copy ? sheet.withUnit(EvaluatedUnit.department(sheet.unit().name())) : sheet);
    }
    return copies;
  }
}
