package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;

import dev.pingyi.internal.TextRules;
import dev.pingyi.model.YuanUnit;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How table headers are recognised: normalised (whitespace removed, full-width forms folded,
 * asterisks and a leading year (2022年, 2022年度) dropped, ASCII lower-cased), looked up whole, then without a
 * bracketed note at the end, which in an amount column names the unit: 总投资（亿元）.
 *
 * @param <R> what a header names: a column of a table kind
 */
final class Headers<R> {

  /** A column a header names, with the unit its note gives, if any. */
  record Match<R>(R role, @Nullable YuanUnit unit) {}

  private final Map<String, R> byHeader = new HashMap<>();

  /**
   * Adds a header for the role.
   *
   * @throws IllegalArgumentException if the header is blank or names another role already
   */
  Headers<R> add(String header, R role) {
    String key = normalize(header);
    checkArgument(!key.isEmpty(), "header '%s' is blank", TextRules.shown(header));
    R other = byHeader.putIfAbsent(key, role);
    checkArgument(
        other == null || other.equals(role),
        "header %s names both %s and %s", header, other, role);
    return this;
  }

  /** Adds a header for the role, replacing the role it named, if any. */
  Headers<R> put(String header, R role) {
    String key = normalize(header);
    checkArgument(!key.isEmpty(), "header '%s' is blank", TextRules.shown(header));
    byHeader.put(key, role);
    return this;
  }

  /** The column the header names, or null if it names none. */
  @Nullable Match<R> match(String header) {
    String key = normalize(header);
    if (key.isEmpty()) {
      return null;
    }
    R role = byHeader.get(key);
    if (role != null) {
      return new Match<>(role, null);
    }
    int open = key.lastIndexOf('(');
    if (open > 0 && key.charAt(key.length() - 1) == ')') {
      role = byHeader.get(key.substring(0, open));
      if (role != null) {
        return new Match<>(role, unit(key.substring(open + 1, key.length() - 1)));
      }
    }
    return null;
  }

  /** The unit whose symbol the text is exactly — 元, 万元, 亿元, 万亿元 — or null. */
  static @Nullable YuanUnit symbolUnit(String text) {
    for (YuanUnit unit : YuanUnit.values()) {
      if (unit.symbol().equals(text)) {
        return unit;
      }
    }
    return null;
  }

  /** The unit a note or title names — 万元, 单位:亿元 — or null. */
  static @Nullable YuanUnit unit(String note) {
    String s = note.startsWith("单位:") ? note.substring(3) : note.startsWith("单位") ? note.substring(2) : note;
    return symbolUnit(s);
  }

  /**
   * The unit a title row states for a whole table, as in 单位：万元 or 2022年重点项目表（单位：亿元）, or
   * null if it states none.
   */
  static @Nullable YuanUnit titleUnit(String title) {
    String s = normalize(title);
    int at = s.indexOf("单位:");
    if (at < 0) {
      return null;
    }
    int start = at + 3;
    int end = start;
    while (end < s.length() && "万亿元".indexOf(s.charAt(end)) >= 0) {
      end++;
    }
    return unit(s.substring(start, end));
  }

  /** The header as it is compared. */
  static String normalize(String header) {
    String folded = CellText.foldWidth(header);
    StringBuilder s = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (TextRules.isWhitespace(cp) || TextRules.isInvisible(cp)) {
        continue;
      }
      s.appendCodePoint(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
    }
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '*') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '*') {
      end--;
    }
    if (end - start > 5 && isYear(s, start)) {
      start += 5;
      if (end - start > 1 && s.charAt(start) == '度') {
        start++;
      }
    }
    return s.substring(start, end);
  }

  /** Whether four digits and 年 start the text at the index: 2022年. */
  private static boolean isYear(CharSequence s, int at) {
    for (int i = at; i < at + 4; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return s.charAt(at + 4) == '年';
  }
}
