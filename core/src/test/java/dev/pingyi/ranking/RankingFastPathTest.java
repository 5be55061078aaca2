package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ImmutableEvaluationGroup;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.UnitKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The engine's fast paths — sheets matched to members through the index a group keeps, units
 * sorted on one packed {@code long} with their place in the name order, {@code rankAll}'s table
 * of every member by name hash — give what the plain definition gives: checked against an oracle
 * that sorts with a comparator on exact decimals and unit names, on inputs chosen to break each
 * shortcut (members not in name order, sheets in another order, units equal but not identical,
 * groups built twice, names whose hash codes all collide, key ranges too wide to pack).
 */
class RankingFastPathTest {

  private static final long SEED = 909L;

  @Test
  void tiedUnitsAreListedByNameNotByMemberOrder() {
    List<String> names = List.of("丁局", "乙局", "甲局", "丙局", "Aa局", "BB局");
    EvaluationGroup group = RandomRankings.group("tied", names);
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluatedUnit unit : group.members()) {
      sheets.add(Sheets.sheet(unit, "90", "80"));
    }
    Collections.reverse(sheets);
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, sheets);
    assertThat(ranking.entries()).extracting(e -> e.unit().name())
        .containsExactlyElementsOf(names.stream().sorted().toList());
    assertThat(ranking.entries()).allSatisfy(e -> {
      assertThat(e.competitionRank()).isOne();
      assertThat(e.tieSize()).isEqualTo(names.size());
    });
  }

  @Test
  void tieBreakersComeBeforeNamesAndNamesBreakWhatIsLeft() {
    EvaluationGroup group = RandomRankings.group("breakers", List.of("丙", "甲", "乙", "丁"));
    List<EvaluatedUnit> m = group.members();
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withRanking(
        RankingRule.builder().addTieBreakers(Sheets.ON_SITE).build());
    // composites: all 87 = 0.7 × base + 0.3 × on-site; on-site breaks 丙 and 乙 apart, not 甲 and 丁
    List<ScoreSheet> sheets = List.of(
        Sheets.sheet(m.get(3), "90", "80"), Sheets.sheet(m.get(0), "84", "94"),
        Sheets.sheet(m.get(1), "90", "80"), Sheets.sheet(m.get(2), "87", "87"));
    Ranking ranking = Rankings.rank(scheme, group, sheets);
    assertThat(ranking.entries()).extracting(e -> e.unit().name() + " " + e.competitionRank())
        .containsExactly("丙 1", "乙 2", "丁 3", "甲 3");
  }

  @Test
  void randomGroupsAgreeWithTheComparatorOracle() {
    Random random = new Random(SEED);
    int wide = 0;
    for (int round = 0; round < 400; round++) {
      ScoringScheme scheme = RandomRankings.scheme(random, true);
      EvaluationGroup group = randomGroup(random, "r" + round, 1 + random.nextInt(round % 10 == 0 ? 3_000 : 40));
      boolean wideKeys = random.nextInt(5) == 0;
      wide += wideKeys ? 1 : 0;
      List<ScoreSheet> sheets = randomSheets(random, scheme, group, wideKeys);
      String context = "seed " + SEED + " round " + round + " " + scheme.ranking();
      assertAgrees(context, scheme, group, sheets, Rankings.rank(scheme, group, sheets));
    }
    assertThat(wide).isGreaterThan(40);
  }

  @Test
  void keysTooWideToPackAreSortedByTheComparatorWithTheSameOrder() {
    CompositeRule rule = CompositeRule.builder()
        .weight(Sheets.BASE, "0.123457").weight(Sheets.ON_SITE, "0.876543").build();
    ScoringScheme scheme = ScoringScheme.of("宽", rule, RankingRule.builder().addTieBreakers(Sheets.ON_SITE).build());
    EvaluationGroup group = RandomRankings.group("wide", List.of("戊", "丁", "丙", "乙", "甲"));
    List<EvaluatedUnit> m = group.members();
    ScoreSheet.Builder rich = ScoreSheet.builder().unit(m.get(0)).period(Sheets.H1)
        .putScores(Sheets.BASE, Score.parse("0.0001")).putScores(Sheets.ON_SITE, Score.ZERO);
    for (int i = 0; i < 250; i++) {
      rich.addBonuses(ScoreAdjustment.of(Score.of(Score.MAX_POINTS), "重大贡献"));
    }
    ScoreSheet.Builder poor = ScoreSheet.builder().unit(m.get(1)).period(Sheets.H1)
        .putScores(Sheets.BASE, Score.ZERO).putScores(Sheets.ON_SITE, Score.ZERO);
    for (int i = 0; i < 250; i++) {
      poor.addDeductions(ScoreAdjustment.of(Score.of(Score.MAX_POINTS), "通报批评"));
    }
    List<ScoreSheet> sheets = List.of(rich.build(), poor.build(),
        Sheets.sheet(m.get(2), "90", "80"), Sheets.sheet(m.get(3), "90", "80"), Sheets.sheet(m.get(4), "80", "82.8174"));
    Ranking ranking = Rankings.rank(scheme, group, sheets);
    assertAgrees("wide", scheme, group, sheets, ranking);
    assertThat(ranking.entries()).extracting(e -> e.unit().name() + " " + e.competitionRank())
        .containsExactly("戊 1", "甲 2", "丙 3", "乙 3", "丁 5");
  }

  @Test
  void sheetsInAnyOrderWithUnitsEqualButNotIdenticalRankAsTheMembersOwn() {
    Random random = new Random(SEED);
    EvaluationGroup group = randomGroup(random, "big", 5_000);
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022;
    List<ScoreSheet> own = randomSheets(random, scheme, group, false);
    Ranking expected = Rankings.rank(scheme, group, own);
    List<ScoreSheet> copies = new ArrayList<>();
    for (ScoreSheet sheet : own) {
      copies.add(random.nextBoolean() ? sheet : sheet.withUnit(copyOf(sheet.unit())));
    }
    Collections.shuffle(copies, random);
    Ranking ranking = Rankings.rank(scheme, group, copies);
    assertThat(ranking).isEqualTo(expected);
    assertThat(ranking.entries()).allSatisfy(e -> assertThat(e.unit()).isIn(group.members()));
    assertThat(ranking.entries().get(0).unit()).isSameAs(expected.entries().get(0).unit());
    assertAgrees("copies", scheme, group, copies, ranking);
  }

  @Test
  void aUnitNamedAsAMemberButNotEqualToItIsNoMember() {
    EvaluationGroup group = Sheets.group("k", 3);
    EvaluatedUnit member = group.members().get(1);
    EvaluatedUnit institution = EvaluatedUnit.institution(member.name());
    assertThat(institution.kind()).isEqualTo(UnitKind.PUBLIC_INSTITUTION).isNotEqualTo(member.kind());
    List<ScoreSheet> sheets = List.of(Sheets.sheet(institution, "90", "80"));
    assertThatThrownBy(() -> Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, sheets))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sheet for unit " + member.name() + ", which is not a member of the group");
    assertThatThrownBy(() -> Rankings.rankAll(ScoringScheme.LIAOCHENG_2022, List.of(group), sheets))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sheet for unit " + member.name() + ", which is a member of no group given");
  }

  @Test
  void aGroupBuiltTwiceRanksAlikeWhicheverGroupsUnitsTheSheetsHold() {
    Random random = new Random(SEED);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      names.add("单位" + random.nextInt(1_000_000) + "-" + i);
    }
    EvaluationGroup first = RandomRankings.group("twice", names);
    EvaluationGroup second = RandomRankings.group("twice", names);
    assertThat(second).isEqualTo(first).isNotSameAs(first);
    List<ScoreSheet> sheetsOfFirst = randomSheets(random, ScoringScheme.LIAOCHENG_2022, first, false);
    Ranking a = Rankings.rank(ScoringScheme.LIAOCHENG_2022, first, sheetsOfFirst);
    Ranking b = Rankings.rank(ScoringScheme.LIAOCHENG_2022, second, sheetsOfFirst);
    assertThat(b).isEqualTo(a);
    assertThat(b.entries().get(0).unit()).isIn(second.members());
    assertThat(Rankings.rankAll(ScoringScheme.LIAOCHENG_2022, List.of(second), sheetsOfFirst))
        .isEqualTo(ImmutableMap.of("twice", a));
    // a copy with another id keeps the members and ranks them alike
    EvaluationGroup renamed = ImmutableEvaluationGroup.copyOf(first).withId("renamed");
    assertThat(Rankings.rank(ScoringScheme.LIAOCHENG_2022, renamed, sheetsOfFirst).entries())
        .extracting(e -> e.unit().name() + " " + e.competitionRank())
        .containsExactlyElementsOf(a.entries().stream().map(e -> e.unit().name() + " " + e.competitionRank()).toList());
    // ranking leaves the value as it was
    assertThat(first).isEqualTo(RandomRankings.group("twice", names)).hasSameHashCodeAs(RandomRankings.group("twice", names));
    assertThat(first.toString()).isEqualTo(RandomRankings.group("twice", names).toString());
  }

  @Test
  void rankAllEqualsRankPerGroupOnShuffledSheetsAndCopiedUnits() {
    Random random = new Random(SEED);
    for (int round = 0; round < 20; round++) {
      ScoringScheme scheme = RandomRankings.scheme(random, true);
      List<EvaluationGroup> groups = new ArrayList<>();
      List<ScoreSheet> all = new ArrayList<>();
      Map<String, Ranking> expected = new HashMap<>();
      for (int g = 0; g < 1 + random.nextInt(30); g++) {
        EvaluationGroup group = randomGroup(random, "r" + round + "g" + g, 1 + random.nextInt(60));
        List<ScoreSheet> sheets = randomSheets(random, scheme, group, random.nextInt(5) == 0);
        groups.add(group);
        expected.put(group.id(), Rankings.rank(scheme, group, sheets));
        for (ScoreSheet sheet : sheets) {
          all.add(random.nextInt(4) == 0 ? sheet.withUnit(copyOf(sheet.unit())) : sheet);
        }
      }
      Collections.shuffle(all, random);
      ImmutableMap<String, Ranking> ranked = Rankings.rankAll(scheme, groups, all);
      assertThat(ranked).as("seed %s round %s", SEED, round).isEqualTo(expected);
      assertThat(ranked.keySet()).containsExactlyElementsOf(groups.stream().map(EvaluationGroup::id).toList());
      assertThat(Rankings.rankAllParallel(scheme, groups, all)).isEqualTo(ranked);
    }
  }

  @Test
  void namesWhoseHashCodesAllCollideAreMatchedAndCheckedAlike() {
    // "Aa" and "BB" share a hash code, so every name made of 12 such pairs shares one: 4 096 names
    List<String> colliding = new ArrayList<>();
    for (int bitsOf = 0; bitsOf < 1 << 12; bitsOf++) {
      StringBuilder name = new StringBuilder("局");
      for (int b = 0; b < 12; b++) {
        name.append((bitsOf >> b & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(name.toString());
    }
    assertThat(colliding.stream().map(String::hashCode).distinct()).hasSize(1);
    Random random = new Random(SEED);
    Collections.shuffle(colliding, random);
    List<EvaluationGroup> groups = new ArrayList<>();
    List<ScoreSheet> all = new ArrayList<>();
    Map<String, Ranking> expected = new HashMap<>();
    for (int g = 0; g < 8; g++) {
      EvaluationGroup group = RandomRankings.group("c" + g, colliding.subList(g * 512, (g + 1) * 512));
      List<ScoreSheet> sheets = randomSheets(random, ScoringScheme.LIAOCHENG_2022, group, false);
      groups.add(group);
      expected.put(group.id(), Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, sheets));
      for (ScoreSheet sheet : sheets) {
        all.add(random.nextBoolean() ? sheet.withUnit(copyOf(sheet.unit())) : sheet);
      }
      assertAgrees("colliding " + g, ScoringScheme.LIAOCHENG_2022, group, sheets, expected.get(group.id()));
    }
    Collections.shuffle(all, random);
    assertThat(Rankings.rankAll(ScoringScheme.LIAOCHENG_2022, groups, all)).isEqualTo(expected);

    List<EvaluationGroup> sharing = new ArrayList<>(groups);
    sharing.add(RandomRankings.group("late", List.of("局独有", colliding.get(700))));
    assertThatThrownBy(() -> Rankings.rankAll(ScoringScheme.LIAOCHENG_2022, sharing, all))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit " + colliding.get(700) + " is a member of both group c1 and group late");
  }

  @Test
  void aUnitInTwoGroupsIsNamedWithBothGroupsWhenNamesDoNotCollide() {
    EvaluationGroup a = RandomRankings.group("a", List.of("甲", "乙", "丙"));
    EvaluationGroup b = RandomRankings.group("b", List.of("丁", "乙"));
    assertThatThrownBy(() -> Rankings.rankAll(ScoringScheme.LIAOCHENG_2022, List.of(a, b), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit 乙 is a member of both group a and group b");
  }

  @Test
  void aSheetForAnotherPeriodOrASecondSheetIsRejectedOnEveryPath() {
    EvaluationGroup group = Sheets.group("p", 4);
    EvaluatedUnit unit = group.members().get(2);
    ScoreSheet other = Sheets.sheet(unit, "90", "80").withPeriod(ReportPeriod.ofHalfYear(2022, 2));
    ScoreSheet twice = Sheets.sheet(copyOf(unit), "91", "80");
    for (List<ScoreSheet> sheets : List.of(List.of(other), List.of(Sheets.sheet(unit, "90", "80"), twice))) {
      String message = sheets.size() == 1 ? "is for period 2022H2" : "two sheets for unit " + unit.name();
      assertThatThrownBy(() -> Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, sheets))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
      assertThatThrownBy(() -> Rankings.rankAll(ScoringScheme.LIAOCHENG_2022, List.of(group), sheets))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
  }

  // --- the oracle and the inputs ---

  /** A group of members named at random, in no particular order, each name holding the group's id. */
  private static EvaluationGroup randomGroup(Random random, String id, int size) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      names.add((random.nextBoolean() ? "市" : "区") + random.nextInt(size * 10) + "局" + id + "-" + i);
    }
    Collections.shuffle(names, random);
    return RandomRankings.group(id, names);
  }

  /**
   * Sheets for every member (most, if the scheme allows missing sheets), shuffled, under the scheme's components: scores drawn from few
   * values so that composites tie; vetoes, bonuses and deductions; with wide keys, bonuses and
   * deductions of millions of points so that keys are too wide to pack.
   */
  private static List<ScoreSheet> randomSheets(Random random, ScoringScheme scheme, EvaluationGroup group, boolean wide) {
    boolean missing = scheme.ranking().missingSheetPolicy() != MissingSheetPolicy.REJECT && random.nextBoolean();
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluatedUnit unit : group.members()) {
      if (missing && random.nextInt(15) == 0) {
        continue;
      }
      ScoreSheet.Builder sheet = ScoreSheet.builder().unit(unit).period(Sheets.H1);
      for (ScoreComponent c : scheme.composite().weights().keySet()) {
        sheet.putScores(c, Score.ofScaled(850_000L + 5_000L * random.nextInt(21) + (random.nextInt(8) == 0 ? 1 : 0)));
      }
      if (random.nextInt(6) == 0) {
        sheet.addBonuses(ScoreAdjustment.of(Score.of(1 + random.nextInt(3)), "争先创优"));
      }
      if (random.nextInt(6) == 0) {
        sheet.addDeductions(ScoreAdjustment.of(Score.parse("0.5"), "通报批评"));
      }
      if (wide && random.nextInt(3) == 0) {
        int items = 100 + random.nextInt(150);
        for (int i = 0; i < items; i++) {
          ScoreAdjustment big = ScoreAdjustment.of(Score.of(Score.MAX_POINTS - random.nextInt(3)), "重大事项");
          if (random.nextBoolean()) {
            sheet.addBonuses(big);
          } else {
            sheet.addDeductions(big);
          }
        }
      }
      if (random.nextInt(12) == 0) {
        sheet.vetoReason("安全生产一票否决");
      }
      sheets.add(sheet.build());
    }
    Collections.shuffle(sheets, random);
    return sheets;
  }

  private static EvaluatedUnit copyOf(EvaluatedUnit unit) {
    return EvaluatedUnit.builder().from(unit).build();
  }

  /** One unit as the oracle sees it. */
  private record Row(EvaluatedUnit unit, Optional<ScoreSheet> sheet, int bucket, BigDecimal key, List<BigDecimal> breakers) {}

  /**
   * The ranking's order, tie groups, composites and exclusions are the plain definition's: rows
   * sorted with a comparator on exact decimals, then unit names.
   */
  private static void assertAgrees(
      String context, ScoringScheme scheme, EvaluationGroup group, List<ScoreSheet> sheets, Ranking ranking) {
    RankingRule rule = scheme.ranking();
    Map<String, ScoreSheet> sheetOf = sheets.stream().collect(Collectors.toMap(s -> s.unit().name(), s -> s));
    List<Row> rows = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    for (EvaluatedUnit unit : group.members()) {
      ScoreSheet sheet = sheetOf.get(unit.name());
      if (sheet == null) {
        if (rule.missingSheetPolicy() == MissingSheetPolicy.EXCLUDE) {
          excluded.add(unit.name() + " " + Exclusion.Reason.MISSING_SHEET);
        } else {
          rows.add(new Row(unit, Optional.empty(), 2, BigDecimal.ZERO, List.of()));
        }
        continue;
      }
      BigDecimal composite = scheme.composite().composite(sheet);
      if (sheet.isVetoed() && rule.vetoPolicy() == VetoPolicy.EXCLUDE) {
        excluded.add(unit.name() + " " + Exclusion.Reason.VETOED);
        continue;
      }
      BigDecimal key = rule.rankBasis() == RankBasis.EXACT ? composite : scheme.composite().published(composite);
      List<BigDecimal> breakers = rule.tieBreakers().stream()
          .map(c -> sheet.score(c).orElseThrow().toBigDecimal()).toList();
      rows.add(new Row(unit, Optional.of(sheet), sheet.isVetoed() ? 1 : 0, key, breakers));
    }
    Comparator<Row> tied = Comparator.<Row>comparingInt(Row::bucket).thenComparing(Row::key, Comparator.reverseOrder());
    for (int t = 0; t < rule.tieBreakers().size(); t++) {
      int index = t;
      tied = tied.thenComparing(r -> r.breakers().isEmpty() ? BigDecimal.ZERO : r.breakers().get(index),
          Comparator.reverseOrder());
    }
    Comparator<Row> byTie = tied;
    rows.sort(byTie.thenComparing(r -> r.unit().name()));
    assertThat(ranking.entries()).as(context).extracting(e -> e.unit().name())
        .containsExactlyElementsOf(rows.stream().map(r -> r.unit().name()).toList());
    for (int p = 0; p < rows.size(); p++) {
      int start = p;
      while (start > 0 && byTie.compare(rows.get(start - 1), rows.get(p)) == 0) {
        start--;
      }
      RankedEntry e = ranking.entries().get(p);
      assertThat(e.competitionRank()).as("%s position %s", context, p).isEqualTo(start + 1);
      assertThat(e.unit()).as(context).isSameAs(group.members().get(group.members().indexOf(rows.get(p).unit())));
      assertThat(e.compositeScore()).as(context).isEqualTo(rows.get(p).sheet().map(s -> scheme.composite().composite(s)));
    }
    assertThat(ranking.exclusions()).as(context).extracting(x -> x.unit().name() + " " + x.reason())
        .containsExactlyElementsOf(excluded);
  }
}
