package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;

/**
 * Chinese numerals (中文数字) as reports write counts, places and periods — 十一 in 第十一名, 一百零一,
 * 三 in 三季度 — from 0 (零) to {@value #MAX_VALUE} (九千九百九十九万九千九百九十九).
 *
 * <table>
 *   <caption>How {@link #format} writes a number; {@link #parse} reads it back</caption>
 *   <tr><th>number</th><th>text</th><th>rule</th></tr>
 *   <tr><td>0</td><td>零</td><td></td></tr>
 *   <tr><td>10, 11, 20</td><td>十, 十一, 二十</td><td>a leading 一十 is written 十</td></tr>
 *   <tr><td>100, 101, 110</td><td>一百, 一百零一, 一百一十</td><td>十 after another unit keeps its 一</td></tr>
 *   <tr><td>1010, 1001</td><td>一千零一十, 一千零一</td><td>one 零 for each gap of zeros</td></tr>
 *   <tr><td>10000, 100000, 100001</td><td>一万, 十万, 十万零一</td><td>零 after 万 when the thousands digit is 0</td></tr>
 *   <tr><td>201000, 10001000</td><td>二十万一千, 一千万一千</td><td>no 零 when it is not</td></tr>
 * </table>
 *
 * <p>{@link #parse} reads the standard form above and these variants: 〇 for 零 (一百〇一), 两 for 2
 * before 百, 千 or 万 (两百, 两千, 两万), and a leading 一十 (一十一). It rejects every other text — a
 * zero where none belongs (一百零), two digits in a row (一零一, as years are written), units out of
 * order (十百), a unit the standard form writes differently (一百十 for 一百一十) — and the
 * financial numerals (壹, 拾, 佰). Work is bounded: text longer than {@value #MAX_TEXT_LENGTH}
 * characters is rejected before it is read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChineseNumerals {

  /** The largest number written: 九千九百九十九万九千九百九十九, one less than 一亿. */
  public static final int MAX_VALUE = 99_999_999;

  /** The most characters {@link #parse} reads; the longest standard numeral has 17. */
  public static final int MAX_TEXT_LENGTH = 32;

  private static final String DIGITS = "零一二三四五六七八九";
  private static final char[] UNITS = {'千', '百', '十'};
  private static final String ALPHABET = "零〇一二两三四五六七八九十百千万";

  private ChineseNumerals() {}

  /**
   * The number in Chinese numerals: {@code 十一} for 11, {@code 一百零一} for 101.
   *
   * @throws IllegalArgumentException if the number is outside [0, {@value #MAX_VALUE}]
   */
  public static String format(int value) {
    checkArgument(
        value >= 0 && value <= MAX_VALUE,
        "ChineseNumerals value=%s is outside [0, %s]",
        value,
        MAX_VALUE);
    if (value == 0) {
      return "零";
    }
    StringBuilder out = new StringBuilder(17);
    int high = value / 10_000;
    int low = value % 10_000;
    if (high > 0) {
      appendSection(out, high);
      out.append('万');
      if (low > 0 && low < 1000) {
        out.append('零');
      }
    }
    appendSection(out, low); // nothing for 0
    if (out.charAt(0) == '一' && out.length() > 1 && out.charAt(1) == '十') {
      out.deleteCharAt(0);
    }
    return out.toString();
  }

  /** Appends 1 to 9999 with its units, one 零 for each gap of zeros and none at the end. */
  private static void appendSection(StringBuilder out, int section) {
    boolean started = false;
    boolean zeroPending = false;
    for (int place = 3, divisor = 1000; place >= 0; place--, divisor /= 10) {
      int digit = section / divisor % 10;
      if (digit == 0) {
        zeroPending = started;
        continue;
      }
      if (zeroPending) {
        out.append('零');
        zeroPending = false;
      }
      out.append(DIGITS.charAt(digit));
      if (place > 0) {
        out.append(UNITS[3 - place]);
      }
      started = true;
    }
  }

  /**
   * Reads a number written in Chinese numerals, the standard form of {@link #format} or one of
   * its variants (〇, 两, a leading 一十), after stripping the whitespace around it.
   *
   * @throws IllegalArgumentException naming the text and the rule it breaks if it is not a
   *     Chinese numeral of 0 to {@value #MAX_VALUE}
   */
  public static int parse(CharSequence text) {
    requireNonNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw bad(text, "has " + text.length() + " characters, more than the " + MAX_TEXT_LENGTH
          + " a numeral up to " + MAX_VALUE + " needs");
    }
    String s = TextRules.strip(text);
    if (s.isEmpty()) {
      throw bad(text, "is blank");
    }
    int total = 0;
    int section = 0;
    int digit = -1;
    int smallestUnit = 10_000;
    boolean wan = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digitOf(c);
      if (d >= 0) {
        if (digit != -1) {
          throw bad(text, "has two digits in a row at index " + i + "; a digit is followed by a unit");
        }
        if (c == '两' && (i + 1 == s.length() || "百千万".indexOf(s.charAt(i + 1)) < 0)) {
          throw bad(text, "has 两 at index " + i + ", which stands for 2 only before 百, 千 or 万");
        }
        if (d > 0) {
          digit = d;
        }
        continue;
      }
      int unit = unitOf(c);
      if (unit == 10_000) {
        if (wan) {
          throw bad(text, "has 万 twice");
        }
        section += Math.max(digit, 0);
        if (section == 0) {
          throw bad(text, "has 万 at index " + i + " with no number before it");
        }
        total = section * 10_000;
        section = 0;
        digit = -1;
        smallestUnit = 10_000;
        wan = true;
      } else if (unit > 0) {
        if (unit >= smallestUnit) {
          throw bad(text, "has " + c + " at index " + i + " after a unit no larger than it; units"
              + " run 千, 百, 十 within each 万");
        }
        if (digit == -1 && unit != 10) {
          throw bad(text, "has " + c + " at index " + i + " with no digit before it");
        }
        section += Math.max(digit, 1) * unit;
        digit = -1;
        smallestUnit = unit;
      } else {
        throw bad(text, "holds " + describe(c) + " at index " + i + ", which is not one of " + ALPHABET);
      }
    }
    int value = total + section + Math.max(digit, 0);
    String standard = format(value);
    String variant = s.replace('〇', '零').replace('两', '二');
    if (variant.startsWith("一十")) {
      variant = variant.substring(1);
    }
    if (!variant.equals(standard)) {
      throw bad(text, "is not in standard form: read as " + value + ", it is written " + standard
          + " (one 零 for each gap of zeros, none at the end, every unit after the first with its"
          + " digit)");
    }
    return value;
  }

  private static int digitOf(char c) {
    return switch (c) {
      case '〇' -> 0;
      case '两' -> 2;
      default -> DIGITS.indexOf(c);
    };
  }

  private static int unitOf(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      case '万' -> 10_000;
      default -> 0;
    };
  }

  private static String describe(char c) {
    return Character.isSurrogate(c) || TextRules.isInvisible(c) || TextRules.isWhitespace(c)
        ? String.format("U+%04X", (int) c)
        : String.format("'%s' (U+%04X)", c, (int) c);
  }

  private static IllegalArgumentException bad(CharSequence text, String rule) {
    return new IllegalArgumentException(
        "ChineseNumerals text='" + TextRules.shown(text) + "' " + rule);
  }
}
