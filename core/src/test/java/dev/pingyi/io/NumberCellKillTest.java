package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number cell read in one pass (a plain number and nothing else) is read exactly as the checked
 * reading reads it, which a cell with whitespace around it always takes: the same number, scale and
 * unit, or the same error; and a plain number is the decimal {@link BigDecimal} reads.
 */
class NumberCellKillTest {

  /** A plain number: a sign, digits grouped by threes or not, a point and a fraction. */
  private static final Pattern PLAIN = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.\\d*)?");

  private static final String[] TAILS = {
      "", "", "", "", "万元", " 亿元", ".", ",", "x", "e5", "E+2", "-", "..", ".x", ",5", ".5", "+", "万"};

  @Test
  void aCellIsReadAsTheSameCellWithWhitespaceAroundItIs() {
    Random random = new Random(20261127L);
    for (int k = 0; k < 12_000; k++) {
      String text = k % 3 == 0 ? randomChars(random) : randomNumber(random);
      String outcome = outcome(text);
      assertThat(outcome).as("'%s'", text).isEqualTo(outcome(" " + text + "\u3000"));
      long digits = text.chars().filter(Character::isDigit).count();
      if (PLAIN.matcher(text).matches() && digits > 0 && digits <= 18) {
        BigDecimal expected = new BigDecimal(text.replace(",", ""));
        assertThat(outcome).as("'%s'", text).isEqualTo(decimalOutcome(expected, ""));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "-0.25", "+3.", ".5", "1,234.5", "0", "-0", "9", "90.09", "abc", "万元", "x", "1..", "1.x",
      "1.万元", "1.5.5", "1.-", ",123", "-,123", "1234,567", "1,23,456", "123,45,678", "12,3456", "1,2", "1,", "1,,000",
      "1,000,", "", "-", "+", ".", "+.", "-.", "5万元", "1,000万元", "12345678901234567890", "-99999999999999999999",
      "0.12345678901234567890", "1234567890.1234567890", "123456789012345678", "12345678901234567.8",
      "1,234,567,890,123,456,789", "0.000000000000000001", "99999999999999999.9"})
  void aCellIsReadAsTheCheckedReadingReadsIt(String text) {
    String outcome = outcome(text);
    assertThat(outcome).isEqualTo(outcome(" " + text + " "));
    if (PLAIN.matcher(text).matches() && text.chars().anyMatch(Character::isDigit)) {
      assertThat(outcome).isEqualTo(decimalOutcome(new BigDecimal(text.replace(",", "")), ""));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {",123", "-,123", "1234,567", "1,23,456", "123,45,678", "12,3456", "1,2", "1,", "1,,000",
      "1,234,567,890,123,456,789,0", "1,234,567,890,123,456,7890", "12345678901234567890,123",
      "1,234,567,890,123,456,789.1,2", "1,234,567,890,123,456,789.12,3", ".1234567890123456789,1"})
  void commasThatDoNotSeparateGroupsOfThreeAreRefused(String text) {
    assertThatThrownBy(() -> new NumberCell().parse(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groups of three digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+", ".", "+.", "abc", "万元", "x", "-万元"})
  void aCellWithoutDigitsIsNotANumber(String text) {
    assertThatThrownBy(() -> new NumberCell().parse(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678901234567890", "-99999999999999999999", "0.12345678901234567890",
      "1234567890.1234567890", "-1,234,567,890,123,456,789,012", "12,345,678,901,234,567,890",
      "1,234,567,890,123,456,789.5", "+123,456,789,012,345,678,901,234"})
  void numbersOfMoreThanEighteenDigitsAreReadExactly(String text) {
    NumberCell cell = new NumberCell();
    cell.parse(text);
    assertThat(cell.decimal()).isEqualByComparingTo(text.replace(",", ""));
    assertThat(cell.suffix()).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "-5万元      | -5    | 万元",
      "+5万元      | 5     | 万元",
      "-0.5 亿元   | -0.5  | 亿元",
      "－３万元    | -3    | 万元",
      "10.90万元   | 10.90 | 万元",
      "-0.09元     | -0.09 | 元",
      "9.9 分      | 9.9   | 分",
      "1,000.5元   | 1000.5 | 元",
  })
  void aSignedNumberBeforeAUnitKeepsItsSignAndEveryDigit(String text, String number, String unit) {
    NumberCell cell = new NumberCell();
    cell.parse(text);
    assertThat(cell.decimal()).isEqualTo(new BigDecimal(number));
    assertThat(cell.signum()).isEqualTo(new BigDecimal(number).signum());
    assertThat(cell.suffix()).isEqualTo(unit);
  }

  @Test
  void eighteenDigitsBeforeAUnitAreAWholeNumberAsWithoutIt() {
    NumberCell cell = new NumberCell();
    cell.parse("000000000000002022年");
    assertThat(cell.toInt(1000, 9999)).isEqualTo(2022);
    assertThat(cell.suffix()).isEqualTo("年");
    cell.parse("00000000000002022.0 年");
    assertThat(cell.toInt(1000, 9999)).isEqualTo(2022);
  }

  /**
   * The amount of a number in a unit is the one {@link Yuan#of(BigDecimal, YuanUnit)} makes of the
   * decimal, or refused alike: never a product that wraps around the range of a long.
   */
  @Test
  void anAmountIsTheOneYuanMakesOfTheDecimalOrRefusedAlike() {
    Random random = new Random(7L);
    for (int k = 0; k < 4_000; k++) {
      int count = 1 + random.nextInt(18);
      String number = digits(random, count);
      int fraction = random.nextInt(count + 1);
      String text = (random.nextBoolean() ? "-" : "") + number.substring(0, count - fraction)
          + (fraction > 0 ? "." + number.substring(count - fraction) : "");
      for (YuanUnit unit : YuanUnit.values()) {
        assertThat(amount(text, unit)).as("%s %s", text, unit).isEqualTo(expectedAmount(text, unit));
      }
    }
    for (String text : new String[] {"92233", "92234", "-92233", "-92234", "100000", "-100000", "184467", "-184467",
        "922337203685477580.7", "-922337203685477580.8"}) {
      for (YuanUnit unit : YuanUnit.values()) {
        assertThat(amount(text, unit)).as("%s %s", text, unit).isEqualTo(expectedAmount(text, unit));
      }
    }
    assertThat(amount("184467", YuanUnit.WAN_YI)).startsWith("refused: ").contains("outside the range");
    assertThat(amount("-184467", YuanUnit.WAN_YI)).startsWith("refused: ").contains("outside the range");
  }

  private static String amount(String text, YuanUnit unit) {
    NumberCell cell = new NumberCell();
    cell.parse(text);
    try {
      return cell.toYuan(unit).toString();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }

  private static String expectedAmount(String text, YuanUnit unit) {
    try {
      return Yuan.of(new BigDecimal(text), unit).toString();
    } catch (ArithmeticException e) {
      return "refused: " + e.getMessage();
    }
  }

  /** The number, scale and unit read, or the error. */
  private static String outcome(String text) {
    NumberCell cell = new NumberCell();
    try {
      cell.parse(text);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
    assertThat(cell.signum()).as("'%s'", text).isEqualTo(cell.decimal().signum());
    return decimalOutcome(cell.decimal(), cell.suffix());
  }

  private static String decimalOutcome(BigDecimal number, String suffix) {
    return number.unscaledValue() + " scale " + number.scale() + " unit '" + suffix + "'";
  }

  /** A number, its digits grouped well or badly, often with a tail. */
  private static String randomNumber(Random random) {
    StringBuilder s = new StringBuilder();
    s.append(new String[] {"", "", "-", "+"}[random.nextInt(4)]);
    if (random.nextBoolean()) {
      s.append(digits(random, random.nextInt(random.nextInt(10) == 0 ? 25 : 12)));
    } else {
      s.append(digits(random, random.nextInt(5)));
      for (int g = random.nextInt(7); g > 0; g--) {
        s.append(',').append(digits(random, random.nextInt(5) == 0 ? random.nextInt(5) : 3));
      }
    }
    if (random.nextBoolean()) {
      s.append('.').append(digits(random, random.nextInt(random.nextInt(10) == 0 ? 25 : 8)));
    }
    return s.append(TAILS[random.nextInt(TAILS.length)]).toString();
  }

  private static String randomChars(Random random) {
    String alphabet = "0123456789,.+-eEx万09";
    StringBuilder s = new StringBuilder();
    for (int k = random.nextInt(10); k > 0; k--) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private static String digits(Random random, int count) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < count; k++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }
}
