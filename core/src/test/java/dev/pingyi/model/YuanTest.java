package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class YuanTest {

  @Test
  void factoriesForEveryUnitAgree() {
    assertThat(Yuan.ofWan(4500)).isEqualTo(Yuan.parse("4500万元"));
    assertThat(Yuan.ofWan(new BigDecimal("0.01"))).isEqualTo(Yuan.ofYuan(100));
    assertThat(Yuan.ofYi("13.8")).isEqualTo(Yuan.ofYuan(1_380_000_000L));
    assertThat(Yuan.ofYi(new BigDecimal("1.2")).multipliedBy(10_000)).isEqualTo(Yuan.parse("1.2万亿元"));
    assertThat(Yuan.of(new BigDecimal("0.10"))).isEqualTo(Yuan.ofFen(10));
  }

  @Test
  void equalAmountsInDifferentUnitsAreEqualAndCompareEqual() {
    Yuan yi = Yuan.parse("13.8亿元");
    Yuan wan = Yuan.parse("138000万元");
    assertThat(yi).isEqualTo(wan).hasSameHashCodeAs(wan);
    assertThat(yi.compareTo(wan)).isZero();
  }

  @Test
  void arithmeticAgreesWithBigDecimalForRandomAmounts() {
    long seed = 170L;
    Random random = new Random(seed);
    for (int i = 0; i < 10_000; i++) {
      Yuan a = Yuan.ofFen(random.nextLong() >> 2);
      Yuan b = Yuan.ofFen(random.nextLong() >> 2);
      String context = "seed " + seed + ": " + a + ", " + b;
      assertThat(a.plus(b).toBigDecimal()).as(context).isEqualTo(a.toBigDecimal().add(b.toBigDecimal()));
      assertThat(a.minus(b).toBigDecimal()).as(context).isEqualTo(a.toBigDecimal().subtract(b.toBigDecimal()));
      assertThat(a.compareTo(b)).as(context).isEqualTo(a.toBigDecimal().compareTo(b.toBigDecimal()));
      assertThat(a.plus(b).minus(b)).as(context).isEqualTo(a);
      assertThat(a.negated().plus(a)).as(context).isEqualTo(Yuan.ZERO);
    }
  }

  @Test
  void sumIsExactOrThrowsButNeverWraps() {
    long seed = 763L;
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      List<Yuan> amounts = new ArrayList<>();
      BigInteger exact = BigInteger.ZERO;
      for (int i = 0; i < 50; i++) {
        long fen = random.nextLong() >> random.nextInt(8);
        amounts.add(Yuan.ofFen(fen));
        exact = exact.add(BigInteger.valueOf(fen));
      }
      boolean fits = amounts.stream()
          .map(a -> BigInteger.valueOf(a.fen()))
          .reduce(new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO},
              (acc, x) -> {
                BigInteger s = acc[0].add(x);
                boolean ok = acc[1].signum() == 0 && s.bitLength() < 64;
                return new BigInteger[] {s, ok ? BigInteger.ZERO : BigInteger.ONE};
              },
              (x, y) -> x)[1].signum() == 0;
      if (fits) {
        assertThat(Yuan.sum(amounts).fen()).as("seed %s", seed).isEqualTo(exact.longValueExact());
      } else {
        assertThatThrownBy(() -> Yuan.sum(amounts)).as("seed %s", seed).isInstanceOf(ArithmeticException.class);
      }
    }
  }

  @Test
  void sumOfNothingIsZero() {
    assertThat(Yuan.sum()).isEqualTo(Yuan.ZERO);
    assertThat(Yuan.sum(List.of())).isSameAs(Yuan.ZERO);
  }

  @Test
  void reportStringPicksTheLargestUnitTheAmountReaches() {
    assertThat(Yuan.parse("763亿元").toReportString()).isEqualTo("763亿元");
    assertThat(Yuan.parse("9999.99万元").toReportString()).isEqualTo("9999.99万元");
    assertThat(Yuan.parse("1亿元").toReportString()).isEqualTo("1亿元");
    assertThat(Yuan.parse("9999.99元").toReportString()).isEqualTo("9999.99元");
    assertThat(Yuan.parse("-4500万元").toReportString()).isEqualTo("-4500万元");
  }

  @Test
  void comparisonsFollowTheAmount() {
    assertThat(Yuan.parse("8亿元").isGreaterThan(Yuan.parse("7.99亿元"))).isTrue();
    assertThat(Yuan.parse("8亿元").isLessThan(Yuan.parse("8亿元"))).isFalse();
    assertThat(Yuan.parse("-1元").isNegative()).isTrue();
    assertThat(Yuan.ZERO.isZero()).isTrue();
    assertThat(Yuan.parse("-1元").signum()).isEqualTo(-1);
  }

  @Test
  void negatingTheSmallestAmountThrows() {
    assertThatThrownBy(() -> Yuan.ofFen(Long.MIN_VALUE).negated()).isInstanceOf(ArithmeticException.class);
  }

  @org.junit.jupiter.api.Test
  void overflowNamesTheOperationAndItsValues() {
    Yuan max = Yuan.ofFen(Long.MAX_VALUE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> max.plus(Yuan.ofFen(1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("plus 0.01元").hasMessageContaining("overflows the range of a long count of fen");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Yuan.ofFen(Long.MIN_VALUE).minus(Yuan.ofFen(1)))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("minus 0.01元");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> max.multipliedBy(2))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("times 2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Yuan.ofFen(Long.MIN_VALUE).negated())
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("negated");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Yuan.sum(Yuan.ofYuan(1), max))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("plus amount 1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Yuan.ofWan(Long.MAX_VALUE / 100))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("Yuan wan=");
  }
}
