package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreSheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Percent-any when the steepest fall of a component joins two pairs on two parallel lines: the
 * pairs tie for the least change, and the one {@link WeightSensitivity#criticalChanges} lists
 * first wins — the pair of the unit placed first, whose line is the higher one, over the pair on
 * the lower line that is met after it.
 */
class WeightSensitivityMoreKillTest {

  /** Base 0.5, on-site and special 0.25 each: base is the component whose change is least. */
  private static final ScoringScheme SCHEME = ScoringScheme.LIAOCHENG_2022.withComposite(CompositeRule.builder()
      .weight(Sheets.BASE, "0.5").weight(Sheets.ON_SITE, "0.25").weight(RandomRankings.EXTRA, "0.25").build());

  @Test
  void ofTwoPairsOnParallelFallingLinesThePairOfTheUnitPlacedFirstWins() {
    // composites 85.5, 85, 65.5, 65; base 80, 90 | 60, 70: two falls of 10 points over 0.5 of
    // composite, on the lines base + 20 × composite = 1790 (places 1 and 2) and 1370 (places 3 and 4)
    EvaluationGroup group = Sheets.group("parallel", 4);
    var u = group.members();
    Ranking ranking = Rankings.rank(SCHEME, group, List.of(
        sheet(u.get(0), 80, 91), sheet(u.get(1), 90, 80), sheet(u.get(2), 60, 71), sheet(u.get(3), 70, 60)));
    assertThat(ranking.entries()).extracting(RankedEntry::unit).containsExactlyElementsOf(u);

    CriticalWeightChange any = WeightSensitivity.percentAny(ranking).orElseThrow();

    assertThat(any).isEqualTo(QuadraticOracles.percentAny(WeightSensitivity.criticalChanges(ranking)).orElseThrow());
    assertThat(List.of(any.component(), any.above(), any.below())).containsExactly(Sheets.BASE, u.get(0), u.get(1));
    assertThat(any.change()).isEqualTo(Ratio.of(1, 20));
    assertThat(any.relativeChange()).isEqualTo(Ratio.of(1, 10));
  }

  @Test
  void ofThreePairsOnParallelFallingLinesThePairOfTheUnitPlacedFirstWins() {
    // as above, with a third pair on a line between the two: 1790, 1580, 1370
    EvaluationGroup group = Sheets.group("three", 6);
    var u = group.members();
    Ranking ranking = Rankings.rank(SCHEME, group, List.of(
        sheet(u.get(0), 80, 91), sheet(u.get(1), 90, 80), sheet(u.get(2), 70, 81), sheet(u.get(3), 80, 70),
        sheet(u.get(4), 60, 71), sheet(u.get(5), 70, 60)));
    assertThat(ranking.entries()).extracting(RankedEntry::unit).containsExactlyElementsOf(u);

    CriticalWeightChange any = WeightSensitivity.percentAny(ranking).orElseThrow();

    assertThat(any).isEqualTo(QuadraticOracles.percentAny(WeightSensitivity.criticalChanges(ranking)).orElseThrow());
    assertThat(List.of(any.component(), any.above(), any.below())).containsExactly(Sheets.BASE, u.get(0), u.get(1));
  }

  /** Base score {@code base}; on-site and special score both {@code other}. */
  private static ScoreSheet sheet(EvaluatedUnit unit, int base, int other) {
    return ScoreSheet.builder().unit(unit).period(Sheets.H1)
        .putScores(Sheets.BASE, Score.of(base)).putScores(Sheets.ON_SITE, Score.of(other))
        .putScores(RandomRankings.EXTRA, Score.of(other)).build();
  }
}
