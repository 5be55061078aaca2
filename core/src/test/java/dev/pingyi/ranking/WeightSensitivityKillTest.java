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
 * Percent-any when the steepest rise and the steepest fall of one component are equally steep:
 * of the two changes, of equal relative size, the one {@link WeightSensitivity#criticalChanges}
 * lists first wins — the pair whose upper unit is placed higher, then whose lower unit is.
 */
class WeightSensitivityKillTest {

  /** Base 0.5, on-site and special 0.25 each: base is the component whose change is least. */
  private static final ScoringScheme SCHEME = ScoringScheme.LIAOCHENG_2022.withComposite(CompositeRule.builder()
      .weight(Sheets.BASE, "0.5").weight(Sheets.ON_SITE, "0.25").weight(RandomRankings.EXTRA, "0.25").build());

  @Test
  void aFallWhoseUpperUnitIsPlacedHigherWinsOverARiseThatStartsLowerAndEndsHigher() {
    // composites 70, 70, 65, 65; base 50, 60 | 45, 65: the rise from 45 to 60 and the fall from
    // 50 to 65 are both 15 points over 5 of composite. The rise joins places 2 and 3, the fall
    // places 1 and 4: the fall is listed first
    EvaluationGroup group = Sheets.group("cross", 4);
    var u = group.members();
    Ranking ranking = Rankings.rank(SCHEME, group, List.of(
        sheet(u.get(0), 50, 90), sheet(u.get(1), 60, 80), sheet(u.get(2), 45, 85), sheet(u.get(3), 65, 65)));
    assertThat(ranking.entries()).extracting(RankedEntry::unit).containsExactlyElementsOf(u);

    CriticalWeightChange any = WeightSensitivity.percentAny(ranking).orElseThrow();

    assertThat(any).isEqualTo(QuadraticOracles.percentAny(WeightSensitivity.criticalChanges(ranking)).orElseThrow());
    assertThat(List.of(any.component(), any.above(), any.below())).containsExactly(Sheets.BASE, u.get(0), u.get(3));
    assertThat(any.change()).isEqualTo(Ratio.of(1, 3));
    assertThat(any.relativeChange()).isEqualTo(Ratio.of(2, 3));
  }

  @Test
  void ofARiseAndAFallFromOneUnitThePairWithTheUnitPlacedHigherBelowWins() {
    // composites 70, 65, 65; base 55 | 70, 40: from the first unit a fall of 15 points to the
    // second and a rise of 15 points from the third, each over 5 of composite
    EvaluationGroup group = Sheets.group("fork", 3);
    var u = group.members();
    Ranking fallFirst = Rankings.rank(SCHEME, group, List.of(
        sheet(u.get(0), 55, 85), sheet(u.get(1), 70, 60), sheet(u.get(2), 40, 90)));
    assertThat(fallFirst.entries()).extracting(RankedEntry::unit).containsExactlyElementsOf(u);

    CriticalWeightChange fall = WeightSensitivity.percentAny(fallFirst).orElseThrow();

    assertThat(fall).isEqualTo(QuadraticOracles.percentAny(WeightSensitivity.criticalChanges(fallFirst)).orElseThrow());
    assertThat(List.of(fall.component(), fall.above(), fall.below())).containsExactly(Sheets.BASE, u.get(0), u.get(1));
    assertThat(fall.change()).isEqualTo(Ratio.of(1, 3));

    // the same with the two lower units' sheets exchanged: now the rise is listed first
    Ranking riseFirst = Rankings.rank(SCHEME, group, List.of(
        sheet(u.get(0), 55, 85), sheet(u.get(1), 40, 90), sheet(u.get(2), 70, 60)));
    assertThat(riseFirst.entries()).extracting(RankedEntry::unit).containsExactlyElementsOf(u);

    CriticalWeightChange rise = WeightSensitivity.percentAny(riseFirst).orElseThrow();

    assertThat(rise).isEqualTo(QuadraticOracles.percentAny(WeightSensitivity.criticalChanges(riseFirst)).orElseThrow());
    assertThat(List.of(rise.component(), rise.above(), rise.below())).containsExactly(Sheets.BASE, u.get(0), u.get(1));
    assertThat(rise.change()).isEqualTo(Ratio.of(-1, 3));
  }

  /** Base score {@code base}; on-site and special score both {@code other}. */
  private static ScoreSheet sheet(EvaluatedUnit unit, int base, int other) {
    return ScoreSheet.builder().unit(unit).period(Sheets.H1)
        .putScores(Sheets.BASE, Score.of(base)).putScores(Sheets.ON_SITE, Score.of(other))
        .putScores(RandomRankings.EXTRA, Score.of(other)).build();
  }
}
