package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.Score;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text rules of cells: numbers, units, headers, blanks, formula neutralising. */
class TableCellTest {

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource(delimiter = '|', value = {
      "12500        | 万元 | 125000000.00元",
      "'12,500.75'  | 万元 | 125007500.00元",
      "'1,234,567'  | 元   | 1234567.00元",
      "１３．８      | 亿元 | 1380000000.00元",
      "'１２，５００' | 万元 | 125000000.00元",
      "1.38E+09     | 元   | 1380000000.00元",
      "1.38e9       | 元   | 1380000000.00元",
      "' 13.8 '     | 亿元 | 1380000000.00元",
      "+3           | 元   | 3.00元",
      "0.000001     | 万元 | 0.01元",
      "12.          | 元   | 12.00元",
      ".5           | 元   | 0.50元",
      "123456789012345678901 | 元 | 123456789012345678901.00元",
  })
  void numbersReadExactly(String text, String unit, String yuan) {
    NumberCell cell = new NumberCell();
    cell.parse(text);

    YuanUnit u = java.util.Objects.requireNonNull(Headers.symbolUnit(unit.trim()), unit);
    if (yuan.startsWith("123456789012345678901")) {
      assertThatThrownBy(() -> cell.toYuan(u)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("outside the range");
      return;
    }
    assertThat(cell.suffix()).isEmpty();
    assertThat(cell.toYuan(u)).hasToString(yuan);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "13.8亿元    | 亿元",
      "13.8 亿元   | 亿元",
      "4500万元    | 万元",
      "92.5分      | 分",
      "2022年      | 年",
  })
  void aUnitAfterTheNumberIsItsSuffix(String text, String suffix) {
    NumberCell cell = new NumberCell();
    cell.parse(text);

    assertThat(cell.suffix()).isEqualTo(suffix);
  }

  @ParameterizedTest(name = "''{0}'' {1}")
  @CsvSource(delimiter = '|', value = {
      "'12,50'     | thousands separators",
      "'1234,567'  | thousands separators",
      "',123'      | thousands separators",
      "'1,234.5,6' | '',6'' after",
      "abc         | is not a number",
      "-           | is not a number",
      "''          | is not a number",
      "'1,234e5'   | mixes thousands separators and an exponent",
  })
  void malformedNumbersAreRefusedWithTheirRule(String text, String rule) {
    NumberCell cell = new NumberCell();

    if (rule.contains("after")) {
      cell.parse(text);
      assertThat(cell.suffix()).isEqualTo(",6");
      return;
    }
    assertThatThrownBy(() -> cell.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(rule);
  }

  @Test
  void scoresAndYearsReadExactly() {
    NumberCell cell = new NumberCell();

    cell.parse("90.1234");
    assertThat(cell.toScore()).isEqualTo(Score.parse("90.1234"));
    cell.parse("2022.0");
    assertThat(cell.toInt(1000, 9999)).isEqualTo(2022);
    cell.parse("2022.5");
    assertThatThrownBy(() -> cell.toInt(1000, 9999)).isInstanceOf(IllegalArgumentException.class);
    cell.parse("-0.5");
    assertThat(cell.signum()).isNegative();
    assertThat(cell.toYuan(YuanUnit.YUAN)).isEqualTo(Yuan.ofFen(-50));
  }

  @Test
  void excelNumbersKeepFifteenSignificantDigits() {
    assertThat(XlsxRows.excelNumber("13.800000000000001")).isEqualTo("13.8");
    assertThat(XlsxRows.excelNumber("0.30000000000000004")).isEqualTo("0.3");
    assertThat(XlsxRows.excelNumber("123456789012345")).isEqualTo("123456789012345");
    assertThat(XlsxRows.excelNumber("1234567890123456789")).isEqualTo("1234567890123460000");
    assertThat(XlsxRows.excelNumber("1.38E9")).isEqualTo("1.38E9");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "总投资（亿元）           | 总投资(亿元)",
      "'总 投 资\n(万元)'      | 总投资(万元)",
      "*项目名称*              | 项目名称",
      "2022年计划投资          | 计划投资",
      "2022年度计划投资        | 计划投资",
      "TotalInvestment        | totalinvestment",
      "所在县（市、区）         | 所在县(市、区)",
  })
  void headersAreComparedNormalised(String header, String normalised) {
    assertThat(Headers.normalize(header)).isEqualTo(normalised);
  }

  @Test
  void unitsComeFromANoteOrATitle() {
    assertThat(Headers.unit("单位:万元")).isEqualTo(YuanUnit.WAN);
    assertThat(Headers.unit("亿元")).isEqualTo(YuanUnit.YI);
    assertThat(Headers.unit("个")).isNull();
    assertThat(Headers.titleUnit("单位：万元")).isEqualTo(YuanUnit.WAN);
    assertThat(Headers.titleUnit("2022年重点项目表（单位：亿元）")).isEqualTo(YuanUnit.YI);
    assertThat(Headers.titleUnit("2022年重点项目表")).isNull();
  }

  @Test
  void totalRowsStartWithATotalWord() {
    assertThat(TableDriver.isTotal("合计")).isTrue();
    assertThat(TableDriver.isTotal(" 合 计 ")).isTrue();
    assertThat(TableDriver.isTotal("合计（107个）")).isTrue();
    assertThat(TableDriver.isTotal("全市合计")).isTrue();
    assertThat(TableDriver.isTotal("小计")).isTrue();
    assertThat(TableDriver.isTotal("总投资")).isFalse();
    assertThat(TableDriver.isTotal("合成材料项目")).isFalse();
  }

  @Test
  void blanksAreWhitespaceOfAnyKind() {
    assertThat(CellText.isBlank("")).isTrue();
    assertThat(CellText.isBlank(" \t\u3000\u00A0")).isTrue();
    assertThat(CellText.isBlank("\u0000")).isFalse();
    assertThat(CellText.isBlank(" x")).isFalse();
  }

  @Test
  void plainNamesAreTakenAsTheyAreAndOthersNormalised() {
    String name = "山东乐宝宠物食品有限公司 高端项目";
    assertThat(CellText.name("Project", "name", name)).isSameAs(name);
    assertThat(CellText.name("Project", "name", " 冠县\u3000 项目 ")).isEqualTo("冠县 项目");
    assertThatThrownBy(() -> CellText.name("Project", "name", "冠县\u200B"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+200B");
  }

  @Test
  void columnsAreLetteredAsSpreadsheetsLetterThem() {
    assertThat(CellText.columnLetters(1)).isEqualTo("A");
    assertThat(CellText.columnLetters(26)).isEqualTo("Z");
    assertThat(CellText.columnLetters(27)).isEqualTo("AA");
    assertThat(CellText.columnLetters(16384)).isEqualTo("XFD");
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "=SUM(A1)  | '=SUM(A1)",
      "+86       | '+86",
      "-5        | '-5",
      "@cmd      | '@cmd",
      "'=x       | ''=x",
      "''-x      | '''-x",
      "'plain    | 'plain",
      "冠县       | 冠县",
  })
  void textsThatWouldStartAFormulaAreNeutralised(String text, String written) {
    assertThat(CellText.neutralize(text)).isEqualTo(written);
    assertThat(CellText.unneutralize(written)).isEqualTo(text);
  }

  @Test
  void neutralisingIsUndoneExactlyForAnyText() {
    long seed = 7L;
    Random random = new Random(seed);
    String alphabet = "'=+-@\t\rA冠 ";
    for (int i = 0; i < 10_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(6); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String written = CellText.neutralize(text.toString());
      assertThat(CellText.unneutralize(written)).as("seed %s text '%s'", seed, text).isEqualTo(text.toString());
      assertThat(CellText.startsFormula(written)).as("seed %s text '%s'", seed, text).isFalse();
    }
  }
}
