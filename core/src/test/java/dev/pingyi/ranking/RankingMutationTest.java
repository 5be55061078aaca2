package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Rules of the ranking package that only its own factories can break, and the parts of its values
 * that reports print (text forms, tie flags, hash codes): each asserted once, so that mutation
 * testing finds a test for it.
 */
class RankingMutationTest {

  private static final EvaluationGroup FOUR = Sheets.group("four", 4);
  private static final List<EvaluatedUnit> U = FOUR.members();

  private static Ranking ranking(ScoringScheme scheme, List<ScoreSheet> sheets) {
    return Rankings.rank(scheme, FOUR, sheets);
  }

  @Test
  void invariantsOfTheAnalysesResultsAreChecked() {
    assertThatIllegalArgumentException().isThrownBy(() -> SwapWeight.of(U.get(0), U.get(1), Optional.of(Ratio.ONE)))
        .withMessage("SwapWeight weight=1 is outside (0, 1)");
    assertThatIllegalArgumentException().isThrownBy(() -> SwapWeight.of(U.get(0), U.get(1), Optional.of(Ratio.ZERO)));
    assertThat(SwapWeight.of(U.get(0), U.get(1), Optional.of(Ratio.of(1, 2))).weight()).contains(Ratio.of(1, 2));
    assertThatIllegalArgumentException().isThrownBy(() -> WeightInterval.of(Ratio.of(1, 2), Ratio.of(1, 3)))
        .withMessageContaining("lower=1/2, upper=1/3 is not within 0 ≤ lower ≤ upper ≤ 1");
    assertThatIllegalArgumentException().isThrownBy(() -> WeightInterval.of(Ratio.of(-1, 2), Ratio.ONE));
    assertThatIllegalArgumentException().isThrownBy(() -> WeightInterval.of(Ratio.ZERO, Ratio.of(3, 2)));
    assertThat(WeightInterval.of(Ratio.ZERO, Ratio.ONE)).hasToString("(0, 1)");
    assertThat(WeightInterval.of(Ratio.of(1, 3), Ratio.of(1, 3)).lower()).isEqualTo(Ratio.of(1, 3));
    assertThatIllegalArgumentException().isThrownBy(
        () -> ImmutableExclusion.builder().unit(U.get(0)).reason(Exclusion.Reason.MISSING_SHEET).vetoReason("否决").build())
        .withMessageContaining("vetoReason=否决 does not fit reason=MISSING_SHEET");
    assertThatIllegalArgumentException().isThrownBy(() -> ImmutableRankChange.builder().unitName("甲").build())
        .withMessage("RankChange of 甲 has neither a previous nor a current rank");
  }

  @Test
  void aBreakdownAddsUpAndHasNoNegativePart() {
    Breakdown.Builder ok = Breakdown.builder().bonus(BigDecimal.ONE).deduction(BigDecimal.ZERO).composite(BigDecimal.ONE);
    assertThat(ok.build().composite()).isEqualTo(BigDecimal.ONE);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Breakdown.builder().bonus(BigDecimal.ONE).deduction(BigDecimal.ZERO).composite(BigDecimal.TEN).build())
        .withMessageContaining("composite=10 differs from Σ weighted scores + bonus − deduction=1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Breakdown.builder().bonus(BigDecimal.ONE.negate()).deduction(BigDecimal.ZERO).composite(BigDecimal.ONE.negate()).build())
        .withMessageContaining("bonus=-1 must not be negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Breakdown.builder().bonus(BigDecimal.ZERO).deduction(BigDecimal.ONE.negate()).composite(BigDecimal.ONE).build())
        .withMessageContaining("deduction=-1 must not be negative");
  }

  @Test
  void entriesSayWhetherTheyAreTiedOrVetoedAndPrintRankNameCompositeAndStatus() {
    Ranking r = ranking(ScoringScheme.LIAOCHENG_2022, List.of(
        Sheets.sheet(U.get(0), "90", "90"), Sheets.sheet(U.get(1), "90", "90"),
        Sheets.sheet(U.get(2), "80", "80"),
        Sheets.sheet(U.get(3), "99", "99").withVetoReason("安全生产一票否决")));
    List<RankedEntry> e = r.entries();
    assertThat(e).extracting(RankedEntry::isTied).containsExactly(true, true, false, false);
    assertThat(e).extracting(RankedEntry::isVetoed).containsExactly(false, false, false, true);
    assertThat(e.get(0)).hasToString("1 four-单位000 90");
    assertThat(e.get(3)).hasToString("4 four-单位003 99 VETOED");
    assertThat(r.toString()).isEqualTo(
        "four 2022H1\n1 four-单位000 90\n1 four-单位001 90\n3 four-单位002 80\n4 four-单位003 99 VETOED");
    assertThat(Rankings.fromPublishedOrder(FOUR).entries().get(1)).hasToString("2 four-单位001");
    Ranking excluding = ranking(ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder()
        .missingSheetPolicy(MissingSheetPolicy.EXCLUDE).build()), List.of(Sheets.sheet(U.get(0), "90", "90"),
        Sheets.sheet(U.get(1), "90", "90"), Sheets.sheet(U.get(2), "80", "80")));
    assertThat(excluding.toString()).endsWith("\nexcluded: four-单位003 MISSING_SHEET");
  }

  @Test
  void entriesAndRankingsOfDifferentPlacesHashDifferently() {
    Ranking r = ranking(ScoringScheme.LIAOCHENG_2022, List.of(
        Sheets.sheet(U.get(0), "90", "90"), Sheets.sheet(U.get(1), "85", "90"),
        Sheets.sheet(U.get(2), "80", "80"), Sheets.sheet(U.get(3), "70", "99")));
    Set<Integer> entryHashes = r.entries().stream().map(RankedEntry::hashCode).collect(Collectors.toSet());
    assertThat(entryHashes).hasSize(4);
    assertThat(Set.of(r.hashCode(), Rankings.fromPublishedOrder(FOUR).hashCode())).hasSize(2);
  }

  @Test
  void anEntryLooksUpTheUnitItselfNotOnlyItsName() {
    Ranking r = Rankings.fromPublishedOrder(FOUR);
    assertThat(r.entry(U.get(1))).map(RankedEntry::position).contains(2);
    assertThat(r.entry(EvaluatedUnit.institution(U.get(1).name()))).isEmpty();
  }

  @Test
  void tieBreakersReadTheScoreOfAnEqualComponentThatIsNotTheSameInstance() {
    ScoreComponent base = ScoreComponent.of("基础评议分", Score.ZERO, Score.of(100));
    ScoreComponent onSite = ScoreComponent.of("现场评议分", Score.ZERO, Score.of(100));
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder().addTieBreakers(onSite).build());
    // composites 85.5 for both; the on-site score, given through a copy of the component, breaks the tie
    ScoreSheet a = sheet(U.get(0), base, "87", onSite, "82");
    ScoreSheet b = sheet(U.get(1), base, "84", onSite, "89");
    Ranking r = Rankings.rank(scheme, Sheets.group("two", 0).withMembers(U.get(0), U.get(1)), List.of(a, b));
    assertThat(r.entries()).extracting(e -> e.unit().name()).containsExactly(U.get(1).name(), U.get(0).name());
    assertThat(r.entries()).extracting(RankedEntry::competitionRank).containsExactly(1, 2);
    assertThat(CompositeRule.scaledScore(a, onSite)).isEqualTo(820_000L);
    assertThat(CompositeRule.scaledScore(a, ScoreComponent.of("其他", Score.ZERO, Score.of(100)))).isZero();
    // a sheet listing the components in the other order matches the rule by equality
    ScoreSheet reversed = sheet(U.get(0), onSite, "82", base, "87");
    assertThat(scheme.composite().composite(reversed)).isEqualByComparingTo("85.5");
  }

  @Test
  void unitsTiedOnKeyAreOrderedByBreakersHigherFirstThenByName() {
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withRanking(
        RankingRule.builder().addTieBreakers(Sheets.BASE).build());
    // every composite is 85; base scores 85, 88, 82, 85
    Ranking r = ranking(scheme, List.of(
        Sheets.sheet(U.get(3), "85", "85"), Sheets.sheet(U.get(1), "88", "78"),
        Sheets.sheet(U.get(2), "82", "92"), Sheets.sheet(U.get(0), "85", "85")));
    assertThat(r.entries()).extracting(e -> e.unit().name())
        .containsExactly(U.get(1).name(), U.get(0).name(), U.get(3).name(), U.get(2).name());
    assertThat(r.entries()).extracting(RankedEntry::competitionRank).containsExactly(1, 2, 2, 4);
  }

  @Test
  void unitsTiedOnEverythingAreListedByNameWhateverTheGroupsOrder() {
    EvaluationGroup group = RandomRankings.group("names", List.of("单位B", "单位C", "单位A"));
    var u = group.members();
    Ranking r = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, List.of(
        Sheets.sheet(u.get(0), "90", "90"), Sheets.sheet(u.get(1), "90", "90"), Sheets.sheet(u.get(2), "90", "90")));
    assertThat(r.entries()).extracting(e -> e.unit().name()).containsExactly("单位A", "单位B", "单位C");
    assertThat(r.entries()).extracting(e -> e.rank(TiePolicy.ORDINAL)).containsExactly(
        BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3));
  }

  @Test
  void tiersPutUnitsBelowEveryThresholdVetoedOrWithoutASheetInTheLastTier() {
    Ranking r = ranking(ScoringScheme.LIAOCHENG_2022.withRanking(
        RankingRule.builder().missingSheetPolicy(MissingSheetPolicy.RANK_LAST).build()), List.of(
        Sheets.sheet(U.get(0), "95", "95"), Sheets.sheet(U.get(1), "70", "70"),
        Sheets.sheet(U.get(2), "99", "99").withVetoReason("一票否决")));
    TierRule rule = TierRule.byScore().atLeast(BigDecimal.valueOf(90), "优秀").atLeast(BigDecimal.valueOf(80), "良好")
        .otherwise("一般");
    assertThat(r.entries()).extracting(rule::tierOf).containsExactly("优秀", "一般", "一般", "一般");
    assertThat(TierRule.byShare().top(Ratio.ONE, "全部").otherwise("其他").tierOf(r.entries().get(1))).isEqualTo("全部");
  }

  @Test
  void hugeCompositesAreSortedWithoutOverflow() {
    // bonuses of a million points each give composites far beyond what packs into a long key: a
    // range of keys whose triple wraps past 2^64 to a small number
    ScoreAdjustment million = ScoreAdjustment.of(Score.of(1_000_000), "重大贡献");
    ScoreSheet low = Sheets.sheet(U.get(0), "0", "0").withDeductions(java.util.Collections.nCopies(308, million));
    ScoreSheet high = Sheets.sheet(U.get(1), "100", "100").withBonuses(java.util.Collections.nCopies(308, million));
    ScoreSheet mid = Sheets.sheet(U.get(2), "50", "50");
    ScoreSheet vetoed = Sheets.sheet(U.get(3), "60", "60").withBonuses(java.util.Collections.nCopies(308, million))
        .withVetoReason("一票否决");
    Ranking r = ranking(ScoringScheme.LIAOCHENG_2022, List.of(low, high, mid, vetoed));
    assertThat(r.entries()).extracting(e -> e.unit().name())
        .containsExactly(U.get(1).name(), U.get(2).name(), U.get(0).name(), U.get(3).name());
  }

  @Test
  void publishedPlacesCheckEveryPlaceAndName() {
    assertThat(Rankings.fromPublishedPlaces(FOUR, List.of(List.of(U.get(2).name(), U.get(0).name()),
        List.of(U.get(1).name()), List.of(U.get(3).name()))).entries())
        .extracting(RankedEntry::competitionRank).containsExactly(1, 1, 3, 4);
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.fromPublishedPlaces(FOUR,
        List.of(List.of(U.get(0).name()), List.of(), List.of(U.get(1).name()))))
        .withMessage("Ranking group four: published place 2 names no unit");
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.fromPublishedPlaces(FOUR,
        List.of(List.of(U.get(0).name(), U.get(1).name(), U.get(2).name(), U.get(3).name(), U.get(0).name()))))
        .withMessageContaining("already named at place 1");
  }

  @Test
  void aPublishedListMayHaveExactlyItsMostCharactersAndBreakANameAfterASpace() {
    EvaluationGroup social = RandomRankings.group("social", List.of("市公安局", "市应急局", "市城管局"));
    String list = "第一名:市公安局;第二名:市应急局;第三名:市城 \n管局。";
    Ranking parsed = PublishedRanking.parse(social, list + " ".repeat(PublishedRanking.MAX_TEXT_LENGTH - list.length()));
    assertThat(parsed).isEqualTo(Rankings.fromPublishedOrder(social));
    assertThat(PublishedRanking.format(Rankings.fromPublishedOrder(
        RandomRankings.group("brackets", List.of("市场（监管,局）"))))).isEqualTo("第一名:市场（监管,局）。");
  }

  @Test
  void compositesOfNegativeScoresZeroScoresAndTheLimitsOfARule() {
    ScoreComponent adjustment = ScoreComponent.of("调整分", Score.of(-100), Score.of(100));
    CompositeRule halves = CompositeRule.builder().weight(Sheets.BASE, "0.5").weight(adjustment, "0.5").build();
    // the sheet lists the negative score first: the sum passes through a negative partial sum
    assertThat(halves.composite(sheet(U.get(0), adjustment, "-80", Sheets.BASE, "10"))).isEqualByComparingTo("-35");
    assertThat(ScoringScheme.LIAOCHENG_2022.composite().composite(Sheets.sheet(U.get(0), "0", "100")))
        .isEqualByComparingTo("30");
    CompositeRule capped = ScoringScheme.LIAOCHENG_2022.composite().withBonusCap(Score.ZERO).withDeductionCap(Score.ZERO);
    ScoreSheet adjusted = Sheets.sheet(U.get(0), "90", "90")
        .withBonuses(ScoreAdjustment.of(Score.of(5), "争先创优")).withDeductions(ScoreAdjustment.of(Score.of(3), "通报批评"));
    assertThat(capped.composite(adjusted)).isEqualByComparingTo("90");
    assertThat(capped.withPublishedScale(0).published(new BigDecimal("90.5"))).isEqualByComparingTo("91");
    assertThat(capped.withPublishedScale(10).published(new BigDecimal("90.12345678901"))).isEqualByComparingTo("90.1234567890");
  }

  @Test
  void unitsAreSortedByBucketThenKeyWhateverTheRangeOfTheKeys() {
    // negative composites widen the range: a vetoed unit with the highest composite still comes after them
    Ranking r = ranking(ScoringScheme.LIAOCHENG_2022, List.of(
        Sheets.sheet(U.get(0), "90", "90"),
        Sheets.sheet(U.get(1), "0", "0").withDeductions(ScoreAdjustment.of(Score.of(50), "通报批评")),
        Sheets.sheet(U.get(2), "95", "95").withVetoReason("一票否决"),
        Sheets.sheet(U.get(3), "80", "80")));
    assertThat(r.entries()).extracting(e -> e.unit().name())
        .containsExactly(U.get(0).name(), U.get(3).name(), U.get(1).name(), U.get(2).name());

    // sixteen units whose composites span just under 2^58 at scale 10, with vetoed and missing units
    EvaluationGroup sixteen = Sheets.group("sixteen", 16);
    List<EvaluatedUnit> units = sixteen.members();
    ScoringScheme rankingMissing = ScoringScheme.LIAOCHENG_2022.withRanking(
        RankingRule.builder().missingSheetPolicy(MissingSheetPolicy.RANK_LAST).build());
    List<ScoreSheet> sheets = new java.util.ArrayList<>();
    sheets.add(Sheets.sheet(units.get(0), "100", "100")
        .withBonuses(java.util.Collections.nCopies(28, ScoreAdjustment.of(Score.of(1_000_000), "重大贡献"))));
    sheets.add(Sheets.sheet(units.get(1), "0", "0").withVetoReason("一票否决"));
    for (int i = 2; i < 14; i++) {
      sheets.add(Sheets.sheet(units.get(i), String.valueOf(60 + i), String.valueOf(60 + i)));
    }
    Ranking large = Rankings.rank(rankingMissing, sixteen, sheets);
    List<String> expected = new java.util.ArrayList<>();
    expected.add(units.get(0).name());
    for (int i = 13; i >= 2; i--) {
      expected.add(units.get(i).name());
    }
    expected.add(units.get(1).name());
    expected.add(units.get(14).name());
    expected.add(units.get(15).name());
    assertThat(large.entries()).extracting(e -> e.unit().name()).containsExactlyElementsOf(expected);
  }

  private static ScoreSheet sheet(EvaluatedUnit unit, ScoreComponent c1, String s1, ScoreComponent c2, String s2) {
    return ScoreSheet.builder().unit(unit).period(Sheets.H1)
        .putScores(c1, Score.parse(s1)).putScores(c2, Score.parse(s2)).build();
  }
}
