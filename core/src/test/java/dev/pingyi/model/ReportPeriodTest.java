package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  @Test
  void firstHalfOf2022IsHalfTheYearElapsed() {
    assertThat(ReportPeriod.parse("2022H1").elapsedShareOfYear()).isEqualTo(Ratio.of(1, 2));
    assertThat(ReportPeriod.parse("2022Q3").elapsedShareOfYear()).isEqualTo(Ratio.of(3, 4));
    assertThat(ReportPeriod.parse("2022-07").elapsedShareOfYear()).isEqualTo(Ratio.of(7, 12));
    assertThat(ReportPeriod.ofYear(2022).elapsedShareOfYear()).isEqualTo(Ratio.ONE);
  }

  @Test
  void periodsSpanTheirMonthsAndDays() {
    ReportPeriod h1 = ReportPeriod.ofHalfYear(2022, 1);
    assertThat(h1.firstMonth()).isEqualTo(YearMonth.of(2022, 1));
    assertThat(h1.lastMonth()).isEqualTo(YearMonth.of(2022, 6));
    assertThat(h1.startDate()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(h1.endDate()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(h1.contains(YearMonth.of(2022, 6))).isTrue();
    assertThat(h1.contains(YearMonth.of(2022, 7))).isFalse();
    assertThat(ReportPeriod.ofQuarter(2024, 1).endDate()).isEqualTo(LocalDate.of(2024, 3, 31));
  }

  @Test
  void periodsOrderByFirstMonthThenLastMonth() {
    List<ReportPeriod> expected = List.of(
        ReportPeriod.ofYear(2022), ReportPeriod.ofHalfYear(2022, 1), ReportPeriod.ofQuarter(2022, 1), ReportPeriod.ofMonth(2022, 1),
        ReportPeriod.ofMonth(2022, 2), ReportPeriod.ofQuarter(2022, 2), ReportPeriod.ofHalfYear(2022, 2), ReportPeriod.ofYear(2023));
    List<ReportPeriod> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(7));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @Test
  void orderIsConsistentWithEquals() {
    for (ReportPeriod a : List.of(ReportPeriod.ofYear(2022), ReportPeriod.ofHalfYear(2022, 1), ReportPeriod.ofMonth(2022, 6))) {
      for (ReportPeriod b : List.of(ReportPeriod.ofYear(2022), ReportPeriod.ofHalfYear(2022, 1), ReportPeriod.ofMonth(2022, 6))) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      }
    }
  }
}
