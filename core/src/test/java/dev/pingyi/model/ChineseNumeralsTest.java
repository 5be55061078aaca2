package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    "0, 零",
    "1, 一",
    "2, 二",
    "9, 九",
    "10, 十",
    "11, 十一",
    "19, 十九",
    "20, 二十",
    "21, 二十一",
    "99, 九十九",
    "100, 一百",
    "101, 一百零一",
    "110, 一百一十",
    "111, 一百一十一",
    "200, 二百",
    "999, 九百九十九",
    "1000, 一千",
    "1001, 一千零一",
    "1010, 一千零一十",
    "1100, 一千一百",
    "2022, 二千零二十二",
    "10000, 一万",
    "10001, 一万零一",
    "10010, 一万零一十",
    "10100, 一万零一百",
    "11000, 一万一千",
    "100000, 十万",
    "100001, 十万零一",
    "110000, 十一万",
    "150000, 十五万",
    "201000, 二十万一千",
    "1000000, 一百万",
    "1100000, 一百一十万",
    "10000000, 一千万",
    "10001000, 一千万一千",
    "10000100, 一千万零一百",
    "10010010, 一千零一万零一十",
    "99999999, 九千九百九十九万九千九百九十九",
  })
  void formatsTheStandardWayAndParsesItBack(int value, String text) {
    assertThat(ChineseNumerals.format(value)).isEqualTo(text);
    assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} is read as {1}")
  @CsvSource({
    "〇, 0",
    "一百〇一, 101",
    "一千〇一十, 1010",
    "两百, 200",
    "两千, 2000",
    "两万, 20000",
    "两万两千, 22000",
    "一十, 10",
    "一十一, 11",
    "一十万, 100000",
    "' 十一\u3000', 11",
  })
  void readsTheCommonVariants(String text, int value) {
    assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} is rejected: {1}")
  @CsvSource({
    "'', blank",
    "'\u3000', blank",
    "一百零, 'read as 100, it is written 一百'",
    "零一, 'read as 1, it is written 一'",
    "零零, 'read as 0, it is written 零'",
    "一百零零一, 'read as 101, it is written 一百零一'",
    "一百十, 'read as 110, it is written 一百一十'",
    "一千一十, 'read as 1010, it is written 一千零一十'",
    "十万一, 'read as 100001, it is written 十万零一'",
    "二十万零一千, 'read as 201000, it is written 二十万一千'",
    "一零一, two digits in a row",
    "二〇二二, two digits in a row",
    "十百, 'units run 千, 百, 十'",
    "十十, 'units run 千, 百, 十'",
    "一千一千, 'units run 千, 百, 十'",
    "百, 'no digit before it'",
    "千五, 'no digit before it'",
    "万, 'no number before it'",
    "一万一万, 万 twice",
    "一亿, 'not one of'",
    "壹, 'not one of'",
    "十 一, 'not one of'",
    "11, 'not one of'",
    "两, 'before 百, 千 or 万'",
    "两十, 'before 百, 千 or 万'",
    "十两, 'before 百, 千 or 万'",
  })
  void rejectsEveryOtherTextNamingItAndTheRule(String text, String rule) {
    assertThatThrownBy(() -> ChineseNumerals.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ChineseNumerals text='" + text.replace("\u3000", "\\u3000") + "'")
        .hasMessageContaining(rule);
  }

  @Test
  void rejectsNumbersOutsideItsRange() {
    assertThatThrownBy(() -> ChineseNumerals.format(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value=-1")
        .hasMessageContaining("[0, 99999999]");
    assertThatThrownBy(() -> ChineseNumerals.format(100_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value=100000000");
  }

  @Test
  void rejectsLongTextBeforeReadingIt() {
    String huge = "一".repeat(1_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
        assertThatThrownBy(() -> ChineseNumerals.parse(huge))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("1000000 characters, more than the 32"));
  }

  @Test
  void everyNumberRoundTripsAndItsVariantsReadTheSame() {
    long seed = 1010L;
    Random random = new Random(seed);
    for (int i = 0; i < 50_000; i++) {
      int value = switch (i % 4) {
        case 0 -> random.nextInt(ChineseNumerals.MAX_VALUE + 1);
        case 1 -> random.nextInt(10_000);
        case 2 -> random.nextInt(100);
        default -> sparse(random);
      };
      String text = ChineseNumerals.format(value);
      String context = "seed " + seed + ", value " + value + ", text " + text;
      assertThat(text.length()).as(context).isLessThanOrEqualTo(17);
      assertThat(ChineseNumerals.parse(text)).as(context).isEqualTo(value);
      assertThat(ChineseNumerals.parse(text.replace('零', '〇'))).as(context).isEqualTo(value);
      if (text.startsWith("十")) {
        assertThat(ChineseNumerals.parse("一" + text)).as(context).isEqualTo(value);
      }
    }
  }

  @Test
  void formatIsOneToOne() {
    long seed = 101L;
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      int a = sparse(random);
      int b = sparse(random);
      assertThat(ChineseNumerals.format(a).equals(ChineseNumerals.format(b)))
          .as("seed %s, %s and %s", seed, a, b)
          .isEqualTo(a == b);
    }
  }

  /** A number with most of its eight digits zero, where the rules for 零 matter. */
  private static int sparse(Random random) {
    int value = 0;
    for (int place = 0, power = 1; place < 8; place++, power *= 10) {
      if (random.nextInt(3) == 0) {
        value += (1 + random.nextInt(9)) * power;
      }
    }
    return value;
  }
}
