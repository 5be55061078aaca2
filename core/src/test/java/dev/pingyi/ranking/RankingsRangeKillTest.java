package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The range of one field of the packed sort key ({@code Rankings.Range}, private to {@link
 * Rankings}, so reached by reflection) against exact arithmetic: a field packs as its distance
 * below the maximum divided by g, the greatest common divisor of the values' differences, in
 * exactly the bits that (max − min) ÷ g needs; a range of 2⁶² or more does not pack (64 bits); no
 * value, or one value however often added, needs no bit; and every field unpacks to its value.
 *
 * <p>A wider field than needed still sorts alike, so rankings alone cannot tell it: this is the
 * rule that keeps composites of two-decimal scores under one-decimal weights (multiples of 10⁷)
 * 23 bits narrower, and keys with tie-breakers packable in one {@code long}.
 */
class RankingsRangeKillTest {

  private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(62);

  /** A new Range of Rankings, with its methods. */
  private static final class Probe {
    private static final Class<?> RANGE = rangeClass();
    private static final Constructor<?> NEW = constructor();
    private static final Method ADD = method("add", long.class);
    private static final Method BITS = method("bits");
    private static final Method FIELD = method("field", long.class);
    private static final Method VALUE = method("value", long.class);

    private final Object range = invoke(NEW);

    private static Class<?> rangeClass() {
      for (Class<?> c : Rankings.class.getDeclaredClasses()) {
        if (c.getSimpleName().equals("Range")) {
          return c;
        }
      }
      throw new AssertionError("Rankings has no nested class Range");
    }

    private static Constructor<?> constructor() {
      try {
        Constructor<?> c = RANGE.getDeclaredConstructor();
        c.setAccessible(true);
        return c;
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
    }

    private static Method method(String name, Class<?>... parameters) {
      try {
        Method m = RANGE.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
    }

    private static Object invoke(Constructor<?> c) {
      try {
        return c.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }

    private Object call(Method m, Object... arguments) {
      try {
        return m.invoke(range, arguments);
      } catch (InvocationTargetException e) {
        throw new AssertionError(e.getCause());
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }

    Probe add(long value) {
      call(ADD, value);
      return this;
    }

    int bits() {
      return (Integer) call(BITS);
    }

    long field(long value) {
      return (Long) call(FIELD, value);
    }

    long value(long field) {
      return (Long) call(VALUE, field);
    }
  }

  /** The bits of (max − min) ÷ g, exactly; 64 for a range of 2⁶² or more; 0 for no value. */
  private static int expectedBits(long... values) {
    if (values.length == 0) {
      return 0;
    }
    BigInteger range = max(values).subtract(min(values));
    if (range.compareTo(LIMIT) >= 0) {
      return 64;
    }
    BigInteger g = divisor(values);
    return g.signum() == 0 ? 0 : range.divide(g).bitLength();
  }

  private static BigInteger divisor(long... values) {
    BigInteger g = BigInteger.ZERO;
    for (long v : values) {
      g = g.gcd(BigInteger.valueOf(v).subtract(BigInteger.valueOf(values[0])));
    }
    return g;
  }

  private static BigInteger max(long... values) {
    return BigInteger.valueOf(Arrays.stream(values).max().orElseThrow());
  }

  private static BigInteger min(long... values) {
    return BigInteger.valueOf(Arrays.stream(values).min().orElseThrow());
  }

  private static Probe of(long... values) {
    Probe probe = new Probe();
    for (long v : values) {
      probe.add(v);
    }
    return probe;
  }

  /** Bits, then each value's field (max − v) ÷ g and its way back, where the range packs. */
  private static void assertPacks(String what, long... values) {
    Probe probe = of(values);
    int bits = expectedBits(values);
    assertThat(probe.bits()).as("%s: bits of %s", what, Arrays.toString(values)).isEqualTo(bits);
    if (values.length == 0 || bits == 64) {
      return;
    }
    BigInteger g = divisor(values);
    BigInteger max = max(values);
    for (long v : values) {
      long expected = g.signum() == 0 ? 0 : max.subtract(BigInteger.valueOf(v)).divide(g).longValueExact();
      assertThat(probe.field(v)).as("%s: field of %s in %s", what, v, Arrays.toString(values)).isEqualTo(expected);
      assertThat(probe.value(probe.field(v))).as("%s: value of the field of %s", what, v).isEqualTo(v);
    }
  }

  @Test
  void noValueAndOneValueNeedNoBit() {
    assertPacks("none");
    assertPacks("one", 7);
    assertPacks("one, added three times", 7, 7, 7);
    assertPacks("one negative, added twice", -123_456_789L, -123_456_789L);
    assertPacks("the largest, twice", Long.MAX_VALUE, Long.MAX_VALUE);
  }

  @Test
  void sharedTrailingZerosAreDividedOut() {
    assertPacks("multiples of 4", 0, 4, 8);
    assertPacks("multiples of 4, descending", 8, 4, 0);
    assertPacks("multiples of 2^20 from an odd start", 3, 3 + (5L << 20), 3 + (2L << 20));
    assertPacks("two decimals under one-decimal weights", 92_5000_000_000L, 85_0000_000_000L, 100_0000_000_000L);
  }

  @Test
  void aSharedOddFactorIsDividedOut() {
    assertPacks("multiples of 3 rising", 0, 3, 6);
    assertPacks("multiples of 3 falling", 10, 7, 4);
    assertPacks("multiples of 3 both ways", 10, 13, 4, 7);
    assertPacks("odd factor 15, then 5", 0, 15, 30, 5);
    assertPacks("odd factor 7 × 2^3", 1, 57, 113, -55);
    assertPacks("coprime differences", 0, 3, 5);
  }

  @Test
  void negativeValuesPackByTheirDistanceBelowTheMaximum() {
    assertPacks("two negatives", -5, -3);
    assertPacks("negatives and a positive", -9, -3, 3);
    assertPacks("around zero", -1, 1);
    assertPacks("far below zero", Long.MIN_VALUE + 6, Long.MIN_VALUE + 2, Long.MIN_VALUE + 10);
  }

  @Test
  void aRangeOfTwoToTheSixtySecondOrMoreDoesNotPack() {
    assertPacks("2^62 - 1", 0, (1L << 62) - 1);
    assertPacks("2^62 - 2 in steps of 2", 0, (1L << 62) - 2, 2);
    assertPacks("exactly 2^62", 0, 1L << 62);
    assertPacks("exactly 2^62, negative", -(1L << 62), 0);
    assertPacks("2^62 + 2^61", 1L << 61, -(1L << 62));
    assertPacks("overflowing a long", Long.MIN_VALUE, Long.MAX_VALUE);
    assertPacks("overflowing a long, in steps of 2^61", -(3L << 61), 3L << 61, 0);
  }

  @Test
  void randomValuesPackAsExactArithmeticSays() {
    Random random = new Random(12_062);
    for (int round = 0; round < 3_000; round++) {
      int count = 1 + random.nextInt(8);
      long[] values = new long[count];
      long step = (1L + 2 * random.nextInt(50)) << random.nextInt(40);
      long base = random.nextInt(3) == 0 ? random.nextLong() >> random.nextInt(64) : random.nextInt(2_001) - 1_000;
      int spread = random.nextInt(4) == 0 ? 1 << 20 : 30;
      for (int i = 0; i < count; i++) {
        long k = random.nextInt(2 * spread + 1) - spread;
        values[i] = BigInteger.valueOf(base).add(BigInteger.valueOf(k).multiply(BigInteger.valueOf(step)))
            .max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact();
      }
      assertPacks("round " + round, values);
    }
  }
}
