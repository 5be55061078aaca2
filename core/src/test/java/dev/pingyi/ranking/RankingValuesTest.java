package dev.pingyi.ranking;

import static dev.pingyi.ranking.Sheets.BASE;
import static dev.pingyi.ranking.Sheets.H1;
import static dev.pingyi.ranking.Sheets.ON_SITE;
import static dev.pingyi.ranking.Sheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rankings and their entries are values: equal exactly when everything they report is equal. Each
 * pair below differs in one reported thing, and must not be equal; ranks print as written.
 */
class RankingValuesTest {

  private static final EvaluationGroup GROUP = Sheets.group("g", 4);
  private static final List<EvaluatedUnit> U = GROUP.members();
  private static final List<ScoreSheet> SHEETS = List.of(
      sheet(U.get(0), "90.333", "90"), sheet(U.get(1), "85", "85"), sheet(U.get(2), "85", "85"), sheet(U.get(3), "80", "80"));
  private static final ScoringScheme SCHEME = ScoringScheme.LIAOCHENG_2022;
  private static final Ranking BASELINE = Rankings.rank(SCHEME, GROUP, SHEETS);

  static Stream<Arguments> rankingsThatDifferInOneReportedThing() {
    List<ScoreSheet> oneScoreChanged = new ArrayList<>(SHEETS);
    oneScoreChanged.set(3, sheet(U.get(3), "80", "80.5"));
    List<ScoreSheet> bonusAdded = new ArrayList<>(SHEETS);
    bonusAdded.set(0, SHEETS.get(0).withBonuses(ScoreAdjustment.of(Score.parse("0.0001"), "争先创优")));
    return Stream.of(
        Arguments.of("published scale", Rankings.rank(
            SCHEME.withComposite(SCHEME.composite().withPublishedScale(0)), GROUP, SHEETS)),
        Arguments.of("published rounding", Rankings.rank(
            SCHEME.withComposite(SCHEME.composite().withPublishedRounding(RoundingMode.DOWN)), GROUP, SHEETS)),
        Arguments.of("tie policy", Rankings.rank(
            SCHEME.withRanking(SCHEME.ranking().withTiePolicy(TiePolicy.DENSE)), GROUP, SHEETS)),
        Arguments.of("scheme name", Rankings.rank(SCHEME.withName("另一方案"), GROUP, SHEETS)),
        Arguments.of("a composite", Rankings.rank(SCHEME, GROUP, oneScoreChanged)),
        Arguments.of("a bonus item", Rankings.rank(SCHEME, GROUP, bonusAdded)),
        Arguments.of("scores versus a published order", Rankings.fromPublishedOrder(
            GROUP, List.of(U.get(0).name(), U.get(1).name(), U.get(2).name(), U.get(3).name()))),
        Arguments.of("the group's name", Rankings.rank(SCHEME, GROUP.withName("另一组"), SHEETS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rankingsThatDifferInOneReportedThing")
  void rankingsThatReportSomethingDifferentAreNotEqual(String difference, Ranking other) {
    assertThat(other).as(difference).isNotEqualTo(BASELINE);
    assertThat(BASELINE).isEqualTo(Rankings.rank(SCHEME, GROUP, com.google.common.collect.Lists.reverse(SHEETS)));
    assertThat(Rankings.rank(SCHEME, GROUP, SHEETS).hashCode()).isEqualTo(BASELINE.hashCode());
  }

  @Test
  void rankingsThatPublishDifferentScoresAreNotEqualAndTheirEntriesDifferToo() {
    Ranking wholePoints = Rankings.rank(SCHEME.withComposite(SCHEME.composite().withPublishedScale(0)), GROUP, SHEETS);

    assertThat(BASELINE.entries().get(0).publishedScore()).contains(new BigDecimal("90.23"));
    assertThat(wholePoints.entries().get(0).publishedScore()).contains(new BigDecimal("90"));
    assertThat(wholePoints).isNotEqualTo(BASELINE);
    assertThat(wholePoints.entries().get(0)).isNotEqualTo(BASELINE.entries().get(0));
    assertThat(BASELINE.entries().get(0)).isEqualTo(Rankings.rank(SCHEME, GROUP, SHEETS).entries().get(0));
  }

  @Test
  void entriesThatDifferInOneReportedThingAreNotEqual() {
    Ranking dense = Rankings.rank(SCHEME.withRanking(SCHEME.ranking().withTiePolicy(TiePolicy.DENSE)), GROUP, SHEETS);
    List<ScoreSheet> fiveUnits = new ArrayList<>(SHEETS);
    EvaluationGroup bigger = GROUP.withMembers(ImmutableList.<EvaluatedUnit>builder()
        .addAll(U).add(EvaluatedUnit.department("g-单位004")).build());
    fiveUnits.add(sheet(bigger.members().get(4), "10", "10"));
    Ranking larger = Rankings.rank(SCHEME, bigger, fiveUnits);

    RankedEntry first = BASELINE.entries().get(0);
    assertThat(dense.entries().get(0)).as("another tie policy").isNotEqualTo(first);
    assertThat(larger.entries().get(0)).as("more units ranked (percent rank differs)").isNotEqualTo(first);
    assertThat(BASELINE.entries().get(1)).as("another place").isNotEqualTo(BASELINE.entries().get(2));
  }

  @Test
  void fractionalRanksPrintAsWrittenAndEqualTheNumberAsWritten() {
    EvaluationGroup twelve = Sheets.group("f", 12);
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // units 9 and 10 (0-based) tie for places 10 and 11; unit 8 is 9th alone
      String score = i == 9 || i == 10 ? "60" : i == 11 ? "10" : Integer.toString(100 - i);
      sheets.add(sheet(twelve.members().get(i), score, score));
    }
    Ranking fractional = Rankings.rank(
        SCHEME.withRanking(SCHEME.ranking().withTiePolicy(TiePolicy.FRACTIONAL)), twelve, sheets);

    assertThat(fractional.entries().get(8).rank()).hasToString("9").isEqualTo(new BigDecimal("9"));
    assertThat(fractional.entries().get(9).rank()).hasToString("10.5").isEqualTo(new BigDecimal("10.5"));
    assertThat(fractional.entries().get(11).rank()).hasToString("12").isEqualTo(new BigDecimal("12"));
    assertThat(fractional.entries().get(9).rank(TiePolicy.COMPETITION)).hasToString("10").isEqualTo(new BigDecimal("10"));
    assertThat(fractional.entries().get(10).rank(TiePolicy.MODIFIED_COMPETITION)).hasToString("11");
  }

  @Test
  void theCompositeIsSeventyPercentBasePlusThirtyPercentOnSiteOnRandomSheets() {
    long seed = 20220727L;
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      EvaluationGroup group = Sheets.group("r" + round, 1 + random.nextInt(30));
      List<ScoreSheet> sheets = Sheets.randomSheets(random, group, true);
      Ranking ranking = Rankings.rank(SCHEME, group, sheets);
      for (RankedEntry entry : ranking.entries()) {
        ScoreSheet s = entry.sheet().orElseThrow();
        BigDecimal expected = new BigDecimal("0.7").multiply(s.score(BASE).orElseThrow().toBigDecimal())
            .add(new BigDecimal("0.3").multiply(s.score(ON_SITE).orElseThrow().toBigDecimal()))
            .add(sum(s.bonuses())).subtract(sum(s.deductions()));
        assertThat(entry.compositeScore()).as("seed %s round %s %s", seed, round, entry).hasValueSatisfying(
            c -> assertThat(c).isEqualByComparingTo(expected));
        assertThat(entry.publishedScore()).as("seed %s", seed).contains(expected.setScale(2, RoundingMode.HALF_UP));
        assertThat(entry.breakdown().orElseThrow().composite()).isEqualByComparingTo(expected);
      }
    }
  }

  @Test
  void criticalChangesStayExactWithHugeBonusesAndDeductions() {
    ScoreSheet rich = sheet(U.get(0), "90", "90").withBonuses(Stream.generate(
        () -> ScoreAdjustment.of(Score.of(Score.MAX_POINTS), "重大贡献")).limit(500).toList());
    ScoreSheet poor = sheet(U.get(1), "95", "95").withDeductions(Stream.generate(
        () -> ScoreAdjustment.of(Score.of(Score.MAX_POINTS), "重大失误")).limit(500).toList());
    List<ScoreSheet> sheets = List.of(rich, poor, sheet(U.get(2), "85", "85"), sheet(U.get(3), "1", "100"));
    Ranking ranking = Rankings.rank(SCHEME, GROUP, sheets);

    // the gap between the first and the last is 10^9 points: beyond a long at scale 10
    List<CriticalWeightChange> changes = WeightSensitivity.criticalChanges(ranking);
    CriticalWeightChange richOverPoor = changes.stream()
        .filter(c -> c.above().equals(U.get(0)) && c.below().equals(U.get(1)) && c.component().equals(BASE))
        .findFirst().orElseThrow();
    BigDecimal gap = ranking.entries().get(0).compositeScore().orElseThrow()
        .subtract(ranking.entries().get(3).compositeScore().orElseThrow());
    assertThat(gap).isGreaterThan(BigDecimal.valueOf(Long.MAX_VALUE, CompositeRule.COMPOSITE_SCALE));
    // δ = gap ÷ (score below − score above) = gap ÷ (95 − 90), exactly
    assertThat(richOverPoor.change()).isEqualTo(
        dev.pingyi.model.Ratio.of(gap).dividedBy(dev.pingyi.model.Ratio.of(5, 1)));
    assertThat(richOverPoor.relativeChange())
        .isEqualTo(richOverPoor.change().dividedBy(dev.pingyi.model.Ratio.of(7, 10)));
  }

  @Test
  void aCompositeBeyondTheExactRangeIsRejectedNamingTheSheet() {
    ScoreSheet absurd = sheet(U.get(0), "90", "90").withBonuses(Stream.generate(
        () -> ScoreAdjustment.of(Score.of(Score.MAX_POINTS), "重大贡献")).limit(1000).toList());

    assertThatThrownBy(() -> SCHEME.composite().composite(absurd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(U.get(0).name())
        .hasMessageContaining("composite exceeds");
  }

  @Test
  void rankChangesReadAsNoticesPrintThem() {
    EvaluationGroup before = Sheets.group("c", 3);
    EvaluationGroup after = before.withMembers(before.members().get(2), before.members().get(0),
        EvaluatedUnit.department("新单位"));
    List<RankChange> changes = RankChange.between(Rankings.fromPublishedOrder(before), Rankings.fromPublishedOrder(after));

    assertThat(changes).extracting(RankChange::toChinese).containsExactly("上升2位", "下降1位", "新进", "退出");
    assertThat(changes.get(3).unitName()).isEqualTo(before.members().get(1).name());
  }

  @Test
  void tiersAreTypedAndTellAnEntrysTier() {
    Ranking ranking = BASELINE;
    PlaceTiers top = TierRule.byPlaces().top(1, "第一").top(3, "前三").otherwise("其他");
    ScoreTiers byScore = TierRule.byScore().atLeast(new BigDecimal("90"), "优秀").otherwise("良好");

    assertThat(ranking.entries()).extracting(top::tierOf).containsExactly("第一", "前三", "前三", "其他");
    assertThat(ranking.entries()).extracting(byScore::tierOf).containsExactly("优秀", "良好", "良好", "良好");
    assertThat(top).isEqualTo(TierRule.byPlaces().top(1, "第一").top(3, "前三").otherwise("其他"));
    assertThat(top.places()).containsExactly(1, 3);
    assertThatThrownBy(() -> TierRule.byShare().top(dev.pingyi.model.Ratio.of(1, 2), "优秀").otherwise("优秀"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 优秀 is used twice");
    assertThatThrownBy(() -> byScore.tierOf(Rankings.fromPublishedOrder(GROUP).entries().get(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no score");
  }

  @Test
  void rankingGroupsInParallelGivesTheSameRankingsAsOneThread() {
    long seed = 77L;
    Random random = new Random(seed);
    List<EvaluationGroup> groups = new ArrayList<>();
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int g = 0; g < 60; g++) {
      EvaluationGroup group = Sheets.group("p" + g, 1 + random.nextInt(40));
      groups.add(group);
      sheets.addAll(Sheets.randomSheets(random, group, true));
    }
    java.util.Collections.shuffle(sheets, random);

    assertThat(Rankings.rankAllParallel(SCHEME, groups, sheets)).as("seed %s", seed)
        .isEqualTo(Rankings.rankAll(SCHEME, groups, sheets))
        .containsKeys("p0", "p59");
    assertThatThrownBy(() -> Rankings.rankAllParallel(SCHEME, groups, sheets.subList(1, sheets.size())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no sheet for members");
  }

  private static BigDecimal sum(List<ScoreAdjustment> items) {
    return items.stream().map(a -> a.points().toBigDecimal()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
