package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RatioAndScoreTest {

  @Test
  void ratiosAreKeptInLowestTermsWithAPositiveDenominator() {
    Ratio ratio = Ratio.of(102, -107);
    assertThat(ratio.numerator()).hasToString("-102");
    assertThat(ratio.denominator()).hasToString("107");
    assertThat(Ratio.of(6, 12)).hasToString("1/2");
    assertThat(Ratio.of(new BigDecimal("0.70"))).isEqualTo(Ratio.of(7, 10));
    assertThat(Ratio.of(new BigDecimal("7E+2"))).isEqualTo(Ratio.of(700, 1));
  }

  @Test
  void startRateOfLinqingRoundsTo95Point3Percent() {
    assertThat(Percent.of(Ratio.of(102, 107)).rounded(1, RoundingMode.HALF_UP)).isEqualByComparingTo("95.3");
  }

  @Test
  void arithmeticAgreesWithHighPrecisionDecimals() {
    long seed = 107L;
    Random random = new Random(seed);
    MathContext mc = new MathContext(60);
    for (int i = 0; i < 2_000; i++) {
      Ratio a = Ratio.of(random.nextInt(2001) - 1000, random.nextInt(999) + 1);
      Ratio b = Ratio.of(random.nextInt(2001) - 1000, random.nextInt(999) + 1);
      String context = "seed " + seed + ": " + a + ", " + b;
      assertThat(decimal(a.plus(b), mc).subtract(decimal(a, mc).add(decimal(b, mc))).abs())
          .as(context).isLessThan(new BigDecimal("1E-35"));
      assertThat(a.times(b).compareTo(Ratio.ZERO)).as(context).isEqualTo(a.signum() * b.signum());
      assertThat(a.minus(b).plus(b)).as(context).isEqualTo(a);
      if (b.signum() != 0) {
        assertThat(a.dividedBy(b).times(b)).as(context).isEqualTo(a);
      }
      assertThat(a.compareTo(b)).as(context).isEqualTo(Integer.signum(decimal(a, mc).compareTo(decimal(b, mc))));
    }
  }

  @Test
  void scoresCompareAsTheirDecimalsDo() {
    long seed = 70L;
    Random random = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      Score a = Score.ofScaled(random.nextInt(2_000_001) - 1_000_000);
      Score b = Score.ofScaled(random.nextInt(2_000_001) - 1_000_000);
      assertThat(a.compareTo(b)).isEqualTo(a.toBigDecimal().compareTo(b.toBigDecimal()));
      assertThat(a.plus(b).toBigDecimal()).isEqualByComparingTo(a.toBigDecimal().add(b.toBigDecimal()));
      assertThat(Score.of(a.toBigDecimal())).isEqualTo(a);
      assertThat(a.minus(b).plus(b)).isEqualTo(a);
    }
  }

  @Test
  void aspectsBecomeComponentsNamedInChinese() {
    ScoreComponent economic = EvaluationAspect.ECONOMIC_INDICATORS.component(Score.of(30));
    assertThat(economic.name()).isEqualTo("经济指标");
    assertThat(economic.allows(Score.of(30))).isTrue();
    assertThat(economic.allows(Score.parse("30.0001"))).isFalse();
    assertThat(economic.allows(Score.parse("-0.0001"))).isFalse();
  }

  private static BigDecimal decimal(Ratio r, MathContext mc) {
    return new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), mc).round(new MathContext(40));
  }
}
