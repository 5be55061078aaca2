package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.pingyi.model.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parser of number text and every builder of a name obeys the rules of {@code TextRules}:
 * hostile number text is rejected quickly with a short message naming the rule, documented
 * whitespace is accepted, and an invisible or blank name is rejected wherever it enters.
 */
class TextLimitsTest {

  private static final Duration QUICKLY = Duration.ofSeconds(1);
  private static final String DIGITS_200_000 = "9".repeat(200_000);

  static Stream<Arguments> parsers() {
    return Stream.of(
        parser("Yuan.parse", t -> Yuan.parse(t + "亿元")),
        parser("Yuan.ofYi", Yuan::ofYi),
        parser("Score.parse", Score::parse),
        parser("Ratio.parse", Ratio::parse),
        parser("Percent.parse", t -> Percent.parse(t + "%")),
        parser("Capacity.of", t -> Capacity.of(t, "万吨", true)));
  }

  static Stream<Arguments> hostileNumbers() {
    String[] texts = {
      DIGITS_200_000,
      "0." + "0".repeat(199_990) + "1",
      "1e-2147483647",
      "1e-2147483648",
      "1e2147483647",
      "1e-99999999",
      "1e-100000000",
      "1e99999999",
      "-1e-99999999",
      "1e65",
      "1e-65",
      "1.2.3",
      "１３.８",
      "",
    };
    return parsers().flatMap(p -> Stream.of(texts).map(t -> arguments(p.get()[0], p.get()[1], t)));
  }

  @ParameterizedTest(name = "{0} rejects {2}")
  @MethodSource("hostileNumbers")
  void rejectsHostileNumberTextQuicklyWithAShortMessage(
      String parser, Function<String, Object> parse, String text) {
    assertTimeoutPreemptively(QUICKLY, () ->
        assertThatThrownBy(() -> parse.apply(text))
            .isInstanceOf(IllegalArgumentException.class)
            .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600)));
  }

  @Test
  void rejectsHugeExponentsInDecimalsBeforeScalingThem() {
    BigDecimal tiny = new BigDecimal("1e-100000000");
    BigDecimal huge = new BigDecimal("1e+100000000");
    BigDecimal tinyest = new BigDecimal("1e-2147483647");
    assertTimeoutPreemptively(QUICKLY, () -> {
      assertThatThrownBy(() -> Yuan.ofYi(tiny))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage("Yuan amount=1E-100000000亿元 is not a whole number of fen (0.01元)");
      assertThatThrownBy(() -> Yuan.of(huge, YuanUnit.YUAN))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("1E+100000000元 is outside the range");
      assertThatThrownBy(() -> Score.of(tinyest))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Score value=1E-2147483647 has more than 4 decimals");
      assertThatThrownBy(() -> Score.of(huge))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Score value=1E+100000000 is outside [-1000000, 1000000]");
      assertThatThrownBy(() -> Ratio.of(tiny))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Ratio value=1E-100000000");
      assertThatThrownBy(() -> Percent.ofPercent(tiny))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1E-100000000");
      assertThatThrownBy(() -> Capacity.of(huge, "万吨", true))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Capacity amount=1E+100000000");
    });
  }

  @Test
  void exactDecimalsWithTrailingZerosOrZeroExponentsStillRead() {
    assertThat(Yuan.of(new BigDecimal("13.800000"), YuanUnit.YI)).isEqualTo(Yuan.parse("13.8亿元"));
    assertThat(Yuan.of(new BigDecimal("0E-100000000"))).isEqualTo(Yuan.ZERO);
    assertThat(Yuan.of(new BigDecimal("9.2E+16"))).isEqualTo(Yuan.ofYuan(92_000_000_000_000_000L));
    assertThat(Score.of(new BigDecimal("92.500000"))).isEqualTo(Score.parse("92.5"));
    assertThat(Score.of(new BigDecimal("1E+6"))).isEqualTo(Score.of(1_000_000));
    assertThat(Score.of(new BigDecimal("0E-2147483647"))).isEqualTo(Score.ZERO);
    assertThat(Ratio.of(new BigDecimal("0E-2147483647"))).isEqualTo(Ratio.ZERO);
    assertThatThrownBy(() -> Yuan.of(new BigDecimal("9.3E+16")))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("outside the range");
    assertThatThrownBy(() -> Score.of(new BigDecimal("1000000.0001")))
        .hasMessageContaining("outside [-1000000, 1000000]");
  }

  @Test
  void documentedWhitespaceIsWhitespaceInEveryParser() {
    assertThat(Yuan.parse("13.8\u3000亿元")).isEqualTo(Yuan.parse("13.8亿元"));
    assertThat(Yuan.parse("\u00A013.8 亿元\u3000")).isEqualTo(Yuan.parse("13.8亿元"));
    assertThat(Yuan.ofYi("\u3000 13.8 ")).isEqualTo(Yuan.parse("13.8亿元"));
    assertThat(Score.parse("\u00A092.5\u3000")).isEqualTo(Score.parse("92.5"));
    assertThat(Ratio.parse("\u3000102/107 ")).isEqualTo(Ratio.of(102, 107));
    assertThat(Percent.parse("\u300064.6\u00A0%\u3000")).isEqualTo(Percent.parse("64.6%"));
    assertThat(Capacity.parse("\u300035\u3000万吨/年")).isEqualTo(Capacity.parse("35万吨/年"));
  }

  @Test
  void parsersNameTheWholeTextAndTheRule() {
    assertThatThrownBy(() -> Yuan.parse("1.2.3亿元"))
        .hasMessageStartingWith("Yuan text='1.2.3亿元'")
        .hasMessageContaining("holds '.'");
    assertThatThrownBy(() -> Yuan.parse("1e2亿元"))
        .hasMessageStartingWith("Yuan text='1e2亿元'")
        .hasMessageContaining("holds 'e'");
    assertThatThrownBy(() -> Yuan.parse("13.8 千元"))
        .hasMessageContaining("元, 万元, 亿元 or 万亿元");
    assertThatThrownBy(() -> Score.parse("1e-2147483647"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Score text='1e-2147483647' has the exponent e-2147483647");
    assertThatThrownBy(() -> Percent.parse("1e-99999999"))
        .hasMessageStartingWith("Percent text='1e-99999999'")
        .hasMessageContaining("exponent e-99999999");
    assertThatThrownBy(() -> Yuan.ofYi("1e-100000000"))
        .hasMessageContaining("Yuan yi='1e-100000000' has the exponent e-100000000");
    assertThatThrownBy(() -> Ratio.parse("1/x"))
        .hasMessageStartingWith("Ratio text='1/x'")
        .hasMessageContaining("denominator='x' holds 'x'");
    assertThatThrownBy(() -> DivisionCode.of(DIGITS_200_000))
        .hasMessageContaining("…(200000 chars)")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void roundingThatIsNotAllowedNamesTheValue() {
    assertThatThrownBy(() -> Yuan.parse("4.045亿元").format(YuanUnit.YI, 2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("Yuan 4.045亿元 needs rounding to be printed with 2 decimals in 亿元, and the"
            + " rounding mode given is UNNECESSARY");
    assertThatThrownBy(() -> Ratio.of(1, 3).rounded(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("Ratio 1/3 needs rounding to 2 decimals, and the rounding mode given is UNNECESSARY");
    assertThatThrownBy(() -> Percent.of(Ratio.of(102, 107)).format(1, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("Ratio 102/107 times 100 needs rounding to 1 decimals");
    assertThatThrownBy(() -> Ratio.of(1, 3).rounded(Integer.MAX_VALUE, RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decimals=2147483647");
    assertThatThrownBy(() -> Yuan.ZERO.format(YuanUnit.YI, 1_000_000_000, RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decimals=1000000000");
  }

  static Stream<Arguments> badNames() {
    return Stream.of(
        badName("county named by one no-break space", () -> ImmutableCounty.copyOf(Samples.GUANXIAN).withName("\u00A0"), "County name='\\u00A0' is blank"),
        badName("county named by one ideographic space", () -> ImmutableCounty.copyOf(Samples.GUANXIAN).withName("\u3000"), "is blank"),
        badName("county name inside ideographic spaces", () -> ImmutableCounty.copyOf(Samples.GUANXIAN).withName("\u3000冠县\u3000"), "has whitespace around it"),
        badName("county short name with a zero-width space", () -> ImmutableCounty.copyOf(Samples.GUANXIAN).withShortName("冠\u200B县"), "shortName", "U+200B"),
        badName("veto reason of a zero-width space", () -> ImmutableScoreSheet.copyOf(Samples.SHEET).withVetoReason("\u200B"), "vetoReason", "U+200B"),
        badName("adjustment reason with a byte-order mark", () -> ScoreAdjustment.of(Score.of(2), "\uFEFF重大贡献"), "reason", "U+FEFF"),
        badName("enterprise name with a bidi override", () -> Enterprise.named("山东乐宝\u202E司公限有"), "Enterprise name", "U+202E"),
        badName("project name with NUL", () -> Samples.LEBAO_PROJECT.withName("乐宝\u0000项目"), "Project", "U+0000"),
        badName("group name with a lone surrogate", () -> ImmutableEvaluationGroup.copyOf(Samples.COUNTY_LEVEL).withName("县\uD800"), "EvaluationGroup", "U+D800"),
        badName("unit name with a tab inside", () -> EvaluatedUnit.department("市\t财政局"), "EvaluatedUnit name", "single spaces"),
        badName("prefecture name blank", () -> Prefecture.of("\u2003", DivisionCode.of("371500")), "Prefecture name", "is blank"),
        badName("component name with a soft hyphen", () -> ScoreComponent.of("基础\u00AD评议分", Score.ZERO, Score.of(100)), "ScoreComponent name", "U+00AD"),
        badName("capacity unit with a zero-width joiner", () -> Capacity.of("35", "万\u200D吨", true), "Capacity unit", "U+200D"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badNames")
  void everyBuilderRejectsInvisibleBlankOrPaddedNames(String rule, ThrowingCallable call, String[] fragments) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).message().contains(fragments);
  }

  private static Arguments parser(String name, Function<String, Object> parse) {
    return arguments(name, parse);
  }

  private static Arguments badName(String rule, ThrowingCallable call, String... fragments) {
    return arguments(rule, call, fragments);
  }
}
