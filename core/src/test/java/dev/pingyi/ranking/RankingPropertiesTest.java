package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ImmutableScoreSheet;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rules that hold for every group, checked on seeded random groups with many ties. */
class RankingPropertiesTest {

  private static final long SEED = 727L;
  private static final int ROUNDS = 300;

  @Test
  void inputOrderNeverMatters() {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      EvaluationGroup group = Sheets.group("g" + round, 1 + random.nextInt(30));
      List<ScoreSheet> sheets = Sheets.randomSheets(random, group, true);
      for (TiePolicy policy : TiePolicy.values()) {
        ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder().tiePolicy(policy).build());
        Ranking expected = Rankings.rank(scheme, group, sheets);
        List<ScoreSheet> shuffled = new ArrayList<>(sheets);
        Collections.shuffle(shuffled, random);
        assertThat(Rankings.rank(scheme, group, shuffled)).as("seed %s round %s %s", SEED, round, policy).isEqualTo(expected);
      }
    }
  }

  @Test
  void ranksFollowTheirDefinitions() {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      EvaluationGroup group = Sheets.group("g" + round, 1 + random.nextInt(30));
      Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, Sheets.randomSheets(random, group, true));
      List<RankedEntry> entries = ranking.entries();
      int n = entries.size();
      BigDecimal fractionalSum = BigDecimal.ZERO;
      int previousDense = 0;
      for (int p = 0; p < n; p++) {
        RankedEntry e = entries.get(p);
        BigDecimal composite = e.compositeScore().orElseThrow();
        long strictlyBetter = entries.stream().filter(o -> o.compositeScore().orElseThrow().compareTo(composite) > 0).count();
        long betterOrEqual = entries.stream().filter(o -> o.compositeScore().orElseThrow().compareTo(composite) >= 0).count();
        String context = "seed " + SEED + " round " + round + " position " + p;
        assertThat(e.rank(TiePolicy.COMPETITION)).as(context).isEqualTo(BigDecimal.valueOf(1 + strictlyBetter));
        assertThat(e.rank(TiePolicy.MODIFIED_COMPETITION)).as(context).isEqualTo(BigDecimal.valueOf(betterOrEqual));
        assertThat(e.rank(TiePolicy.ORDINAL)).as(context).isEqualTo(BigDecimal.valueOf(p + 1));
        int dense = e.rank(TiePolicy.DENSE).intValueExact();
        assertThat(dense - previousDense).as(context + ": dense ranks are contiguous").isBetween(0, 1);
        previousDense = dense;
        fractionalSum = fractionalSum.add(e.rank(TiePolicy.FRACTIONAL));
        if (p > 0 && entries.get(p - 1).compositeScore().orElseThrow().compareTo(composite) == 0) {
          assertThat(e.rank()).as(context + ": tied units share a rank").isEqualTo(entries.get(p - 1).rank());
        }
      }
      assertThat(previousDense).isEqualTo(entries.stream().map(e -> e.compositeScore().orElseThrow()).distinct().count());
      assertThat(fractionalSum).isEqualByComparingTo(BigDecimal.valueOf((long) n * (n + 1) / 2));
    }
  }

  @Test
  void raisingOneUnitsScoreNeverLowersItsPlace() {
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      EvaluationGroup group = Sheets.group("g" + round, 2 + random.nextInt(20));
      List<ScoreSheet> sheets = new ArrayList<>(Sheets.randomSheets(random, group, true));
      int chosen = random.nextInt(sheets.size());
      ScoreSheet before = sheets.get(chosen);
      Score base = before.score(Sheets.BASE).orElseThrow();
      Score raised = Score.ofScaled(Math.min(base.scaled() + 1 + random.nextInt(100_000), Score.of(100).scaled()));
      Ranking rankedBefore = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, sheets);
      sheets.set(chosen, ImmutableScoreSheet.copyOf(before).withScores(java.util.Map.of(
          Sheets.BASE, raised, Sheets.ON_SITE, before.score(Sheets.ON_SITE).orElseThrow())));
      Ranking rankedAfter = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, sheets);
      for (TiePolicy policy : TiePolicy.values()) {
        if (policy == TiePolicy.ORDINAL) {
          continue;
        }
        assertThat(rankedAfter.entry(before.unit()).orElseThrow().rank(policy))
            .as("seed %s round %s %s", SEED, round, policy)
            .isLessThanOrEqualTo(rankedBefore.entry(before.unit()).orElseThrow().rank(policy));
      }
    }
  }

  @Test
  void atASwapWeightTwoCompositesAreEqualAndJustBeyondItTheirOrderReverses() {
    Random random = new Random(SEED);
    int swapsSeen = 0;
    for (int round = 0; round < 100; round++) {
      EvaluationGroup group = Sheets.group("g" + round, 2 + random.nextInt(12));
      List<ScoreSheet> sheets = Sheets.randomSheets(random, group, true);
      Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, sheets);
      for (SwapWeight swap : WeightSensitivity.swapWeights(ranking)) {
        if (swap.weight().isEmpty()) {
          continue;
        }
        swapsSeen++;
        Ratio w = swap.weight().get();
        ScoreSheet a = ranking.entry(swap.above()).orElseThrow().sheet().orElseThrow();
        ScoreSheet b = ranking.entry(swap.below()).orElseThrow().sheet().orElseThrow();
        assertThat(composite(a, w)).as("seed %s round %s %s", SEED, round, swap).isEqualTo(composite(b, w));
        Ratio epsilon = Ratio.of(1, 1_000_000_000L);
        int before = composite(a, w.minus(epsilon)).compareTo(composite(b, w.minus(epsilon)));
        int after = composite(a, w.plus(epsilon)).compareTo(composite(b, w.plus(epsilon)));
        assertThat(before).as("order below the swap").isEqualTo(-after).isNotZero();
      }
    }
    assertThat(swapsSeen).isGreaterThan(100);
  }

  @Test
  void theStableIntervalHoldsTheRankingAndItsEndsChangeIt() {
    Random random = new Random(SEED);
    for (int round = 0; round < 100; round++) {
      EvaluationGroup group = Sheets.group("g" + round, 2 + random.nextInt(12));
      Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, Sheets.randomSheets(random, group, false));
      WeightInterval interval = WeightSensitivity.stableInterval(ranking);
      Ratio current = Ratio.of(7, 10);
      assertThat(interval.lower()).isLessThanOrEqualTo(current);
      assertThat(interval.upper()).isGreaterThanOrEqualTo(current);
      List<Integer> ranksNow = ranks(ranking, current);
      if (interval.lower().compareTo(interval.upper()) < 0) {
        Ratio inside = interval.lower().plus(interval.upper()).dividedBy(Ratio.of(2, 1));
        assertThat(ranks(ranking, inside)).as("seed %s round %s", SEED, round).isEqualTo(ranksNow);
      }
      if (interval.upper().compareTo(Ratio.ONE) < 0) {
        assertThat(ranks(ranking, interval.upper())).as("seed %s round %s", SEED, round).isNotEqualTo(ranksNow);
      }
    }
  }

  /** w × base + (1 − w) × on-site + bonuses − deductions, in exact rationals: an independent formula. */
  private static Ratio composite(ScoreSheet sheet, Ratio w) {
    Ratio base = Ratio.of(sheet.score(Sheets.BASE).orElseThrow().toBigDecimal());
    Ratio onSite = Ratio.of(sheet.score(Sheets.ON_SITE).orElseThrow().toBigDecimal());
    Ratio adjustment = Ratio.ZERO;
    for (var bonus : sheet.bonuses()) {
      adjustment = adjustment.plus(Ratio.of(bonus.points().toBigDecimal()));
    }
    for (var deduction : sheet.deductions()) {
      adjustment = adjustment.minus(Ratio.of(deduction.points().toBigDecimal()));
    }
    return w.times(base).plus(Ratio.ONE.minus(w).times(onSite)).plus(adjustment);
  }

  /** The competition rank of each entry, in the ranking's order, recomputed at weight w. */
  private static List<Integer> ranks(Ranking ranking, Ratio w) {
    List<Ratio> composites = ranking.entries().stream().map(e -> composite(e.sheet().orElseThrow(), w)).toList();
    return composites.stream().map(c -> 1 + (int) composites.stream().filter(o -> o.compareTo(c) > 0).count()).toList();
  }
}
