package dev.pingyi.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.Growth;
import dev.pingyi.model.Percent;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Yuan;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures of the 2022 H1 Liaocheng report, recomputed from the figures it publishes. */
class ReportFiguresTest {

  private static final ReportPeriod H1 = ReportPeriod.ofHalfYear(2022, 1);

  @Test
  void linqingStarted102Of107ProjectsForAStartRateOf95Point3Percent() {
    Percent rate = Figures.startRate(102, 107).orElseThrow();
    assertThat(rate.fraction()).isEqualTo(Ratio.of(102, 107));
    assertThat(rate).hasToString("95.3%");
  }

  @Test
  void provincialProjectsAt64Point6PercentOfPlanAre14Point6PointsAheadOfSchedule() {
    ScheduleProgress progress = Figures.scheduleProgress(Percent.parse("64.6%"), H1);
    assertThat(progress.schedule()).hasToString("50.0%");
    assertThat(progress.difference().points()).isEqualTo(Ratio.of(146, 10));
    assertThat(progress.difference()).hasToString("14.6个百分点");
    assertThat(progress.toChinese()).isEqualTo("快于时间进度14.6个百分点");
  }

  @Test
  void resortLivelihoodSpendingIs81Point1PercentNotThe81Point2ThatIsPrinted() {
    // The report prints 81.2 %: reachable only from unrounded inputs. From the published
    // 4.04 亿元 of 4.98 亿元 the share is 81.124...% and rounds to 81.1 %.
    Percent share = Figures.share(Yuan.parse("4.04亿元"), Yuan.parse("4.98亿元")).orElseThrow();
    assertThat(share).hasToString("81.1%");
    assertThat(share.format(3, RoundingMode.HALF_UP)).isEqualTo("81.124%");
  }

  @Test
  void linqingBudgetRevenueGrowthPrintsAsPublished() {
    Growth published = Growth.of(Percent.parse("6.8"));
    assertThat(published.toChinese()).isEqualTo("增长6.8%");
    Growth computed = Figures.growth(Yuan.parse("11.9亿元"), Yuan.parse("11.9亿元")).orElseThrow();
    assertThat(computed.toChinese()).isEqualTo("持平");
    Growth decrease = Figures.growth(Yuan.parse("95万元"), Yuan.parse("100万元")).orElseThrow();
    assertThat(decrease.toChinese()).isEqualTo("下降5.0%");
    assertThat(decrease).hasToString("-5.0%");
    assertThat(Figures.growth(Yuan.parse("106.8万元"), Yuan.parse("100万元")).orElseThrow())
        .isEqualTo(published)
        .hasToString("+6.8%");
  }

  @Test
  void behindScheduleIsSlowerAndRoundedZeroIsLevel() {
    assertThat(Figures.scheduleProgress(Percent.parse("47%"), H1).toChinese())
        .isEqualTo("慢于时间进度3.0个百分点");
    assertThat(Figures.scheduleProgress(Percent.parse("50.04%"), H1).toChinese())
        .isEqualTo("与时间进度持平");
    assertThat(Figures.scheduleProgress(Percent.parse("80%"), ReportPeriod.ofQuarter(2022, 3)).toChinese())
        .isEqualTo("快于时间进度5.0个百分点");
  }

  @Test
  void theDifferenceIsRoundedOnceFromExactValues() {
    // 2/3 of the plan done at the end of July: 66.666…% − 58.333…% = 8.333… points. Rounding
    // each percentage first would give 66.7 − 58.3 = 8.4; rounding once gives 8.3.
    Percent completion = Figures.planCompletion(Yuan.ofYuan(2), Yuan.ofYuan(3)).orElseThrow();
    ScheduleProgress progress = Figures.scheduleProgress(completion, ReportPeriod.ofMonth(2022, 7));
    assertThat(progress.toChinese()).isEqualTo("快于时间进度8.3个百分点");
  }

  @Test
  void zeroDenominatorsGiveNoFigure() {
    assertThat(Figures.startRate(0, 0)).isEmpty();
    assertThat(Figures.planCompletion(Yuan.ofYuan(5), Yuan.ZERO)).isEmpty();
    assertThat(Figures.share(Yuan.ZERO, Yuan.ZERO)).isEmpty();
    assertThat(Figures.share(0, 0)).isEmpty();
    assertThat(Figures.growth(Yuan.ofYuan(5), Yuan.ZERO)).isEmpty();
    assertThat(new InvestmentAccumulator().snapshot().startRate()).isEmpty();
  }

  @Test
  void impossibleInputsAreRejectedWithNamedMessages() {
    assertThatThrownBy(() -> Figures.startRate(108, 107))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("started=108").hasMessageContaining("planned=107");
    assertThatThrownBy(() -> Figures.startRate(-1, 107))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("started=-1");
    assertThatThrownBy(() -> Figures.share(Yuan.ofYuan(-1), Yuan.ofYuan(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("part=-1.00元");
    assertThatThrownBy(() -> Figures.growth(Yuan.ofYuan(1), Yuan.ofYuan(-5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("previous=-5.00元");
    assertThatThrownBy(() -> Percent.parse("六十%"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("六十%");
  }

  @ParameterizedTest
  @CsvSource({"95.3%, 95.3%", "64.6, 64.6%", "0%, 0.0%", "100%, 100.0%", "-2.5%, -2.5%", "12.25%, 12.3%"})
  void percentagesReadAsPrintedAndPrintWithOneDecimal(String text, String printed) {
    Percent percent = Percent.parse(text);
    assertThat(percent).hasToString(printed);
    assertThat(Percent.parse(percent.format(6, RoundingMode.UNNECESSARY))).isEqualTo(percent);
  }

  @Test
  void percentagesCompareAndRoundInTheGivenMode() {
    Percent a = Percent.of(Ratio.of(1, 8));
    assertThat(a.format(1, RoundingMode.HALF_UP)).isEqualTo("12.5%");
    assertThat(a.format(0, RoundingMode.HALF_UP)).isEqualTo("13%");
    assertThat(a.format(0, RoundingMode.HALF_EVEN)).isEqualTo("12%");
    assertThat(a).isLessThan(Percent.parse("12.6%")).isEqualTo(Percent.parse("12.5"));
  }
}
