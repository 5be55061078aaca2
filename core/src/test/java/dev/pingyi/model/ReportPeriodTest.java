package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {

  @ParameterizedTest(name = "时间进度 of {0} is {1}")
  @CsvSource({
    "2022, 1",
    "2022H1, 1/2",
    "2022H2, 1",
    "2022Q1, 1/4",
    "2022Q3, 3/4",
    "2022-07, 7/12",
    "2022-01, 1/12",
    "2022年1-2月, 1/6",
    "2022年1-5月, 5/12",
    "2022年1-6月, 1/2",
    "2022年前三季度, 3/4",
    "2022年1-11月, 11/12",
    "2022年1-12月, 1",
  })
  void elapsedShareOfYearIsTheLastMonthOverTwelve(String period, String share) {
    assertThat(ReportPeriod.parse(period).elapsedShareOfYear()).isEqualTo(Ratio.parse(share));
  }

  @Test
  void elapsedShareIsExactForEveryPeriodOfEveryKind() {
    for (ReportPeriod period : allPeriodsOf(2022)) {
      Ratio share = period.elapsedShareOfYear();
      assertThat(share.times(Ratio.of(12, 1)))
          .as("%s", period)
          .isEqualTo(Ratio.of(period.lastMonth().getMonthValue(), 1));
      assertThat(period.monthsElapsedInYear()).isEqualTo(period.lastMonth().getMonthValue());
    }
  }

  @Test
  void periodsSpanTheirMonthsAndDays() {
    ReportPeriod h1 = ReportPeriod.ofHalfYear(2022, 1);
    assertThat(h1.firstMonth()).isEqualTo(YearMonth.of(2022, 1));
    assertThat(h1.lastMonth()).isEqualTo(YearMonth.of(2022, 6));
    assertThat(h1.startDate()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(h1.endDate()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(h1.lengthInMonths()).isEqualTo(6);
    assertThat(h1.contains(YearMonth.of(2022, 6))).isTrue();
    assertThat(h1.contains(YearMonth.of(2022, 7))).isFalse();
    assertThat(h1.contains(YearMonth.of(2021, 3))).isFalse();
    assertThat(ReportPeriod.ofQuarter(2024, 1).endDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    ReportPeriod janToMay = ReportPeriod.yearToDate(2022, 5);
    assertThat(janToMay.firstMonth()).isEqualTo(YearMonth.of(2022, 1));
    assertThat(janToMay.lastMonth()).isEqualTo(YearMonth.of(2022, 5));
    assertThat(janToMay.endDate()).isEqualTo(LocalDate.of(2022, 5, 31));
    assertThat(janToMay.lengthInMonths()).isEqualTo(5);
    assertThat(janToMay.index()).isEqualTo(5);
  }

  @Test
  void everyPeriodContainsExactlyItsMonths() {
    for (ReportPeriod period : allPeriodsOf(2022)) {
      int contained = 0;
      for (int month = 1; month <= 12; month++) {
        if (period.contains(YearMonth.of(2022, month))) {
          contained++;
          assertThat(YearMonth.of(2022, month)).isBetween(period.firstMonth(), period.lastMonth());
        }
      }
      assertThat(contained).as("%s", period).isEqualTo(period.lengthInMonths());
    }
  }

  @Test
  void aYearToDateSpanIsItsOwnValueThatCoversTheMonthsOfACalendarPeriod() {
    ReportPeriod janToJune = ReportPeriod.parse("2022年1-6月");
    ReportPeriod h1 = ReportPeriod.parse("2022年上半年");
    assertThat(janToJune).isNotEqualTo(h1);
    assertThat(janToJune.toChinese()).isEqualTo("2022年1-6月");
    assertThat(h1.toChinese()).isEqualTo("2022年上半年");
    assertThat(janToJune.coversSameMonthsAs(h1)).isTrue();
    assertThat(ReportPeriod.yearToDate(2022, 3).coversSameMonthsAs(ReportPeriod.ofQuarter(2022, 1))).isTrue();
    assertThat(ReportPeriod.yearToDate(2022, 12).coversSameMonthsAs(ReportPeriod.ofYear(2022))).isTrue();
    assertThat(ReportPeriod.yearToDate(2022, 12).coversSameMonthsAs(ReportPeriod.ofYear(2023))).isFalse();
    assertThat(ReportPeriod.yearToDate(2022, 6).coversSameMonthsAs(ReportPeriod.ofHalfYear(2022, 2))).isFalse();
  }

  @Test
  void januaryThroughSeptemberIsWrittenAsTheFirstThreeQuarters() {
    assertThat(ReportPeriod.parse("2022年1-9月")).isEqualTo(ReportPeriod.parse("2022年前三季度"));
    assertThat(ReportPeriod.yearToDate(2022, 9).toChinese()).isEqualTo("2022年前三季度");
  }

  @Test
  void januaryAloneIsAMonthNotASpan() {
    assertThatThrownBy(() -> ReportPeriod.yearToDate(2022, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("YEAR_TO_DATE index=1 is outside [2, 12]")
        .hasMessageContaining("ofMonth(2022, 1)");
    assertThatThrownBy(() -> ReportPeriod.parse("2022年1-1月"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022年1-1月");
  }

  @ParameterizedTest(name = "before {0} comes {1}, and a year before it {2}")
  @CsvSource({
    "2022, 2021, 2021",
    "2022H1, 2021H2, 2021H1",
    "2022H2, 2022H1, 2021H2",
    "2022Q1, 2021Q4, 2021Q1",
    "2022Q3, 2022Q2, 2021Q3",
    "2022-01, 2021-12, 2021-01",
    "2022-07, 2022-06, 2021-07",
    "2022-01/05, 2022-01/04, 2021-01/05",
    "2022-01/03, 2022-01/02, 2021-01/03",
    "2022-01/02, 2021-01/12, 2021-01/02",
    "2022-01/09, 2022-01/08, 2021-01/09",
  })
  void previousAndSamePeriodLastYear(String period, String previous, String lastYear) {
    ReportPeriod p = ReportPeriod.parse(period);
    assertThat(p.previous()).isEqualTo(ReportPeriod.parse(previous));
    assertThat(p.samePeriodLastYear()).isEqualTo(ReportPeriod.parse(lastYear));
    assertThat(p.previous().next()).isEqualTo(p);
  }

  @Test
  void previousWalksEachSeriesThroughEveryPeriodOfItsKind() {
    for (PeriodKind kind : PeriodKind.values()) {
      ReportPeriod last = ReportPeriod.of(2022, kind, kind.lastIndex());
      List<ReportPeriod> walked = new ArrayList<>();
      for (ReportPeriod p = last; p.year() == 2022; p = p.previous()) {
        walked.add(p);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.previous()).isLessThan(p);
        assertThat(p.next()).isGreaterThan(p);
        assertThat(p.samePeriodLastYear().year()).isEqualTo(2021);
        assertThat(p.samePeriodLastYear().index()).isEqualTo(p.index());
      }
      assertThat(walked).hasSize(kind.lastIndex() - kind.firstIndex() + 1);
      assertThat(walked.get(walked.size() - 1).previous())
          .isEqualTo(ReportPeriod.of(2021, kind, kind.lastIndex()));
    }
  }

  @Test
  void periodsBeforeTheFirstOrAfterTheLastYearDoNotExist() {
    assertThatThrownBy(() -> ReportPeriod.ofQuarter(1000, 1).previous())
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("1000Q1")
        .hasMessageContaining("1000 to 9999");
    assertThatThrownBy(() -> ReportPeriod.ofYear(1000).samePeriodLastYear())
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("1000");
    assertThatThrownBy(() -> ReportPeriod.yearToDate(9999, 12).next())
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("9999-01/12");
    assertThat(ReportPeriod.ofQuarter(1000, 2).previous()).isEqualTo(ReportPeriod.ofQuarter(1000, 1));
  }

  @Test
  void periodsOrderByLastMonthThenLongerFirstThenKind() {
    List<ReportPeriod> expected = List.of(
        ReportPeriod.ofYear(2021), ReportPeriod.ofMonth(2022, 1), ReportPeriod.yearToDate(2022, 2),
        ReportPeriod.ofMonth(2022, 2), ReportPeriod.ofQuarter(2022, 1), ReportPeriod.yearToDate(2022, 3),
        ReportPeriod.ofMonth(2022, 3), ReportPeriod.yearToDate(2022, 5), ReportPeriod.ofHalfYear(2022, 1),
        ReportPeriod.yearToDate(2022, 6), ReportPeriod.ofQuarter(2022, 2), ReportPeriod.ofMonth(2022, 6),
        ReportPeriod.yearToDate(2022, 9), ReportPeriod.ofYear(2022), ReportPeriod.yearToDate(2022, 12),
        ReportPeriod.ofHalfYear(2022, 2), ReportPeriod.ofQuarter(2022, 4), ReportPeriod.ofMonth(2022, 12),
        ReportPeriod.ofMonth(2023, 1));
    List<ReportPeriod> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(7));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @Test
  void orderIsConsistentWithEqualsAndSpans() {
    List<ReportPeriod> all = new ArrayList<>(allPeriodsOf(2022));
    all.addAll(allPeriodsOf(2023));
    for (ReportPeriod a : all) {
      for (ReportPeriod b : all) {
        assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        if (a.lastMonth().isBefore(b.lastMonth())) {
          assertThat(a).isLessThan(b);
        }
        if (a.lastMonth().equals(b.lastMonth()) && a.lengthInMonths() > b.lengthInMonths()) {
          assertThat(a).isLessThan(b);
        }
        if (a.equals(b)) {
          assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
      }
    }
  }

  @Test
  void everyPeriodRoundTripsThroughEveryFormAndVariant() {
    long seed = 20220727L;
    Random random = new Random(seed);
    String[] dashes = {"-", "－", "—", "–", "~", "～", "〜", "至", "到"};
    for (int i = 0; i < 20_000; i++) {
      PeriodKind kind = PeriodKind.values()[random.nextInt(PeriodKind.values().length)];
      int year = ReportPeriod.MIN_YEAR + random.nextInt(ReportPeriod.MAX_YEAR - ReportPeriod.MIN_YEAR + 1);
      int index = kind.firstIndex() + random.nextInt(kind.lastIndex() - kind.firstIndex() + 1);
      ReportPeriod period = ReportPeriod.of(year, kind, index);
      String context = "seed " + seed + ", period " + period;
      assertThat(ReportPeriod.parse(period.toString())).as(context).isEqualTo(period);
      assertThat(ReportPeriod.parse(period.toChinese())).as(context).isEqualTo(period);
      assertThat(ReportPeriod.parse(" " + period.toChinese() + "\u3000")).as(context).isEqualTo(period);
      String variant = switch (kind) {
        case YEAR -> year + "年度";
        case HALF_YEAR -> period.toChinese();
        case QUARTER -> year + "年第" + ChineseNumerals.format(index) + "季度";
        case MONTH -> year + "年" + ChineseNumerals.format(index) + "月份";
        case YEAR_TO_DATE -> year + "年1" + dashes[random.nextInt(dashes.length)] + index + "月";
      };
      assertThat(ReportPeriod.parse(variant)).as(context + ", " + variant).isEqualTo(period);
    }
  }

  @ParameterizedTest(name = "{0} is rejected: {1}")
  @CsvSource({
    "'', four ASCII digits",
    "22H1, four ASCII digits",
    "２０２２年, four ASCII digits",
    "二〇二二年, four ASCII digits",
    "0999, year=999",
    "2022H3, HALF_YEAR index=3",
    "2022H, one ASCII digit",
    "2022H11, one ASCII digit",
    "2022Q5, QUARTER index=5",
    "2022Q0, QUARTER index=0",
    "2022-00, MONTH index=0",
    "2022-13, MONTH index=13",
    "2022-7, neither a month",
    "2022-02/05, neither a month",
    "2022-01/2023-05, neither a month",
    "2022-01/01, YEAR_TO_DATE index=1",
    "2022-01/13, YEAR_TO_DATE index=13",
    "2022年第五季度, QUARTER index=5",
    "2022年13月, MONTH index=13",
    "2022年0月, MONTH index=0",
    "2022年两月, neither one or two ASCII digits nor a Chinese numeral",
    "2022年3-5月, starts in January",
    "2022年1-13月, YEAR_TO_DATE index=13",
    "2022年1-月, last month",
    "2022年前两季度, neither one or two ASCII digits nor a Chinese numeral",
    "2022年中, not of a form",
    "2022 年, whitespace inside it",
    "2022年 7月, whitespace inside it",
    "2022年 七月, whitespace inside it",
    "2022h1, not of a form",
    "2022/07, not of a form",
  })
  void rejectsBadTextNamingItAndTheRule(String text, String rule) {
    assertThatThrownBy(() -> ReportPeriod.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ReportPeriod text='" + text.replace("\u00A0", "\\u00A0") + "'")
        .hasMessageContaining(rule);
  }

  @Test
  void rejectsLongTextBeforeReadingIt() {
    assertThatThrownBy(() -> ReportPeriod.parse("2022年" + "上".repeat(100_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100005 characters, more than the 32");
  }

  private static List<ReportPeriod> allPeriodsOf(int year) {
    List<ReportPeriod> periods = new ArrayList<>();
    for (PeriodKind kind : PeriodKind.values()) {
      for (int index = kind.firstIndex(); index <= kind.lastIndex(); index++) {
        periods.add(ReportPeriod.of(year, kind, index));
      }
    }
    return periods;
  }
}
