package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Rules of {@link Ratio}'s text and decimals at the edges its code decides on. */
class RatioKillTest {

  @Test
  void aTextStartingWithTheSlashHasABlankNumerator() {
    assertThatThrownBy(() -> Ratio.parse("/5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Ratio text='/5' is not p/q with whole numbers p and q: numerator='' is blank");
  }

  @Test
  void aTextWithoutASlashIsAWholeNumber() {
    assertThat(Ratio.parse(" 7 ")).isEqualTo(Ratio.of(BigInteger.valueOf(7), BigInteger.ONE));
    assertThatThrownBy(() -> Ratio.parse("7/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator='' is blank");
  }

  @Test
  void aDecimalOfAnyScaleIsItsFractionInLowestTerms() {
    assertThat(Ratio.of(new BigDecimal("5E+2")).toString()).isEqualTo("500");
    assertThat(Ratio.of(new BigDecimal("12")).toString()).isEqualTo("12");
    assertThat(Ratio.of(new BigDecimal("1.25")).toString()).isEqualTo("5/4");
    assertThat(Ratio.of(new BigDecimal("-0.50")).toString()).isEqualTo("-1/2");
  }
}
