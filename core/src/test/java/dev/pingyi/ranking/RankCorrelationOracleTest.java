package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.EvaluationGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Spearman's rho and Kendall's tau-b, computed in n log n, equal the quadratic definitions they
 * replaced ({@link QuadraticOracles}) to the last digit, on seeded random pairs of rankings with
 * heavy ties and partly shared units.
 */
class RankCorrelationOracleTest {

  private static final long SEED = 6_151L;

  @Test
  void correlationsEqualTheQuadraticDefinitionsExactly() {
    Random random = new Random(SEED);
    int defined = 0;
    for (int round = 0; round < 400; round++) {
      int universe = round % 25 == 0 ? 1_000 + random.nextInt(1_001) : 1 + random.nextInt(80);
      Ranking a = anyRanking(random, "a" + round, sample(random, universe));
      Ranking b = anyRanking(random, "b" + round, sample(random, universe));
      String context = "seed " + SEED + " round " + round + " units " + a.size() + "/" + b.size();
      assertThat(RankCorrelation.spearman(a, b)).as(context).isEqualTo(QuadraticOracles.spearman(a, b));
      assertThat(RankCorrelation.kendallTauB(a, b)).as(context).isEqualTo(QuadraticOracles.kendallTauB(a, b));
      assertThat(RankCorrelation.spearman(a, a)).as(context).isEqualTo(QuadraticOracles.spearman(a, a));
      assertThat(RankCorrelation.kendallTauB(b, a)).as(context).isEqualTo(QuadraticOracles.kendallTauB(b, a));
      defined += RankCorrelation.kendallTauB(a, b).isPresent() ? 1 : 0;
    }
    assertThat(defined).as("rounds with a defined coefficient").isGreaterThan(200);
  }

  @Test
  void fewerThanTwoCommonUnitsHaveNoCorrelation() {
    Ranking a = Rankings.fromPublishedOrder(RandomRankings.group("a", List.of("甲", "乙", "丙")));
    Ranking none = Rankings.fromPublishedOrder(RandomRankings.group("b", List.of("丁", "戊")));
    Ranking one = Rankings.fromPublishedOrder(RandomRankings.group("c", List.of("丁", "乙")));
    assertThat(RankCorrelation.spearman(a, none)).isEmpty();
    assertThat(RankCorrelation.kendallTauB(a, none)).isEmpty();
    assertThat(RankCorrelation.spearman(a, one)).isEmpty();
    assertThat(RankCorrelation.kendallTauB(one, a)).isEmpty();
  }

  @Test
  void aRankingWhoseCommonUnitsAllTieHasNoCorrelation() {
    EvaluationGroup group = RandomRankings.group("a", List.of("甲", "乙", "丙", "丁"));
    Ranking order = Rankings.fromPublishedOrder(group);
    Ranking allTied = Rankings.fromPublishedPlaces(group, List.of(List.of("丙", "甲", "丁", "乙")));
    // 丁 is placed apart, but is not a unit of the other ranking
    Ranking tiedWhereShared = Rankings.fromPublishedPlaces(
        RandomRankings.group("b", List.of("甲", "乙", "戊")), List.of(List.of("乙", "甲"), List.of("戊")));
    assertThat(RankCorrelation.spearman(order, allTied)).isEmpty();
    assertThat(RankCorrelation.kendallTauB(allTied, order)).isEmpty();
    assertThat(RankCorrelation.spearman(tiedWhereShared, order)).isEmpty();
    assertThat(RankCorrelation.kendallTauB(order, tiedWhereShared)).isEmpty();
  }

  /** A scored or a published ranking of a group of the given names. */
  private static Ranking anyRanking(Random random, String id, List<String> names) {
    EvaluationGroup group = RandomRankings.group(id, names);
    return random.nextBoolean()
        ? RandomRankings.publishedPlaces(random, group)
        : RandomRankings.ranking(random, RandomRankings.scheme(random, true), group);
  }

  /** A random non-empty subset of the universe's unit names, usually most of them. */
  private static List<String> sample(Random random, int universe) {
    double share = 0.3 + 0.7 * random.nextDouble();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < universe; i++) {
      if (random.nextDouble() < share || names.isEmpty() && i == universe - 1) {
        names.add(String.format("单位%04d", i));
      }
    }
    return names;
  }
}
