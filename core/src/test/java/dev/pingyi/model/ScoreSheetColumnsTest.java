package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;

/** A sheet keeps its scores in columns behind the same accessors, and sheets built alike share one component list. */
class ScoreSheetColumnsTest {

  private static final ScoreComponent BASE = ScoreComponent.BASE_EVALUATION;
  private static final ScoreComponent ON_SITE = ScoreComponent.ON_SITE_EVALUATION;

  private static ScoreSheet sheet(EvaluatedUnit unit, String base, String onSite) {
    return ScoreSheet.builder().unit(unit).period(Samples.H1)
        .putScores(BASE, Score.parse(base)).putScores(ON_SITE, Score.parse(onSite)).build();
  }

  @Test
  void sheetsBuiltAlikeShareOneComponentList() {
    ScoreSheet a = sheet(Samples.GUANXIAN_GOVERNMENT, "90", "80");
    ScoreSheet b = sheet(Samples.RESORT_COMMITTEE, "70.25", "99.5");
    ScoreSheet c = ScoreSheet.builder().unit(Samples.RESORT_COMMITTEE).period(Samples.H1)
        .putScores(ScoreComponent.of("基础评议分", Score.ZERO, Score.of(100)), Score.of(1))
        .putScores(ScoreComponent.of("现场评议分", Score.ZERO, Score.of(100)), Score.of(2))
        .build();

    assertThat(b.components()).isSameAs(a.components()).isSameAs(c.components()).containsExactly(BASE, ON_SITE);
  }

  @Test
  void theColumnsAnswerAsTheMapDoes() {
    ScoreSheet s = sheet(Samples.GUANXIAN_GOVERNMENT, "92.5", "88");

    assertThat(s.scores()).containsExactly(
        ImmutableMap.of(BASE, Score.parse("92.5"), ON_SITE, Score.of(88)).entrySet().toArray(new java.util.Map.Entry[0]));
    assertThat(s.scaledScore(0)).isEqualTo(925_000L);
    assertThat(s.scaledScore(1)).isEqualTo(880_000L);
    assertThat(s.score(ON_SITE)).contains(Score.of(88));
    assertThat(s.score(ScoreComponent.of("攻坚任务", Score.ZERO, Score.of(100)))).isEmpty();
    assertThat(s.withScores(ImmutableMap.of(ON_SITE, Score.of(1), BASE, Score.of(2))).components())
        .containsExactly(ON_SITE, BASE);
    assertThat(s.withScores(s.scores())).isEqualTo(s);
  }

  @Test
  void aComponentScoredTwiceIsRejectedNamingIt() {
    assertThatThrownBy(() -> ScoreSheet.builder().unit(Samples.GUANXIAN_GOVERNMENT).period(Samples.H1)
            .putScores(BASE, Score.of(1)).putScores(BASE, Score.of(2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("component 基础评议分 is scored twice");
    assertThatThrownBy(() -> sheet(Samples.GUANXIAN_GOVERNMENT, "1", "1")
            .withScores(ImmutableMap.of(BASE, Score.of(1), ScoreComponent.of("基础评议分", Score.ZERO, Score.of(10)), Score.of(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("appears twice with different ranges");
    assertThatThrownBy(() -> sheet(Samples.GUANXIAN_GOVERNMENT, "1", "1").withScores(ImmutableMap.of(BASE, Score.of(101))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("基础评议分=101 is outside [0, 100]");
  }
}
