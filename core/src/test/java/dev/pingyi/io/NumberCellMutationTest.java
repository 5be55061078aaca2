package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.internal.TextRules;
import dev.pingyi.model.YuanUnit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The rules of number cells that mutation testing showed untested: the edges of the long fast path. */
class NumberCellMutationTest {

  private final NumberCell cell = new NumberCell();

  @Test
  void aCellOfTwiceTheNumberLengthIsReadAndALongerOneRejected() {
    int most = 2 * TextRules.MAX_NUMBER_LENGTH;
    cell.parse("1" + "x".repeat(most - 1));
    assertThat(cell.decimal()).isEqualByComparingTo("1");
    assertThat(cell.suffix()).hasSize(most - 1);

    assertThatThrownBy(() -> cell.parse("1" + "x".repeat(most)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("characters, more than");
  }

  @Test
  void eighteenDigitsAreReadWholeWithOrWithoutAFraction() {
    cell.parse("123456789012345678");
    assertThat(cell.decimal()).isEqualTo(new BigDecimal("123456789012345678"));
    assertThat(cell.suffix()).isEmpty();

    cell.parse("123456789012345678.5");
    assertThat(cell.decimal()).isEqualByComparingTo("123456789012345678.5");
    assertThat(cell.suffix()).isEmpty();

    cell.parse("12345678901234567.89万元");
    assertThat(cell.decimal()).isEqualByComparingTo("12345678901234567.89");
    assertThat(cell.suffix()).isEqualTo("万元");
  }

  @Test
  void aYearOfEighteenDigitsWithLeadingZerosIsAWholeNumber() {
    cell.parse("000000000000002022");
    assertThat(cell.toInt(1000, 9999)).isEqualTo(2022);
  }

  @Test
  void theBoundsOfAnIntRangeAreWithinIt() {
    cell.parse("1000");
    assertThat(cell.toInt(1000, 9999)).isEqualTo(1000);
    cell.parse("9999.0");
    assertThat(cell.toInt(1000, 9999)).isEqualTo(9999);
  }

  @Test
  void scientificNotationKeepsTheUnitAfterIt() {
    cell.parse("1.38E+09元");
    assertThat(cell.decimal()).isEqualByComparingTo("1380000000");
    assertThat(cell.suffix()).isEqualTo("元");
  }

  @Test
  void thousandsSeparatorsAndAnExponentDoNotMix() {
    for (String text : new String[] {"1,000e5", "1,000E5", "e1,000", "E1,000"}) {
      assertThatThrownBy(() -> cell.parse(text)).as(text)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixes thousands separators");
    }
    cell.parse("1,234,567,890,123,456,789");
    assertThat(cell.decimal()).isEqualByComparingTo("1234567890123456789");
  }

  @Test
  void moreDecimalsThanFenAreReadWhenTheyAreZeros() {
    cell.parse("1.000");
    assertThat(cell.toYuan(YuanUnit.YUAN)).hasToString("1.00元");
    cell.parse("-12.3400");
    assertThat(cell.toYuan(YuanUnit.YUAN)).hasToString("-12.34元");
    cell.parse("1.234");
    assertThatThrownBy(() -> cell.toYuan(YuanUnit.YUAN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScoreBreakingARuleIsReportedWithTheNumberWritten() {
    cell.parse("9.5e1");
    assertThat(cell.toScore().toString()).isEqualTo(dev.pingyi.model.Score.of(95).toString());

    cell.parse("1.23456");
    assertThatThrownBy(cell::toScore).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.23456").hasMessageContaining("more than 4 decimals");
    cell.parse("99999999999999999");
    assertThatThrownBy(cell::toScore).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("99999999999999999");
    cell.parse("-99999999999999999");
    assertThatThrownBy(cell::toScore).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-99999999999999999");
  }
}
