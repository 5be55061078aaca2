package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreSheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every analysis of {@link WeightSensitivity} against its definition, on many small seeded
 * rankings: what {@link WeightSensitivityOracleTest} checks on large ones too, in a few
 * milliseconds, so that mutation testing runs it for every mutant of the class.
 */
class WeightSensitivityMutationTest {

  private static final long SEED = 7_919L;
  private static final int ROUNDS = 150;

  @Test
  void swapWeightsAreTheCrossingOfEveryPairsLinesInRankOrder() {
    Random random = new Random(SEED);
    int swaps = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Ranking ranking = RandomRankings.ranking(random, RandomRankings.scheme(random, false), group(round, 1 + random.nextInt(8)));
      List<RankedEntry> scored = scored(ranking);
      List<SwapWeight> all = WeightSensitivity.swapWeights(ranking);
      String context = "seed " + SEED + " round " + round;
      assertThat(all).as(context).hasSize(scored.size() * (scored.size() - 1) / 2);
      int k = 0;
      for (int i = 0; i < scored.size(); i++) {
        for (int j = i + 1; j < scored.size(); j++) {
          SwapWeight swap = all.get(k++);
          assertThat(swap.above()).as(context).isEqualTo(scored.get(i).unit());
          assertThat(swap.below()).as(context).isEqualTo(scored.get(j).unit());
          assertThat(swap.weight()).as(context).isEqualTo(crossing(ranking, scored.get(i), scored.get(j)));
          swaps += swap.weight().isPresent() ? 1 : 0;
        }
      }
    }
    assertThat(swaps).isGreaterThan(100);
  }

  @Test
  void theStableIntervalEqualsTheIntervalOverAllPairs() {
    Random random = new Random(SEED);
    int bounded = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Ranking ranking = RandomRankings.ranking(random, RandomRankings.scheme(random, false), group(round, 1 + random.nextInt(12)));
      WeightInterval interval = WeightSensitivity.stableInterval(ranking);
      assertThat(interval).as("seed %s round %s", SEED, round).isEqualTo(QuadraticOracles.stableInterval(ranking));
      bounded += interval.lower().signum() > 0 && interval.upper().compareTo(Ratio.ONE) < 0 ? 1 : 0;
    }
    assertThat(bounded).isGreaterThan(10);
  }

  @Test
  void theMostFragileAdjacentPairIsTheAdjacentSwapNearestTheCurrentWeight() {
    Random random = new Random(SEED);
    int found = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Ranking ranking = RandomRankings.ranking(random, RandomRankings.scheme(random, false), group(round, 1 + random.nextInt(10)));
      List<RankedEntry> scored = scored(ranking);
      Ratio current = Ratio.of(ranking.scheme().orElseThrow().composite().arithmetic().scaledWeights[0],
          CompositeRule.WEIGHT_UNIT);
      Optional<SwapWeight> expected = Optional.empty();
      Ratio nearest = null;
      for (int i = 0; i + 1 < scored.size(); i++) {
        Optional<Ratio> w = crossing(ranking, scored.get(i), scored.get(i + 1));
        if (w.isPresent()) {
          Ratio distance = abs(w.get().minus(current));
          if (nearest == null || distance.compareTo(nearest) < 0) {
            nearest = distance;
            expected = Optional.of(SwapWeight.of(scored.get(i).unit(), scored.get(i + 1).unit(), w));
          }
        }
      }
      assertThat(WeightSensitivity.mostFragileAdjacentPair(ranking)).as("seed %s round %s", SEED, round).isEqualTo(expected);
      found += expected.isPresent() ? 1 : 0;
    }
    assertThat(found).isGreaterThan(20);
  }

  @Test
  void criticalChangesPercentAnyAndPercentTopFollowTheirDefinitions() {
    Random random = new Random(SEED);
    int found = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Ranking ranking = RandomRankings.ranking(random, RandomRankings.scheme(random, true), group(round, 1 + random.nextInt(10)));
      String context = "seed " + SEED + " round " + round;
      List<CriticalWeightChange> all = WeightSensitivity.criticalChanges(ranking);
      assertThat(all).as(context).isEqualTo(criticalChanges(ranking));
      assertThat(WeightSensitivity.percentAny(ranking)).as(context).isEqualTo(QuadraticOracles.percentAny(all));
      assertThat(WeightSensitivity.percentTop(ranking)).as(context).isEqualTo(QuadraticOracles.percentTop(ranking, all));
      found += all.isEmpty() ? 0 : 1;
    }
    assertThat(found).isGreaterThan(50);
  }

  @Test
  void theStableIntervalLooksAtNeighboursInTheOrderOfExactCompositesNotOfRanks() {
    // composites 90.4, 90.3 and 90.2 all publish as 90: ranked by published score, the three tie
    // and are listed by name, 单位1 (90.2) first; the interval is that of exact neighbours
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022
        .withComposite(CompositeRule.builder().weight(Sheets.BASE, "0.5").weight(Sheets.ON_SITE, "0.5")
            .publishedScale(0).build())
        .withRanking(RankingRule.builder().rankBasis(RankBasis.PUBLISHED).build());
    EvaluationGroup group = RandomRankings.group("exact", List.of("单位1", "单位2", "单位3"));
    var u = group.members();
    Ranking ranking = Rankings.rank(scheme, group, List.of(
        Sheets.sheet(u.get(1), "90.8", "90"), Sheets.sheet(u.get(2), "89", "91.6"), Sheets.sheet(u.get(0), "91.4", "89")));
    assertThat(ranking.entries()).extracting(e -> e.unit().name()).containsExactly("单位1", "单位2", "单位3");

    WeightInterval interval = WeightSensitivity.stableInterval(ranking);

    assertThat(interval).isEqualTo(WeightInterval.of(Ratio.of(8, 17), Ratio.of(13, 25)));
    assertThat(interval).isEqualTo(QuadraticOracles.stableInterval(ranking));
  }

  @Test
  void ofChangesOfEqualSizeTheComponentGivenFirstWinsThenThePairPlacedHigher() {
    // A 80/90 and B 90/78 (composites 85, 84) tie when the on-site weight falls by 1/12; C 70/50
    // and D 58/60 (60, 59) when the base weight falls by 1/12: the same share of equal weights
    ScoringScheme halves = ScoringScheme.LIAOCHENG_2022.withComposite(
        CompositeRule.builder().weight(Sheets.BASE, "0.5").weight(Sheets.ON_SITE, "0.5").build());
    EvaluationGroup group = Sheets.group("g", 4);
    var u = group.members();
    Ranking ranking = Rankings.rank(halves, group, List.of(
        Sheets.sheet(u.get(0), "80", "90"), Sheets.sheet(u.get(1), "90", "78"),
        Sheets.sheet(u.get(2), "70", "50"), Sheets.sheet(u.get(3), "58", "60")));
    CriticalWeightChange any = WeightSensitivity.percentAny(ranking).orElseThrow();
    assertThat(any).isEqualTo(QuadraticOracles.percentAny(WeightSensitivity.criticalChanges(ranking)).orElseThrow());
    assertThat(any.component()).isEqualTo(Sheets.BASE);
    assertThat(List.of(any.above(), any.below())).containsExactly(u.get(2), u.get(3));
    assertThat(any.change()).isEqualTo(Ratio.of(-1, 12));
    CriticalWeightChange top = WeightSensitivity.percentTop(ranking).orElseThrow();
    assertThat(top.component()).isEqualTo(Sheets.ON_SITE);
    assertThat(top.relativeChange()).isEqualTo(any.relativeChange());
  }

  @Test
  void ofTwoPairsOnOneLineOfTheSteepestFallThePairPlacedHigherIsTheLeastChange() {
    // base 0.4, on-site 0.3, special 0.3: units 0 and 1 (90.2, 90.0), like 2 and 3 (70.2, 70.0),
    // tie when the base weight rises by 1/50, on one line of their (composite, base) points each
    ScoringScheme three = ScoringScheme.LIAOCHENG_2022.withComposite(CompositeRule.builder()
        .weight(Sheets.BASE, "0.4").weight(Sheets.ON_SITE, "0.3").weight(RandomRankings.EXTRA, "0.3").build());
    EvaluationGroup group = Sheets.group("fall", 4);
    var u = group.members();
    Ranking ranking = Rankings.rank(three, group, List.of(
        sheet3(u.get(0), 80, 97), sheet3(u.get(1), 90, 90), sheet3(u.get(2), 60, 77), sheet3(u.get(3), 70, 70)));

    CriticalWeightChange any = WeightSensitivity.percentAny(ranking).orElseThrow();

    assertThat(any).isEqualTo(QuadraticOracles.percentAny(WeightSensitivity.criticalChanges(ranking)).orElseThrow());
    assertThat(any.component()).isEqualTo(Sheets.BASE);
    assertThat(List.of(any.above(), any.below())).containsExactly(u.get(0), u.get(1));
    assertThat(any.change()).isEqualTo(Ratio.of(1, 50));
  }

  @Test
  void twoUnitsTiedAtTheCurrentWeightCloseTheStableIntervalOnIt() {
    EvaluationGroup group = Sheets.group("tied", 2);
    var u = group.members();
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, List.of(
        Sheets.sheet(u.get(0), "90", "80"), Sheets.sheet(u.get(1), "87", "87")));

    assertThat(WeightSensitivity.stableInterval(ranking)).isEqualTo(WeightInterval.of(Ratio.of(7, 10), Ratio.of(7, 10)));
  }

  @Test
  void aRiseAndAFallOfEqualSteepnessGiveTheChangeOfThePairPlacedHigher() {
    // base 0.5, on-site and special 0.25 each; base scores: a fall between the first two units and
    // a rise between the last two, both ten points over one point of composite
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withComposite(CompositeRule.builder()
        .weight(Sheets.BASE, "0.5").weight(Sheets.ON_SITE, "0.25").weight(RandomRankings.EXTRA, "0.25").build());
    EvaluationGroup group = Sheets.group("steep", 4);
    var u = group.members();

    Ranking fallFirst = Rankings.rank(scheme, group, List.of(
        sheet3(u.get(0), 80, 92), sheet3(u.get(1), 90, 80), sheet3(u.get(2), 70, 62), sheet3(u.get(3), 60, 70)));
    CriticalWeightChange fall = WeightSensitivity.percentAny(fallFirst).orElseThrow();
    assertThat(fall).isEqualTo(QuadraticOracles.percentAny(WeightSensitivity.criticalChanges(fallFirst)).orElseThrow());
    assertThat(List.of(fall.component(), fall.above(), fall.below())).containsExactly(Sheets.BASE, u.get(0), u.get(1));
    assertThat(fall.change()).isEqualTo(Ratio.of(1, 10));

    Ranking riseFirst = Rankings.rank(scheme, group, List.of(
        sheet3(u.get(0), 90, 82), sheet3(u.get(1), 80, 90), sheet3(u.get(2), 60, 72), sheet3(u.get(3), 70, 60)));
    CriticalWeightChange rise = WeightSensitivity.percentAny(riseFirst).orElseThrow();
    assertThat(rise).isEqualTo(QuadraticOracles.percentAny(WeightSensitivity.criticalChanges(riseFirst)).orElseThrow());
    assertThat(List.of(rise.component(), rise.above(), rise.below())).containsExactly(Sheets.BASE, u.get(0), u.get(1));
    assertThat(rise.change()).isEqualTo(Ratio.of(-1, 10));
  }

  private static ScoreSheet sheet3(EvaluatedUnit unit, int base, int other) {
    return ScoreSheet.builder().unit(unit).period(Sheets.H1)
        .putScores(Sheets.BASE, Score.of(base)).putScores(Sheets.ON_SITE, Score.of(other))
        .putScores(RandomRankings.EXTRA, Score.of(other)).build();
  }

  /** Where the two units' composites are equal as the first weight w moves in (0, 1), if anywhere. */
  private static Optional<Ratio> crossing(Ranking ranking, RankedEntry above, RankedEntry below) {
    CompositeRule rule = ranking.scheme().orElseThrow().composite();
    var components = List.copyOf(rule.weights().keySet());
    var s = above.sheet().orElseThrow();
    var t = below.sheet().orElseThrow();
    long da = CompositeRule.scaledScore(s, components.get(0)) - CompositeRule.scaledScore(t, components.get(0));
    long db = CompositeRule.scaledScore(s, components.get(1)) - CompositeRule.scaledScore(t, components.get(1));
    long dAdj = rule.scaledAdjustment(s) - rule.scaledAdjustment(t);
    // w·da + (1 − w)·db + dAdj = 0
    if (da == db) {
      return Optional.empty();
    }
    Ratio w = Ratio.of(-(db + dAdj), da - db);
    return w.signum() > 0 && w.compareTo(Ratio.ONE) < 0 ? Optional.of(w) : Optional.empty();
  }

  /** For each component, then each pair in rank order: the change of its weight that ties them. */
  private static List<CriticalWeightChange> criticalChanges(Ranking ranking) {
    CompositeRule rule = ranking.scheme().orElseThrow().composite();
    List<RankedEntry> scored = scored(ranking);
    List<CriticalWeightChange> changes = new ArrayList<>();
    for (var weight : rule.weights().entrySet()) {
      Ratio w = Ratio.of(weight.getValue());
      for (int i = 0; i < scored.size(); i++) {
        for (int j = i + 1; j < scored.size(); j++) {
          RankedEntry a = scored.get(i);
          RankedEntry b = scored.get(j);
          Ratio gap = Ratio.of(a.compositeScore().orElseThrow()).minus(Ratio.of(b.compositeScore().orElseThrow()));
          Ratio dScore = Ratio.of(b.sheet().orElseThrow().score(weight.getKey()).orElseThrow().toBigDecimal())
              .minus(Ratio.of(a.sheet().orElseThrow().score(weight.getKey()).orElseThrow().toBigDecimal()));
          if (gap.signum() == 0 || dScore.signum() == 0) {
            continue;
          }
          Ratio delta = gap.dividedBy(dScore);
          if (w.plus(delta).signum() >= 0) {
            changes.add(CriticalWeightChange.of(weight.getKey(), a.unit(), b.unit(), delta, delta.dividedBy(w)));
          }
        }
      }
    }
    return changes;
  }

  private static List<RankedEntry> scored(Ranking ranking) {
    return ranking.entries().stream().filter(e -> e.status() == EntryStatus.SCORED).toList();
  }

  private static Ratio abs(Ratio r) {
    return r.signum() < 0 ? r.negated() : r;
  }

  private static EvaluationGroup group(int round, int size) {
    List<String> names = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      names.add(String.format("单位%02d", i));
    }
    names.sort(Comparator.naturalOrder());
    return RandomRankings.group("m" + round, names);
  }
}
