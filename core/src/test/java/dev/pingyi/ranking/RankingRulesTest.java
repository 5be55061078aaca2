package dev.pingyi.ranking;

import static dev.pingyi.ranking.Sheets.BASE;
import static dev.pingyi.ranking.Sheets.H1;
import static dev.pingyi.ranking.Sheets.ON_SITE;
import static dev.pingyi.ranking.Sheets.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ImmutableScoreSheet;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingRulesTest {

  private static final EvaluationGroup GROUP = Sheets.group("g", 4);
  private static final List<EvaluatedUnit> U = GROUP.members();

  /** Composites 90, 85, 85, 80 at 70/30 from equal component scores. */
  private static final List<ScoreSheet> NINETY_85_85_80 = List.of(
      sheet(U.get(0), "90", "90"), sheet(U.get(1), "85", "85"), sheet(U.get(2), "85", "85"), sheet(U.get(3), "80", "80"));

  @Test
  void liaochengCompositeIsSeventyPercentBasePlusThirtyPercentOnSite() {
    ScoreSheet sheet = sheet(U.get(0), "92.5", "88");
    assertThat(ScoringScheme.LIAOCHENG_2022.composite().composite(sheet)).isEqualByComparingTo("91.15");
    Breakdown breakdown = ScoringScheme.LIAOCHENG_2022.composite().breakdown(sheet);
    assertThat(breakdown.weightedScores().get(BASE)).isEqualByComparingTo("64.75");
    assertThat(breakdown.weightedScores().get(ON_SITE)).isEqualByComparingTo("26.4");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "COMPETITION, 1 2 2 4",
    "DENSE, 1 2 2 3",
    "MODIFIED_COMPETITION, 1 3 3 4",
    "FRACTIONAL, 1 2.5 2.5 4",
    "ORDINAL, 1 2 3 4",
  })
  void tiePoliciesRankNinety85And85And80(TiePolicy policy, String ranks) {
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder().tiePolicy(policy).build());
    Ranking ranking = Rankings.rank(scheme, GROUP, NINETY_85_85_80);
    assertThat(ranking.entries()).extracting(e -> e.rank().toPlainString())
        .containsExactly(ranks.split(" "));
  }

  @Test
  void tiedCompositeScoresShareTheBestRankByDefault() {
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, NINETY_85_85_80);
    assertThat(ranking.entry(U.get(1)).orElseThrow().rank()).isEqualTo(BigDecimal.valueOf(2));
    assertThat(ranking.entry(U.get(2)).orElseThrow().rank()).isEqualTo(BigDecimal.valueOf(2));
    assertThat(ranking.entry(U.get(3)).orElseThrow().rank()).isEqualTo(BigDecimal.valueOf(4));
  }

  @Test
  void mathematicallyEqualCompositesTieExactly() {
    // 0.7 × 90 + 0.3 × 80 = 87 = 0.7 × 84 + 0.3 × 94: different scores, equal composites
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, List.of(
        sheet(U.get(0), "90", "80"), sheet(U.get(1), "84", "94"), sheet(U.get(2), "1", "1"), sheet(U.get(3), "0", "0")));
    assertThat(ranking.entries().get(0).rank()).isEqualTo(ranking.entries().get(1).rank());
    assertThat(ranking.entries().get(0).tieSize()).isEqualTo(2);
  }

  @Test
  void tieBreakersOrderTiedUnitsBeforeThePolicyApplies() {
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder().addTieBreakers(BASE).build());
    Ranking ranking = Rankings.rank(scheme, GROUP, List.of(
        sheet(U.get(0), "84", "94"), sheet(U.get(1), "90", "80"), sheet(U.get(2), "1", "1"), sheet(U.get(3), "0", "0")));
    assertThat(ranking.entries()).extracting(e -> e.unit().name() + "=" + e.rank())
        .containsExactly(U.get(1).name() + "=1", U.get(0).name() + "=2", U.get(2).name() + "=3", U.get(3).name() + "=4");
  }

  @Test
  void ordinalRanksOrderFullTiesByUnitNameNotInputOrder() {
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder().tiePolicy(TiePolicy.ORDINAL).build());
    List<ScoreSheet> reversed = List.of(NINETY_85_85_80.get(3), NINETY_85_85_80.get(2), NINETY_85_85_80.get(1), NINETY_85_85_80.get(0));
    assertThat(Rankings.rank(scheme, GROUP, reversed)).isEqualTo(Rankings.rank(scheme, GROUP, NINETY_85_85_80));
    assertThat(Rankings.rank(scheme, GROUP, reversed).entries().get(1).unit()).isEqualTo(U.get(1));
  }

  @Test
  void aVetoedUnitIsRankedLastAndFlaggedByDefault() {
    ScoreSheet vetoed = ImmutableScoreSheet.copyOf(NINETY_85_85_80.get(0)).withVetoReason("安全生产责任事故");
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP,
        List.of(vetoed, NINETY_85_85_80.get(1), NINETY_85_85_80.get(2), NINETY_85_85_80.get(3)));
    RankedEntry last = ranking.entries().get(3);
    assertThat(last.unit()).isEqualTo(U.get(0));
    assertThat(last.isVetoed()).isTrue();
    assertThat(last.rank()).isEqualTo(BigDecimal.valueOf(4));
    assertThat(last.breakdown().orElseThrow().vetoReason()).contains("安全生产责任事故");
    assertThat(ranking.entries().get(0).unit()).isEqualTo(U.get(1));
  }

  @Test
  void aVetoedUnitIsExcludedUnderTheExcludePolicy() {
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder().vetoPolicy(VetoPolicy.EXCLUDE).build());
    ScoreSheet vetoed = ImmutableScoreSheet.copyOf(NINETY_85_85_80.get(0)).withVetoReason("安全生产责任事故");
    Ranking ranking = Rankings.rank(scheme, GROUP,
        List.of(vetoed, NINETY_85_85_80.get(1), NINETY_85_85_80.get(2), NINETY_85_85_80.get(3)));
    assertThat(ranking.entries()).hasSize(3);
    assertThat(ranking.exclusions()).containsExactly(Exclusion.vetoed(U.get(0), java.util.Optional.of("安全生产责任事故")));
    assertThat(ranking.entry(U.get(0))).isEmpty();
  }

  @Test
  void aMissingSheetIsRejectedByDefaultNamingTheUnit() {
    assertThatThrownBy(() -> Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, NINETY_85_85_80.subList(0, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group g").hasMessageContaining(U.get(3).name());
  }

  @Test
  void missingSheetsRankLastTiedOrAreExcludedByPolicy() {
    ScoringScheme last = ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder().missingSheetPolicy(MissingSheetPolicy.RANK_LAST).build());
    Ranking ranked = Rankings.rank(last, GROUP, NINETY_85_85_80.subList(0, 2));
    assertThat(ranked.entries()).extracting(e -> e.status() + " " + e.rank())
        .containsExactly("SCORED 1", "SCORED 2", "MISSING_SHEET 3", "MISSING_SHEET 3");
    assertThat(ranked.entries().get(2).compositeScore()).isEmpty();

    ScoringScheme exclude = ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder().missingSheetPolicy(MissingSheetPolicy.EXCLUDE).build());
    Ranking excluded = Rankings.rank(exclude, GROUP, NINETY_85_85_80.subList(0, 2));
    assertThat(excluded.entries()).hasSize(2);
    assertThat(excluded.exclusions()).extracting(Exclusion::reason)
        .containsExactly(Exclusion.Reason.MISSING_SHEET, Exclusion.Reason.MISSING_SHEET);
  }

  @Test
  void publishedBasisTiesCompositesThatRoundAlike() {
    List<ScoreSheet> close = List.of(
        sheet(U.get(0), "91.15", "91.15"), sheet(U.get(1), "91.1495", "91.1495"), sheet(U.get(2), "1", "1"), sheet(U.get(3), "0", "0"));
    Ranking exact = Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, close);
    assertThat(exact.entries()).extracting(e -> e.rank().intValueExact()).containsExactly(1, 2, 3, 4);
    assertThat(exact.entries().get(1).publishedScore()).contains(new BigDecimal("91.15"));
    assertThat(exact.entries().get(1).compositeScore()).contains(new BigDecimal("91.1495"));

    ScoringScheme published = ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder().rankBasis(RankBasis.PUBLISHED).build());
    assertThat(Rankings.rank(published, GROUP, close).entries()).extracting(e -> e.rank().intValueExact())
        .containsExactly(1, 1, 3, 4);
    ScoringScheme halfEven = published.withComposite(
        published.composite().withPublishedScale(3).withPublishedRounding(RoundingMode.HALF_EVEN));
    assertThat(Rankings.rank(halfEven, GROUP, close).entries().get(1).publishedScore()).contains(new BigDecimal("91.150"));
  }

  @Test
  void bonusesAndDeductionsAreAddedAfterWeightingWithinTheirCaps() {
    ScoreSheet adjusted = ScoreSheet.builder().unit(U.get(0)).period(H1)
        .putScores(BASE, Score.of(90)).putScores(ON_SITE, Score.of(80))
        .addBonuses(ScoreAdjustment.of(Score.of(2), "争取国家试点"), ScoreAdjustment.of(Score.of(2), "获省级表彰"))
        .addDeductions(ScoreAdjustment.of(Score.parse("0.5"), "通报批评"))
        .build();
    assertThat(ScoringScheme.LIAOCHENG_2022.composite().composite(adjusted)).isEqualByComparingTo("90.5");
    ScoringScheme capped = ScoringScheme.LIAOCHENG_2022.withComposite(
        ScoringScheme.LIAOCHENG_2022.composite().withBonusCap(Score.of(3)).withDeductionCap(Score.parse("0.2")));
    Breakdown breakdown = capped.composite().breakdown(adjusted);
    assertThat(breakdown.bonus()).isEqualByComparingTo("3");
    assertThat(breakdown.deduction()).isEqualByComparingTo("0.2");
    assertThat(breakdown.composite()).isEqualByComparingTo("89.8");
    assertThat(breakdown.weightedScores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .add(breakdown.bonus()).subtract(breakdown.deduction())).isEqualByComparingTo(breakdown.composite());
  }

  @Test
  void percentRankAndCumulativeDistributionFollowSql() {
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, NINETY_85_85_80);
    assertThat(ranking.entries()).extracting(RankedEntry::percentRank)
        .containsExactly(Ratio.ZERO, Ratio.of(1, 3), Ratio.of(1, 3), Ratio.ONE);
    assertThat(ranking.entries()).extracting(RankedEntry::cumulativeDistribution)
        .containsExactly(Ratio.of(1, 4), Ratio.of(3, 4), Ratio.of(3, 4), Ratio.ONE);
  }

  @Test
  void tiersByScorePlacesAndShare() {
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, NINETY_85_85_80);
    assertThat(ranking.tiers(TierRule.byScore().atLeast(new BigDecimal("90"), "优秀")
            .atLeast(new BigDecimal("85"), "良好").otherwise("一般")))
        .extractingFromEntries(e -> e.getKey() + e.getValue().size())
        .containsExactly("优秀1", "良好2", "一般1");
    assertThat(ranking.tiers(TierRule.byPlaces().top(2, "前二").otherwise("其余")).get("前二")).hasSize(3);
    assertThat(ranking.tiers(TierRule.byShare().top(Ratio.of(1, 4), "优秀").otherwise("其他")).get("优秀"))
        .extracting(RankedEntry::unit).containsExactly(U.get(0));
  }

  @Test
  void rankAllRoutesEachSheetToItsGroup() {
    EvaluationGroup other = Sheets.group("h", 2);
    List<ScoreSheet> sheets = new java.util.ArrayList<>(NINETY_85_85_80);
    sheets.add(sheet(other.members().get(0), "60", "60"));
    sheets.add(sheet(other.members().get(1), "70", "70"));
    var rankings = Rankings.rankAll(ScoringScheme.LIAOCHENG_2022, List.of(GROUP, other), sheets);
    assertThat(rankings.keySet()).containsExactly("g", "h");
    assertThat(java.util.Objects.requireNonNull(rankings.get("h")).entries().get(0).unit()).isEqualTo(other.members().get(1));
    assertThat(rankings.get("g")).isEqualTo(Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, NINETY_85_85_80));
  }

  @Test
  void aPublishedOrderIsARankingWithoutScores() {
    Ranking published = Rankings.fromPublishedOrder(GROUP);
    assertThat(published.entries()).extracting(e -> e.rank().intValueExact()).containsExactly(1, 2, 3, 4);
    assertThat(published.entries()).allMatch(e -> e.compositeScore().isEmpty() && e.status() == EntryStatus.PUBLISHED_ORDER);
    Ranking scored = Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, List.of(
        sheet(U.get(0), "80", "80"), sheet(U.get(1), "90", "90"), sheet(U.get(2), "85", "85"), sheet(U.get(3), "70", "70")));
    assertThat(RankChange.between(published, scored))
        .extracting(c -> c.unitName() + " " + c.direction() + " " + c.toChinese()).containsExactly(
        U.get(1).name() + " UP 上升1位", U.get(2).name() + " UP 上升1位",
        U.get(0).name() + " DOWN 下降2位", U.get(3).name() + " UNCHANGED 持平");
  }

  @Test
  void rankChangesShowNewAndGoneUnits() {
    EvaluationGroup before = Sheets.group("g", 3);
    EvaluationGroup changed = dev.pingyi.model.ImmutableEvaluationGroup.copyOf(before)
        .withMembers(before.members().get(1), before.members().get(2), EvaluatedUnit.department("新单位"))
        .withPeriod(ReportPeriod.ofHalfYear(2022, 2));
    List<RankChange> changes = RankChange.between(Rankings.fromPublishedOrder(before), Rankings.fromPublishedOrder(changed));
    assertThat(changes).extracting(RankChange::direction).containsExactly(
        RankChange.Direction.UP, RankChange.Direction.UP, RankChange.Direction.NEW, RankChange.Direction.GONE);
  }

  @Test
  void correlationOfARankingWithItselfIsOneAndWithItsReverseMinusOne() {
    Ranking published = Rankings.fromPublishedOrder(GROUP);
    Ranking reversed = Rankings.fromPublishedOrder(GROUP,
        List.of(U.get(3).name(), U.get(2).name(), U.get(1).name(), U.get(0).name()));
    assertThat(RankCorrelation.spearman(published, published).orElseThrow()).isEqualByComparingTo("1");
    assertThat(RankCorrelation.kendallTauB(published, published).orElseThrow()).isEqualByComparingTo("1");
    assertThat(RankCorrelation.spearman(published, reversed).orElseThrow()).isEqualByComparingTo("-1");
    assertThat(RankCorrelation.kendallTauB(published, reversed).orElseThrow()).isEqualByComparingTo("-1");
  }

  @Test
  void correlationWithTiesMatchesTheTextbookValues() {
    // x = 1 2 2 4 (competition), y = 1 2 3 4: Spearman on average ranks 1 2.5 2.5 4 vs 1 2 3 4
    // = 4.5 / √(4.5 × 5) = 0.9486832980505137995996680633298155601160...
    // tau-b = (5 − 0) / √((6 − 1)(6 − 0)) = 5/√30 = 0.91287092917527685576161630466800...
    Ranking ties = Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, NINETY_85_85_80);
    Ranking order = Rankings.fromPublishedOrder(GROUP);
    assertThat(RankCorrelation.spearman(ties, order).orElseThrow())
        .isEqualByComparingTo("0.9486832980505137995996680633298156");
    assertThat(RankCorrelation.kendallTauB(ties, order).orElseThrow())
        .isEqualByComparingTo("0.9128709291752768557616163046680036");
  }

  @Test
  void swapWeightIsWhereTwoCompositesMeet() {
    // A: base 90, on-site 80; B: base 84, on-site 94. 90w + 80(1−w) = 84w + 94(1−w) at w = 14/20 = 7/10
    List<ScoreSheet> two = List.of(sheet(U.get(0), "90", "80"), sheet(U.get(1), "84", "94"), sheet(U.get(2), "50", "50"), sheet(U.get(3), "40", "40"));
    Ranking ranking = Rankings.rank(eightyTwenty(), GROUP, two);
    SwapWeight ab = WeightSensitivity.swapWeights(ranking).get(0);
    assertThat(ab.above()).isEqualTo(U.get(0));
    assertThat(ab.weight()).contains(Ratio.of(7, 10));
    assertThat(WeightSensitivity.stableInterval(ranking)).isEqualTo(WeightInterval.of(Ratio.of(7, 10), Ratio.ONE));
    assertThat(WeightSensitivity.mostFragileAdjacentPair(ranking)).contains(ab);
  }

  @Test
  void percentAnyFindsTheSmallestRelativeWeightChangeThatTiesTwoUnits() {
    List<ScoreSheet> two = List.of(sheet(U.get(0), "90", "80"), sheet(U.get(1), "84", "94"), sheet(U.get(2), "50", "50"), sheet(U.get(3), "40", "40"));
    ScoringScheme scheme = eightyTwenty();
    Ranking ranking = Rankings.rank(scheme, GROUP, two);
    // P_A = 88, P_B = 86: the base weight falls by δ = 2 ÷ (84 − 90) = −1/3 (−5/12 of 0.8), or the
    // on-site weight rises by 2 ÷ (94 − 80) = 1/7 (5/7 of 0.2)
    CriticalWeightChange any = WeightSensitivity.percentAny(ranking).orElseThrow();
    assertThat(any.component()).isEqualTo(BASE);
    assertThat(any.change()).isEqualTo(Ratio.of(-1, 3));
    assertThat(any.relativeChange()).isEqualTo(Ratio.of(-5, 12));
    assertThat(WeightSensitivity.percentTop(ranking)).contains(any);
  }

  private static ScoringScheme eightyTwenty() {
    return ScoringScheme.LIAOCHENG_2022.withComposite(
        CompositeRule.builder().weight(BASE, "0.8").weight(ON_SITE, "0.2").build());
  }

  @Test
  void badSchemesAreRejectedWithTheirNumbers() {
    assertThatThrownBy(() -> CompositeRule.builder().weight(BASE, "0.7").weight(ON_SITE, "0.29").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights sum to 0.99, not exactly 1");
    assertThatThrownBy(() -> CompositeRule.builder().weight(BASE, "1.0000001").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.0000001");
    assertThatThrownBy(() -> CompositeRule.builder().weight(BASE, "0.3333333").weight(ON_SITE, "0.6666667").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 6 decimals");
    assertThatThrownBy(() -> CompositeRule.builder().weight(BASE, "七成").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight of 基础评议分='七成'");
    assertThatThrownBy(() -> ScoringScheme.of("s", CompositeRule.builder().weight(BASE, "1").build(),
            RankingRule.builder().addTieBreakers(ON_SITE).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tie-breaker 现场评议分");
    assertThatThrownBy(() -> CompositeRule.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights is empty");
    assertThatThrownBy(() -> CompositeRule.builder().weight(BASE, "1").publishedRounding(RoundingMode.UNNECESSARY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("publishedRounding=UNNECESSARY");
    assertThatThrownBy(() -> ScoringScheme.LIAOCHENG_2022.withName("\u200b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ScoringScheme name");
  }

  @Test
  void aSchemeCopiedUnderANewNameKeepsItsRulesAndIsAnotherValue() {
    ScoringScheme next = ScoringScheme.LIAOCHENG_2022.withName("聊城市2023年上半年政府系统综合评议");
    assertThat(next.composite()).isEqualTo(ScoringScheme.LIAOCHENG_2022.composite());
    assertThat(next.ranking()).isEqualTo(ScoringScheme.LIAOCHENG_2022.ranking());
    assertThat(next).isNotEqualTo(ScoringScheme.LIAOCHENG_2022);
    assertThat(CompositeRule.builder().weight(BASE, "0.70").weight(ON_SITE, "0.300").build())
        .isEqualTo(ScoringScheme.LIAOCHENG_2022.composite());
  }

  @Test
  void badSheetsAndGroupsAreRejectedNamingTheUnits() {
    ScoreComponent keyTasks = ScoreComponent.of("攻坚任务", Score.ZERO, Score.of(100));
    ScoreSheet unknown = ScoreSheet.builder().unit(U.get(0)).period(H1)
        .putScores(BASE, Score.of(90)).putScores(keyTasks, Score.of(90)).build();
    assertThatThrownBy(() -> ScoringScheme.LIAOCHENG_2022.composite().composite(unknown))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(U.get(0).name()).hasMessageContaining("攻坚任务 is not one of the scheme's components");
    ScoreSheet lacking = ScoreSheet.builder().unit(U.get(0)).period(H1).putScores(BASE, Score.of(90)).build();
    assertThatThrownBy(() -> ScoringScheme.LIAOCHENG_2022.composite().composite(lacking))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("现场评议分 of the scheme is missing");
    ScoreSheet stranger = sheet(EvaluatedUnit.department("市外办"), "90", "90");
    assertThatThrownBy(() -> Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, List.of(stranger)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("市外办, which is not a member");
    assertThatThrownBy(() -> Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, List.of(NINETY_85_85_80.get(0), NINETY_85_85_80.get(0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two sheets for unit " + U.get(0).name());
    ScoreSheet h2 = ImmutableScoreSheet.copyOf(NINETY_85_85_80.get(0)).withPeriod(ReportPeriod.ofHalfYear(2022, 2));
    assertThatThrownBy(() -> Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, List.of(h2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is for period 2022H2");
    EvaluationGroup empty = EvaluationGroup.builder().id("empty").name("空").category("c").period(H1).build();
    assertThatThrownBy(() -> Rankings.rank(ScoringScheme.LIAOCHENG_2022, empty, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group empty has no members");
    assertThatThrownBy(() -> Rankings.rankAll(ScoringScheme.LIAOCHENG_2022, List.of(GROUP, GROUP), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two groups have id g");
    assertThatThrownBy(() -> Rankings.fromPublishedOrder(GROUP, List.of(U.get(0).name())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not name members [" + U.get(1).name());
    assertThatThrownBy(() -> Rankings.fromPublishedOrder(GROUP, List.of(U.get(0).name(), U.get(0).name())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("place 2 names " + U.get(0).name() + ", already named at place 1");
    assertThatThrownBy(() -> Rankings.fromPublishedOrder(GROUP, List.of("市外办")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("place 1 names 市外办, which is not a member");
  }
}
