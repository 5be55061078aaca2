package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edges of {@link ScoreVector} that mutation testing found no test for. */
class ScoreVectorMutationTest {

  @Test
  void aVectorEqualsOnlyAVectorOfEqualScores() {
    ScoreVector vector = ScoreVector.of(List.of(Map.entry(ScoreComponent.BASE_EVALUATION, Score.of(1))), "sheet");
    ScoreVector same = ScoreVector.of(List.of(Map.entry(ScoreComponent.BASE_EVALUATION, Score.of(1))), "sheet");
    assertThat(vector).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(vector.equals(vector.toMap())).isFalse();
    assertThat(vector.equals(null)).isFalse();
  }
}
