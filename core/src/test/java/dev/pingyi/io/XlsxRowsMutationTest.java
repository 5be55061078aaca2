package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rules of .xlsx cells and signatures that mutation testing showed untested. */
class XlsxRowsMutationTest {

  @Test
  void everyNonZeroDigitCountsAsSignificant() {
    assertThat(XlsxRows.excelNumber("1111111111111111")).isEqualTo("1111111111111110");
    assertThat(XlsxRows.excelNumber("9999999999999999")).isEqualTo("10000000000000000");
  }

  @Test
  void fifteenSignificantDigitsAreKeptAsWritten() {
    assertThat(XlsxRows.excelNumber("1.00000000000000")).isEqualTo("1.00000000000000");
    assertThat(XlsxRows.excelNumber("1.000000000000000")).isEqualTo("1");
  }

  @Test
  void rawTextOfSixtyFourCharactersIsRoundedAndLongerKeptAsItIs() {
    assertThat(XlsxRows.excelNumber("1".repeat(64))).isEqualTo("111111111111111" + "0".repeat(49));
    assertThat(XlsxRows.excelNumber("1".repeat(65))).isEqualTo("1".repeat(65));
  }

  @Test
  void aRoundedNumberIsPlainUpToSixtyFourPlacesEitherSide() {
    assertThat(XlsxRows.excelNumber("1.1111111111111111E+78")).isEqualTo("111111111111111" + "0".repeat(64));
    assertThat(XlsxRows.excelNumber("1.1111111111111111E+79")).isEqualTo("1.1111111111111111E+79");
    assertThat(XlsxRows.excelNumber("1.1111111111111111E-50"))
        .isEqualTo("0." + "0".repeat(49) + "111111111111111");
    assertThat(XlsxRows.excelNumber("1.1111111111111111E-51")).isEqualTo("1.1111111111111111E-51");
  }

  @Test
  void textThatIsNoNumberIsKeptAsItIs() {
    assertThat(XlsxRows.excelNumber("1111111111111111x")).isEqualTo("1111111111111111x");
  }

  @Test
  void theSignaturesAreComparedWhole() {
    assertThatThrownBy(() -> XlsxRows.open(new byte[] {'P', 'K'}, null))
        .isInstanceOf(RowSource.UnreadableTableException.class).hasMessageContaining("does not start as a ZIP");
    assertThatThrownBy(() -> XlsxRows.open(new byte[] {'P', 'K', 3, 4}, null))
        .isInstanceOf(RowSource.UnreadableTableException.class).hasMessageContaining("is not a readable .xlsx");
    assertThatThrownBy(() -> XlsxRows.open(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, null))
        .isInstanceOf(RowSource.UnreadableTableException.class).hasMessageContaining("does not start as a ZIP");
  }
}
