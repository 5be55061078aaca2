package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.Ratio;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stable interval from neighbours only, and percent-any and percent-top without listing
 * every critical change, equal the quadratic versions they replaced ({@link QuadraticOracles})
 * on seeded random rankings with heavy ties, adjustments, vetoed units and missing sheets.
 */
class WeightSensitivityOracleTest {

  private static final long SEED = 4_099L;

  @Test
  void theStableIntervalFromNeighboursEqualsTheIntervalOverAllPairs() {
    Random random = new Random(SEED);
    int tiedAtTheCurrentWeight = 0;
    int bounded = 0;
    for (int round = 0; round < 400; round++) {
      int size = round % 200 == 0 ? 2_000 : round % 20 == 0 ? 100 + random.nextInt(300) : 1 + random.nextInt(40);
      Ranking ranking = RandomRankings.ranking(random, RandomRankings.scheme(random, false), group(round, size));
      WeightInterval interval = WeightSensitivity.stableInterval(ranking);
      assertThat(interval).as("seed %s round %s size %s", SEED, round, size)
          .isEqualTo(QuadraticOracles.stableInterval(ranking));
      tiedAtTheCurrentWeight += interval.lower().equals(interval.upper()) ? 1 : 0;
      bounded += interval.lower().signum() > 0 && interval.upper().compareTo(Ratio.ONE) < 0 ? 1 : 0;
    }
    assertThat(tiedAtTheCurrentWeight).as("rounds where two lines cross at the current weight").isGreaterThan(50);
    assertThat(bounded).as("rounds with swaps on both sides").isGreaterThan(50);
  }

  @Test
  void percentAnyAndPercentTopEqualTheLeastOfEveryCriticalChange() {
    Random random = new Random(SEED);
    int found = 0;
    for (int round = 0; round < 600; round++) {
      int size = round % 200 == 0 ? 500 : round % 20 == 0 ? 50 + random.nextInt(100) : 1 + random.nextInt(25);
      Ranking ranking = RandomRankings.ranking(random, RandomRankings.scheme(random, true), group(round, size));
      String context = "seed " + SEED + " round " + round + " size " + size;
      List<CriticalWeightChange> all = WeightSensitivity.criticalChanges(ranking);
      assertThat(WeightSensitivity.percentAny(ranking)).as(context).isEqualTo(QuadraticOracles.percentAny(all));
      assertThat(WeightSensitivity.percentTop(ranking)).as(context).isEqualTo(QuadraticOracles.percentTop(ranking, all));
      found += WeightSensitivity.percentAny(ranking).isPresent() ? 1 : 0;
    }
    assertThat(found).isGreaterThan(400);
  }

  @Test
  void ofChangesOfEqualSizeTheComponentGivenFirstWinsThenThePairPlacedHigher() {
    // A 80/90 and B 90/78 (composites 85, 84) tie when the on-site weight falls by 1/12; C 70/50
    // and D 58/60 (60, 59) when the base weight falls by 1/12: the same share of equal weights
    ScoringScheme halves = ScoringScheme.LIAOCHENG_2022.withComposite(
        CompositeRule.builder().weight(Sheets.BASE, "0.5").weight(Sheets.ON_SITE, "0.5").build());
    var group = Sheets.group("g", 4);
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

  private static dev.pingyi.model.EvaluationGroup group(int round, int size) {
    List<String> names = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      names.add(String.format("单位%04d", i));
    }
    return RandomRankings.group("g" + round, names);
  }
}
