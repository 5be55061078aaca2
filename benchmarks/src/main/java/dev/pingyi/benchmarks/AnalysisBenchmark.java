package dev.pingyi.benchmarks;

import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.ranking.CompositeRule;
import dev.pingyi.ranking.RankChange;
import dev.pingyi.ranking.RankCorrelation;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.RankingRule;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import dev.pingyi.ranking.WeightSensitivity;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each analysis of the ranking package on one group of {@code size} units, ranked beforehand
 * under the 70/30 scheme (and, for the correlations, under 50/50 as the second ranking; for the
 * rank changes, the published order as the previous one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {

  static final ScoringScheme EVEN = ScoringScheme.of(
      "五五开",
      CompositeRule.builder()
          .weight(ScoreComponent.BASE_EVALUATION, "0.5")
          .weight(ScoreComponent.ON_SITE_EVALUATION, "0.5")
          .build(),
      RankingRule.defaults());

  @Param({"spearman", "kendallTauB", "stableInterval", "mostFragileAdjacentPair", "percentAny", "percentTop",
      "rankChange", "fromPublishedOrder"})
  public String analysis = "spearman";

  @Param({"1000", "10000", "100000"})
  public int size = 1_000;

  private Callable<Object> run = () -> {
    throw new IllegalStateException("AnalysisBenchmark: not set up");
  };

  @Setup
  public void setUp() {
    SheetWorkload w = SheetWorkload.of(size, size);
    EvaluationGroup group = PingyiRanking.groups(w).get(0);
    List<ScoreSheet> sheets = PingyiRanking.sheets(w, List.of(group));
    Ranking ranking = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, sheets);
    Ranking even = Rankings.rank(EVEN, group, sheets);
    Ranking published = Rankings.fromPublishedOrder(group);
    run = switch (analysis) {
      case "spearman" -> () -> RankCorrelation.spearman(ranking, even);
      case "kendallTauB" -> () -> RankCorrelation.kendallTauB(ranking, even);
      case "stableInterval" -> () -> WeightSensitivity.stableInterval(ranking);
      case "mostFragileAdjacentPair" -> () -> WeightSensitivity.mostFragileAdjacentPair(ranking);
      case "percentAny" -> () -> WeightSensitivity.percentAny(ranking);
      case "percentTop" -> () -> WeightSensitivity.percentTop(ranking);
      case "rankChange" -> () -> RankChange.between(published, ranking);
      case "fromPublishedOrder" -> () -> Rankings.fromPublishedOrder(group);
      default -> throw new IllegalArgumentException("AnalysisBenchmark analysis=" + analysis + " is not known");
    };
  }

  @Benchmark
  public Object analyse() throws Exception {
    return run.call();
  }
}
