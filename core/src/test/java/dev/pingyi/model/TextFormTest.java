package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every textual form is read back to the value that wrote it. */
class TextFormTest {

  @ParameterizedTest(name = "{0} is {1} fen and prints {2} in reports")
  @CsvSource({
    "13.8亿元, 138000000000, 13.8亿元, 1380000000.00元",
    "4500万元, 4500000000, 4500万元, 45000000.00元",
    "1.2万亿元, 120000000000000, 1.2万亿元, 1200000000000.00元",
    "170亿元, 1700000000000, 170亿元, 17000000000.00元",
    "4.98亿元, 49800000000, 4.98亿元, 498000000.00元",
    "0.45亿元, 4500000000, 4500万元, 45000000.00元",
    "350元, 35000, 350元, 350.00元",
    "0.01元, 1, 0.01元, 0.01元",
    "-0.5亿元, -5000000000, -5000万元, -50000000.00元",
    "0万元, 0, 0元, 0.00元",
    "51.9 亿元, 519000000000, 51.9亿元, 5190000000.00元",
  })
  void yuanTextRoundTrips(String text, long fen, String report, String canonical) {
    Yuan amount = Yuan.parse(text);
    assertThat(amount.fen()).isEqualTo(fen);
    assertThat(amount.toReportString()).isEqualTo(report);
    assertThat(amount.toString()).isEqualTo(canonical);
    assertThat(Yuan.parse(amount.toString())).isEqualTo(amount);
    assertThat(Yuan.parse(amount.toReportString())).isEqualTo(amount);
    for (YuanUnit unit : YuanUnit.values()) {
      assertThat(Yuan.parse(amount.toString(unit))).isEqualTo(amount);
    }
  }

  @ParameterizedTest(name = "{0} prints {1} and {2}")
  @CsvSource({
    "2022, 2022, 2022年",
    "2022H1, 2022H1, 2022年上半年",
    "2022H2, 2022H2, 2022年下半年",
    "2022Q1, 2022Q1, 2022年一季度",
    "2022Q3, 2022Q3, 2022年三季度",
    "2022Q4, 2022Q4, 2022年四季度",
    "2022-07, 2022-07, 2022年7月",
    "2022-12, 2022-12, 2022年12月",
    "2022-01/05, 2022-01/05, 2022年1-5月",
    "2022-01/09, 2022-01/09, 2022年前三季度",
    "2022-01/11, 2022-01/11, 2022年1-11月",
    "2022-01/12, 2022-01/12, 2022年1-12月",
    "2022-01/2022-06, 2022-01/06, 2022年1-6月",
    "2022年上半年, 2022H1, 2022年上半年",
    "2022年二季度, 2022Q2, 2022年二季度",
    "2022年第二季度, 2022Q2, 2022年二季度",
    "2022年第2季度, 2022Q2, 2022年二季度",
    "2022年3季度, 2022Q3, 2022年三季度",
    "2022年10月, 2022-10, 2022年10月",
    "2022年07月, 2022-07, 2022年7月",
    "2022年七月, 2022-07, 2022年7月",
    "2022年十二月份, 2022-12, 2022年12月",
    "2022年1-5月份, 2022-01/05, 2022年1-5月",
    "2022年1—5月, 2022-01/05, 2022年1-5月",
    "2022年1–5月, 2022-01/05, 2022年1-5月",
    "2022年1－5月, 2022-01/05, 2022年1-5月",
    "2022年1~5月, 2022-01/05, 2022年1-5月",
    "2022年1～5月, 2022-01/05, 2022年1-5月",
    "2022年1〜5月, 2022-01/05, 2022年1-5月",
    "2022年1至5月, 2022-01/05, 2022年1-5月",
    "2022年一至五月, 2022-01/05, 2022年1-5月",
    "2022年1-9月, 2022-01/09, 2022年前三季度",
    "2022年前三季度, 2022-01/09, 2022年前三季度",
    "2023年, 2023, 2023年",
    "2023年度, 2023, 2023年",
    "2023年全年, 2023, 2023年",
    "'\u3000 2022年上半年\u00A0', 2022H1, 2022年上半年",
  })
  void periodTextRoundTrips(String text, String iso, String chinese) {
    ReportPeriod period = ReportPeriod.parse(text);
    assertThat(period.toString()).isEqualTo(iso);
    assertThat(period.toChinese()).isEqualTo(chinese);
    assertThat(ReportPeriod.parse(period.toString())).isEqualTo(period);
    assertThat(ReportPeriod.parse(period.toChinese())).isEqualTo(period);
  }

  @ParameterizedTest
  @CsvSource({"35万吨/年, 35, 万吨, true", "35 万吨/年, 35, 万吨, true", "180万锭, 180, 万锭, false",
      "1000吨/年, 1000, 吨, true", "4.80万吨/年, 4.8, 万吨, true", "1600万吨, 1600, 万吨, false"})
  void capacityTextRoundTrips(String text, BigDecimal amount, String unit, boolean perYear) {
    Capacity capacity = Capacity.parse(text);
    assertThat(capacity.amount()).isEqualTo(amount);
    assertThat(capacity.unit()).isEqualTo(unit);
    assertThat(capacity.perYear()).isEqualTo(perYear);
    assertThat(Capacity.parse(capacity.toString())).isEqualTo(capacity);
  }

  @ParameterizedTest
  @CsvSource({"1/2", "-7/12", "3", "0", "123456789012345678901234567891/2"})
  void ratioTextRoundTrips(String text) {
    assertThat(Ratio.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"92.5", "88", "0", "-3.25", "100", "0.0001", "999999.9999"})
  void scoreTextRoundTrips(String text) {
    assertThat(Score.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"371500", "371503", "371525", "371581", "370000", "110101", "419001"})
  void divisionCodeTextRoundTrips(String text) {
    assertThat(DivisionCode.of(text).toString()).isEqualTo(text);
  }

  @Test
  void everyYuanAmountRoundTripsThroughEveryForm() {
    long seed = 20220727L;
    Random random = new Random(seed);
    for (int i = 0; i < 10_000; i++) {
      long fen = switch (i % 3) {
        case 0 -> random.nextLong();
        case 1 -> random.nextInt();
        default -> (long) random.nextInt(1_000_000) * 1_000_000L;
      };
      Yuan amount = Yuan.ofFen(fen);
      String context = "seed " + seed + ", fen " + fen;
      assertThat(Yuan.parse(amount.toString())).as(context).isEqualTo(amount);
      assertThat(Yuan.parse(amount.toReportString())).as(context).isEqualTo(amount);
      assertThat(amount.in(YuanUnit.YI).scaleByPowerOfTen(10).longValueExact()).as(context).isEqualTo(fen);
    }
  }

  @Test
  void everyPeriodRoundTripsThroughBothForms() {
    for (int year : new int[] {1000, 2022, 9999}) {
      for (PeriodKind kind : PeriodKind.values()) {
        for (int index = kind.firstIndex(); index <= kind.lastIndex(); index++) {
          ReportPeriod period = ReportPeriod.of(year, kind, index);
          assertThat(ReportPeriod.parse(period.toString())).isEqualTo(period);
          assertThat(ReportPeriod.parse(period.toChinese())).isEqualTo(period);
        }
      }
    }
  }

  @Test
  void everyValidCreditCodeRoundTrips() {
    long seed = 32100L;
    Random random = new Random(seed);
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int built = 0;
    while (built < 1_000) {
      StringBuilder first17 = new StringBuilder("91371525");
      for (int i = 0; i < 8; i++) {
        first17.append(alphabet.charAt(random.nextInt(10)));
      }
      int sum = 0;
      int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
      for (int i = 0; i < 8; i++) {
        sum += (first17.charAt(8 + i) - '0') * weights[i];
      }
      int check = 11 - sum % 11;
      if (check == 10) {
        continue;
      }
      first17.append(check == 11 ? '0' : (char) ('0' + check));
      String code = first17.toString() + CreditCode.checkCharacter(first17.toString());
      assertThat(CreditCode.of(code).toString()).as("seed %s", seed).isEqualTo(code);
      built++;
    }
  }

  @Test
  void roundedFormatsRoundOnceInTheGivenMode() {
    Yuan amount = Yuan.parse("4.045亿元");
    assertThat(amount.format(YuanUnit.YI, 2, RoundingMode.HALF_UP)).isEqualTo("4.05亿元");
    assertThat(amount.format(YuanUnit.YI, 2, RoundingMode.HALF_EVEN)).isEqualTo("4.04亿元");
    assertThat(amount.format(YuanUnit.WAN, 0, RoundingMode.UNNECESSARY)).isEqualTo("40450万元");
    assertThat(Yuan.parse("4.98亿元").format(YuanUnit.YI, 1, RoundingMode.HALF_UP)).isEqualTo("5.0亿元");
  }
}
