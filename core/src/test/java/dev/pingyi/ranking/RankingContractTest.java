package dev.pingyi.ranking;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ranking values: null arguments are rejected, and equality follows the value. */
class RankingContractTest {

  private static final EvaluationGroup GROUP = Sheets.group("g", 5);
  private static final List<ScoreSheet> SHEETS = Sheets.randomSheets(new Random(3), GROUP, true);
  private static final Ranking RANKING = Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, SHEETS);

  private final NullPointerTester nulls = new NullPointerTester()
      .setDefault(ScoringScheme.class, ScoringScheme.LIAOCHENG_2022)
      .setDefault(CompositeRule.class, ScoringScheme.LIAOCHENG_2022.composite())
      .setDefault(RankingRule.class, RankingRule.defaults())
      .setDefault(EvaluationGroup.class, GROUP)
      .setDefault(EvaluatedUnit.class, GROUP.members().get(0))
      .setDefault(ScoreSheet.class, SHEETS.get(0))
      .setDefault(ScoreComponent.class, Sheets.BASE)
      .setDefault(Score.class, Score.of(1))
      .setDefault(Ranking.class, RANKING)
      .setDefault(Ratio.class, Ratio.of(1, 2))
      .setDefault(BigDecimal.class, BigDecimal.ONE)
      .setDefault(TierRule.class, TierRule.byPlaces().top(1, "优秀").otherwise("其他"));

  @Test
  void methodsRejectNull() {
    for (Class<?> type : List.of(Rankings.class, ScoringScheme.class, CompositeRule.class, RankingRule.class,
        RankChange.class, RankCorrelation.class, WeightSensitivity.class, TierRule.class)) {
      nulls.testAllPublicStaticMethods(type);
    }
    for (Object value : List.of(ScoringScheme.LIAOCHENG_2022, ScoringScheme.builder(), CompositeRule.builder(), RankingRule.builder(), RANKING,
        RANKING.entries().get(0), TierRule.byScore(), TierRule.byPlaces(), TierRule.byShare())) {
      nulls.testAllPublicInstanceMethods(value);
    }
  }

  @Test
  void resultsAreEqualByValue() {
    Ranking dense = Rankings.rank(ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder().tiePolicy(TiePolicy.DENSE).build()), GROUP, SHEETS);
    new EqualsTester()
        .addEqualityGroup(RANKING, Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, List.copyOf(SHEETS)))
        .addEqualityGroup(dense)
        .addEqualityGroup(Rankings.fromPublishedOrder(GROUP), Rankings.fromPublishedOrder(GROUP))
        .addEqualityGroup(RANKING.entries().get(0), Rankings.rank(ScoringScheme.LIAOCHENG_2022, GROUP, SHEETS).entries().get(0))
        .addEqualityGroup(RANKING.entries().get(1))
        .addEqualityGroup(ScoringScheme.LIAOCHENG_2022.composite().breakdown(SHEETS.get(0)), ScoringScheme.LIAOCHENG_2022.composite().breakdown(SHEETS.get(0)))
        .addEqualityGroup(RankChange.between(RANKING, dense).get(0), RankChange.between(RANKING, dense).get(0))
        .addEqualityGroup(WeightInterval.of(Ratio.ZERO, Ratio.ONE), WeightInterval.of(Ratio.ZERO, Ratio.ONE))
        .addEqualityGroup(WeightSensitivity.swapWeights(RANKING).get(0), WeightSensitivity.swapWeights(RANKING).get(0))
        .addEqualityGroup(WeightSensitivity.criticalChanges(RANKING).get(0), WeightSensitivity.criticalChanges(RANKING).get(0))
        .addEqualityGroup(Exclusion.vetoed(GROUP.members().get(0), java.util.Optional.of("事故")),
            Exclusion.vetoed(GROUP.members().get(0), java.util.Optional.of("事故")))
        .addEqualityGroup(Exclusion.missingSheet(GROUP.members().get(0)))
        .testEquals();
  }
}
