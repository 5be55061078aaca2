package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules themselves; every parser's use of them is tested with the parser. */
class TextRulesTest {

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({
    "92.5, 92.5",
    "-0.5, -0.5",
    "+3, 3",
    ".5, 0.5",
    "5., 5",
    "1.38E+9, 1380000000",
    "1e-64, 1E-64",
    "1e64, 1E+64",
    "9.99e64, 9.99E+64",
    "0e-64, 0",
    "'\u3000 13.8\u00A0', 13.8",
    "'\t13.8\n', 13.8",
  })
  void readsDecimalsWithinTheLimits(String text, BigDecimal value) {
    assertThat(TextRules.parseDecimal(text, "x")).isEqualByComparingTo(value);
  }

  @ParameterizedTest(name = "{0} is rejected: {1}")
  @CsvSource({
    "'', blank",
    "'\u3000', blank",
    "-, no digit",
    "., no digit",
    "e5, holds 'e'",
    "1e, no digit in its exponent",
    "1e+, no digit in its exponent",
    "1.2.3, holds '.'",
    "1 000, holds U+0020",
    "13.8亿, holds '亿'",
    "１３.８, holds '１' (U+FF11)",
    "٣, holds '٣' (U+0663)",
    "NaN, holds 'N'",
    "Infinity, holds 'I'",
    "0x10, holds 'x'",
    "1_000, holds '_'",
    "1e-2147483647, exponent e-2147483647",
    "1e-2147483648, exponent e-2147483648",
    "1E+2147483647, exponent E+2147483647",
    "1e99999, exponent e99999",
    "0e99999, exponent e99999",
    "1e-99999999, exponent e-99999999",
    "1e65, 'outside [-64, 64]'",
    "1e-65, 'outside [-64, 64]'",
    "10e64, 'outside [-64, 64]'",
    "0.000000000000000000000000000000000000000000000000000000000000000001, '68 characters, more than the 64'",
  })
  void rejectsBadNumberTextNamingTheRule(String text, String rule) {
    assertThatThrownBy(() -> TextRules.parseDecimal(text, "Score text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Score text=")
        .hasMessageContaining(rule);
  }

  @Test
  void plainDecimalsHaveNoExponent() {
    assertThat(TextRules.parsePlainDecimal("13.8", "x")).isEqualByComparingTo("13.8");
    assertThatThrownBy(() -> TextRules.parsePlainDecimal("1e2", "Yuan number"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds 'e'");
  }

  @Test
  void hugeNumberTextIsRejectedWithoutReadingIt() {
    String digits = "9".repeat(200_000);
    assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
      assertThatThrownBy(() -> TextRules.parseDecimal(digits, "Yuan yi"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("200000 characters, more than the 64")
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
      assertThatThrownBy(() -> TextRules.parseInteger(digits, "numerator"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("200000 characters, more than the 1000");
    });
  }

  @Test
  void integersAreWholeNumbersOfBoundedLength() {
    assertThat(TextRules.parseInteger(" -107 ", "q")).isEqualTo(BigInteger.valueOf(-107));
    assertThat(TextRules.parseInteger("9".repeat(1000), "p")).isEqualTo(BigInteger.TEN.pow(1000).subtract(BigInteger.ONE));
    assertThatThrownBy(() -> TextRules.parseInteger("1.5", "p")).hasMessageContaining("holds '.'");
    assertThatThrownBy(() -> TextRules.parseInteger("-", "p")).hasMessageContaining("no digit");
    assertThatThrownBy(() -> TextRules.parseInteger("9".repeat(1001), "p")).hasMessageContaining("more than the 1000");
  }

  @Test
  void exponentsOfDecimalsAreCheckedWithoutPrintingThem() {
    BigDecimal tiny = new BigDecimal("1e-100000000");
    assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
        assertThatThrownBy(() -> TextRules.checkExponent(tiny, "Yuan amount"))
            .hasMessage("Yuan amount=1E-100000000 has digits at powers of ten outside [-64, 64]"));
    TextRules.checkExponent(new BigDecimal("0E-100000000"), "zero");
    assertThat(TextRules.shown(new BigDecimal("0.001"))).isEqualTo("0.001");
    assertThat(TextRules.shown(tiny)).isEqualTo("1E-100000000");
  }

  @ParameterizedTest(name = "{0} normalises to {1}")
  @CsvSource({
    "冠县, 冠县",
    "'\u3000冠县\u3000', 冠县",
    "'\u00A0冠县 ', 冠县",
    "' \t冠县\r\n', 冠县",
    "'Liaocheng  Resort', Liaocheng Resort",
    "'市\u3000发展改革委', 市 发展改革委",
    "'市\u202F\u00A0 发展改革委', 市 发展改革委",
    "'\uD842\uDFB7', '\uD842\uDFB7'",
    "'\uE000', '\uE000'",
  })
  void normalisesNamesByTheOneRule(String text, String name) {
    assertThat(TextRules.normalizeName("County", "name", text)).isEqualTo(name);
    TextRules.checkName("County", "name", name);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource({
    "no-break space only, '\u00A0', 'is blank'",
    "ideographic space only, '\u3000', 'is blank'",
    "empty, '', 'is blank'",
    "zero-width space, '\u200B', 'U+200B at index 0'",
    "zero-width space inside, '冠\u200B县', 'U+200B at index 1'",
    "zero-width joiner, '冠\u200D县', 'U+200D'",
    "byte-order mark, '\uFEFF冠县', 'U+FEFF'",
    "bidi override, '冠县\u202E', 'U+202E'",
    "bidi isolate, '\u2066冠县', 'U+2066'",
    "NUL, '冠\u0000县', 'U+0000'",
    "escape, '冠\u001B县', 'U+001B'",
    "soft hyphen, '冠\u00AD县', 'U+00AD'",
    "lone high surrogate, '冠\uD800县', 'U+D800'",
    "lone low surrogate, '冠\uDC00', 'U+DC00'",
    "noncharacter, '冠\uFFFE', 'U+FFFE'",
  })
  void rejectsInvisibleAndBlankNamesInReadersAndBuilders(String rule, String text, String message) {
    assertThatThrownBy(() -> TextRules.normalizeName("County", "name", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("County name='")
        .hasMessageContaining(message);
    assertThatThrownBy(() -> TextRules.checkName("County", "name", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "builder rejects {0}")
  @CsvSource({
    "'\u3000冠县\u3000', 'has whitespace around it', '冠县'",
    "'冠县 ', 'has whitespace around it', '冠县'",
    "'冠\u00A0县', 'inside it other than single spaces', '冠 县'",
    "'冠  县', 'inside it other than single spaces', '冠 县'",
    "'冠\t县', 'inside it other than single spaces', '冠 县'",
  })
  void buildersTakeNamesNormalisedAlready(String name, String rule, String normalised) {
    assertThatThrownBy(() -> TextRules.checkName("County", "name", name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(rule)
        .hasMessageContaining("'" + normalised + "'");
  }

  @Test
  void messagesShowInvisibleCharactersAndCutLongText() {
    assertThat(TextRules.shown("冠\u200B县\u00A0 ")).isEqualTo("冠\\u200B县\\u00A0 ");
    assertThat(TextRules.shown("x".repeat(1000))).isEqualTo("x".repeat(40) + "…(1000 chars)");
    assertThatThrownBy(() -> TextRules.normalizeName("County", "name", "冠".repeat(501)))
        .hasMessageContaining("501 characters, more than the 500");
    assertThatThrownBy(() -> TextRules.normalizeName("County", "name", " ".repeat(1_000_000)))
        .hasMessageContaining("1000000 characters");
  }

  @Test
  void whitespaceIsEveryUnicodeSpaceAndNothingInvisibleIsWhitespace() {
    for (int cp : new int[] {' ', '\t', '\n', 0x00A0, 0x2007, 0x202F, 0x3000, 0x2028}) {
      assertThat(TextRules.isWhitespace(cp)).as("U+%04X", cp).isTrue();
      assertThat(TextRules.isInvisible(cp)).as("U+%04X", cp).isFalse();
    }
    for (int cp : new int[] {0x200B, 0xFEFF, 0x202E, 0x0000, 0xD800, 0xFFFF, 0x10FFFE, 0xFDD0}) {
      assertThat(TextRules.isWhitespace(cp)).as("U+%04X", cp).isFalse();
      assertThat(TextRules.isInvisible(cp)).as("U+%04X", cp).isTrue();
    }
  }
  @Test
  void plainCharactersAreNeitherWhitespaceNorInvisible() {
    int plain = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (TextRules.isPlain((char) c)) {
        plain++;
        assertThat(TextRules.isWhitespace(c) || TextRules.isInvisible(c)).as("U+%04X", c).isFalse();
      }
    }
    assertThat(plain).isEqualTo(94 + 0x5200 + 0x3F + 94);
  }

  @ParameterizedTest(name = "{0}: plain {1}")
  @CsvSource({
    "冠县, true",
    "'Liaocheng Resort', true",
    "'县17光伏发电项目（二期）', true",
    "'A-1 B_2 「路」', true",
    "'a  b', false",
    "' 冠县', false",
    "'冠县 ', false",
    "'', false",
    "' ', false",
    "'冠\u00A0县', false",
    "'冠\u3000县', false",
    "'冠\u200B县', false",
    "'\uD842\uDFB7', false",
  })
  void plainNamesAreTheirOwnNormalisation(String name, boolean plain) {
    assertThat(TextRules.isPlainName(name)).isEqualTo(plain);
    if (plain) {
      assertThat(TextRules.normalizeName("County", "name", name)).isEqualTo(name);
      TextRules.checkName("County", "name", name);
    }
  }

  @Test
  void plainNamesAreAtMostTheLongestName() {
    assertThat(TextRules.isPlainName("冠".repeat(TextRules.MAX_NAME_LENGTH))).isTrue();
    assertThat(TextRules.isPlainName("冠".repeat(TextRules.MAX_NAME_LENGTH + 1))).isFalse();
    assertThatThrownBy(() -> TextRules.checkName("County", "name", "冠".repeat(501)))
        .hasMessageContaining("501 characters, more than the 500");
  }
}
