package dev.pingyi.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.Percent;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Yuan;
import org.junit.jupiter.api.Test;

/** The rules of the figures: each bad argument is blamed by name, and no figure is meaningless. */
class FigureRulesTest {

  @Test
  void aNegativePlannedCountIsBlamedNotTheStartedCount() {
    assertThatThrownBy(() -> Figures.startRate(0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("startRate planned=-1 must not be negative");
  }

  @Test
  void aPartLargerThanItsWholeIsNoShare() {
    assertThatThrownBy(() -> Figures.share(Yuan.parse("5亿元"), Yuan.parse("3亿元")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share part=5亿元 exceeds whole=3亿元");
    assertThatThrownBy(() -> Figures.share(5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share part=5 exceeds whole=3");
    assertThat(Figures.share(3, 3)).contains(Percent.parse("100%"));
  }

  @Test
  void aNegativePlanCompletionHasNoScheduleProgress() {
    assertThatThrownBy(() -> Figures.scheduleProgress(Percent.parse("-1%"), ReportPeriod.ofHalfYear(2022, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("completion=-1.0% must not be negative");
    assertThat(Figures.scheduleProgress(Percent.parse("120%"), ReportPeriod.ofHalfYear(2022, 1)).toChinese())
        .isEqualTo("快于时间进度70.0个百分点");
  }
}
