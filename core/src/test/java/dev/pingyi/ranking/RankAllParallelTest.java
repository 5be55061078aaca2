package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.ScoreSheet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Rankings#rankAllParallel} against {@link Rankings#rankAll} on seeded random evaluations:
 * equal rankings for good input, and the very same exception for bad input — a missing, second,
 * foreign, null or other-period sheet, a unit equal to a member but another instance — wherever
 * in the sheets it lies.
 */
class RankAllParallelTest {

  private static final ScoringScheme SCHEME = ScoringScheme.LIAOCHENG_2022;
  private static final ScoringScheme SKIP_MISSING = SCHEME.withRanking(
      SCHEME.ranking().withMissingSheetPolicy(MissingSheetPolicy.EXCLUDE));

  @Test
  void theParallelRankingsEqualTheSequentialOnesOrFailAlike() {
    for (int round = 0; round < 120; round++) {
      long seed = 31_000 + round;
      Random random = new Random(seed);
      List<EvaluationGroup> groups = new ArrayList<>();
      List<ScoreSheet> sheets = new ArrayList<>();
      int groupCount = 1 + random.nextInt(30);
      for (int g = 0; g < groupCount; g++) {
        EvaluationGroup group = Sheets.group("r" + round + "g" + g, 1 + random.nextInt(200));
        groups.add(group);
        sheets.addAll(Sheets.randomSheets(random, group, random.nextBoolean()));
      }
      Collections.shuffle(sheets, random);
      int defect = random.nextInt(8);
      String what = defect(defect, random, groups, sheets);
      ScoringScheme scheme = random.nextBoolean() ? SCHEME : SKIP_MISSING;

      Throwable sequentialError = catchThrowable(() -> Rankings.rankAll(scheme, groups, sheets));
      Throwable parallelError = catchThrowable(() -> Rankings.rankAllParallel(scheme, groups, sheets));
      if (sequentialError == null) {
        assertThat(parallelError).as("seed %s, %s", seed, what).isNull();
        ImmutableMap<String, Ranking> parallel = Rankings.rankAllParallel(scheme, groups, sheets);
        assertThat(parallel).as("seed %s, %s", seed, what).isEqualTo(Rankings.rankAll(scheme, groups, sheets));
        assertThat(parallel.keySet().asList()).as("seed %s", seed)
            .containsExactlyElementsOf(groups.stream().map(EvaluationGroup::id).toList());
      } else {
        assertThat(parallelError).as("seed %s, %s", seed, what)
            .isExactlyInstanceOf(sequentialError.getClass())
            .hasMessage(sequentialError.getMessage());
      }
    }
  }

  /** Spoils the input in one way (or none, for 0 and 1), and says how. */
  private static String defect(int kind, Random random, List<EvaluationGroup> groups, List<ScoreSheet> sheets) {
    int at = random.nextInt(sheets.size());
    ScoreSheet sheet = sheets.get(at);
    switch (kind) {
      case 2 -> sheets.remove(at);
      case 3 -> sheets.add(random.nextInt(sheets.size() + 1), sheet);
      case 4 -> sheets.add(random.nextInt(sheets.size() + 1),
          sheet.withUnit(EvaluatedUnit.department("不在任何组的单位")));
      case 5 -> sheets.set(at, null);
      case 6 -> sheets.set(at, sheet.withPeriod(ReportPeriod.ofHalfYear(2022, 2)));
      case 7 -> sheets.set(at, sheet.withUnit(EvaluatedUnit.department(sheet.unit().name())));
      default -> {
        return "no defect";
      }
    }
    return "defect " + kind + " at sheet " + at;
  }
}
