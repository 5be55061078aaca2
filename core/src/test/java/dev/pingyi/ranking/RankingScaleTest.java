package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every analysis of one ranking, on 10⁵ units in one group, completes in a JVM of 256 MiB: a
 * quadratic path would need minutes or run out of memory. The workload runs in a JVM of its own,
 * forked with the test class path, so that the heap limit is the workload's alone. How fast it
 * runs is the benchmarks' business, not this test's.
 */
class RankingScaleTest {

  static final int UNITS = 100_000;

  @Test
  void everyAnalysisOfAHundredThousandUnitsCompletesInA256MiBHeap() throws Exception {
    List<String> command = List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), Workload.class.getName());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).as(output).contains("published order: " + UNITS + " units").contains("percent-top: ");
  }

  /** The workload: ranks 10⁵ units with heavy ties and runs each analysis once, printing what it found. */
  public static final class Workload {

    private Workload() {}

    /**
     * Runs the workload.
     *
     * @param args none
     */
    public static void main(String[] args) {
      Random random = new Random(100_003L);
      List<String> names = new ArrayList<>(UNITS);
      for (int i = 0; i < UNITS; i++) {
        names.add(String.format("单位%06d", i));
      }
      EvaluationGroup group = RandomRankings.group("scale", names);
      ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withRanking(RankingRule.builder()
          .addTieBreakers(Sheets.ON_SITE).missingSheetPolicy(MissingSheetPolicy.RANK_LAST).build());
      Ranking scored = RandomRankings.ranking(random, scheme, group);
      Ranking places = RandomRankings.publishedPlaces(random, group);
      print("ranked", scored.size() + " units, " + scored.exclusions().size() + " excluded");
      print("spearman", RankCorrelation.spearman(scored, places));
      print("kendall", RankCorrelation.kendallTauB(scored, places));
      print("stable interval", WeightSensitivity.stableInterval(scored));
      print("most fragile adjacent pair", WeightSensitivity.mostFragileAdjacentPair(scored));
      print("percent-any", WeightSensitivity.percentAny(scored));
      print("percent-top", WeightSensitivity.percentTop(scored));
      print("rank changes", RankChange.between(places, scored).size());
      List<String> order = new ArrayList<>(group.members().stream().map(EvaluatedUnit::name).toList());
      Collections.shuffle(order, random);
      print("published order", Rankings.fromPublishedOrder(group, order).size() + " units");
    }

    private static void print(String what, Object result) {
      System.out.println(what + ": " + result);
    }
  }
}
