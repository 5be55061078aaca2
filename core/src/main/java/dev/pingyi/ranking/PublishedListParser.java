package dev.pingyi.ranking;

import com.google.common.collect.Maps;
import dev.pingyi.internal.TextRules;
import dev.pingyi.model.ChineseNumerals;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one published ranking list for {@link PublishedRanking#parse}: a single left-to-right
 * pass with a bounded look-ahead at each separator and line break, so work is proportional to
 * the text. One instance reads one text.
 */
final class PublishedListParser {

  /**
   * Characters read as the numeral of 第…名: Chinese numerals, and digits so that 第1名 is
   * reported as a numeral the codec rejects rather than as an unknown name.
   */
  private static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万0123456789０１２３４５６７８９";

  private static final String RULE_PLACES = "places follow competition ranking: the list begins 第一名, and"
      + " each place is one more than the units placed before it (并列第二名 for two units, then 第四名)";
  private static final String RULE_ENTRY = "an entry is written 第一名：单位 or 并列第二名：单位、单位, and entries"
      + " are separated by ；;，,、 or a line break";
  private static final String RULE_NAMES = "a name is matched exactly, after whitespace is normalised, to the"
      + " name of a member of the group";

  private final EvaluationGroup group;
  private final String text;
  private final int n;
  /** The length of the text given, which may be longer than the {@link #text} read. */
  private final int length;
  private final Map<String, Integer> memberIndex;
  /** The entry (from 1) that named each member, 0 while none has. */
  private final int[] namedIn;
  private int pos;
  /** The entry being read, from 1; 0 before the first. */
  private int entry;
  private String ordinal = "";

  PublishedListParser(EvaluationGroup group, CharSequence text) {
    this.group = group;
    this.length = text.length();
    // Past the limit only the limit's position is reported, so no more is copied.
    this.text = text.subSequence(0, Math.min(length, PublishedRanking.MAX_TEXT_LENGTH + 1)).toString();
    this.n = this.text.length();
    List<EvaluatedUnit> members = group.members();
    this.memberIndex = Maps.newHashMapWithExpectedSize(members.size());
    for (int i = 0; i < members.size(); i++) {
      memberIndex.put(members.get(i).name(), i);
    }
    this.namedIn = new int[members.size()];
  }

  /** The places read, each the names of the units that share it, in published order. */
  List<List<String>> places() {
    if (length > PublishedRanking.MAX_TEXT_LENGTH) {
      throw error(PublishedRanking.MAX_TEXT_LENGTH, "the text goes on past " + PublishedRanking.MAX_TEXT_LENGTH
          + " characters (it has " + length + ")", "a published list has at most " + PublishedRanking.MAX_TEXT_LENGTH
          + " characters");
    }
    pos = firstEntry();
    List<List<String>> places = new ArrayList<>();
    int placed = 0;
    boolean more = true;
    while (more) {
      entry++;
      List<String> names = new ArrayList<>();
      int start = pos;
      boolean shared = text.startsWith("并列", pos);
      int ordinalEnd = ordinalEnd(pos);
      ordinal = text.substring(pos, ordinalEnd);
      int place = place(shared ? pos + 3 : pos + 1, ordinalEnd - 1);
      if (place != placed + 1) {
        throw error(start, ordinal + " where 第" + ChineseNumerals.format(placed + 1) + "名 is due, as "
            + (placed == 0 ? "no unit is" : placed == 1 ? "1 unit is" : placed + " units are") + " placed before it",
            RULE_PLACES);
      }
      pos = colonAfter(ordinalEnd);
      if (pos == -1) {
        throw error(ordinalEnd, ordinal + " is not followed by a colon", RULE_ENTRY);
      }
      while (true) {
        skipWhitespace();
        int nameStart = pos;
        String name = match(readName(), nameStart, names.isEmpty());
        if (!names.isEmpty() && !shared) {
          throw error(nameStart, ordinal + " names a second unit '" + TextRules.shown(name) + "', but a place of"
              + " several units is written 并列" + ordinal, "并列 marks a place that units share; a place of one unit"
              + " names one");
        }
        names.add(name);
        if (pos == n) {
          more = false;
          break;
        }
        char c = text.charAt(pos);
        int separator = pos;
        pos++;
        if (c == '。') {
          skipWhitespace();
          if (pos < n) {
            throw error(pos, "text '" + TextRules.shown(rest(pos)) + "' follows the closing 。",
                "。 ends the list");
          }
          more = false;
          break;
        }
        skipWhitespace();
        if (pos == n) {
          if (c == '、') {
            throw error(separator, "the list ends with 、", "、 joins the names of one 并列 place");
          }
          more = false;
          break;
        }
        if (ordinalEnd(pos) != -1) {
          break;
        }
        if (c == '；' || c == ';') {
          throw error(pos, "'" + TextRules.shown(rest(pos)) + "' follows " + c + " instead of an entry", RULE_ENTRY);
        }
        // 、 ， or , before a name: the next unit of the same place.
      }
      if (shared && names.size() == 1) {
        throw error(start, ordinal + " names only '" + TextRules.shown(names.get(0)) + "'",
            "并列 marks a place that two or more units share");
      }
      places.add(names);
      placed += names.size();
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < namedIn.length; i++) {
      if (namedIn[i] == 0) {
        missing.add(group.members().get(i).name());
      }
    }
    if (!missing.isEmpty()) {
      throw error(n, "the list ends after " + placed + " of the group's " + namedIn.length + " members; not named: "
          + TextRules.shown(String.join("、", missing)), "a published list names every member of the group once");
    }
    return places;
  }

  /** The offset of the first entry, after checking the heading before it. */
  private int firstEntry() {
    int first = -1;
    for (int i = 0; i < n && first < 0; i++) {
      char c = text.charAt(i);
      if ((c == '第' || c == '并') && ordinalEnd(i) != -1) {
        first = i;
      }
    }
    if (first < 0) {
      throw error(0, "the text '" + TextRules.shown(text) + "' holds no entry 第…名", RULE_ENTRY);
    }
    int contentStart = 0;
    // stops at `first` at the latest: the first entry begins with 第 or 并, never whitespace
    while (TextRules.isWhitespace(text.charAt(contentStart))) {
      contentStart++;
    }
    if (contentStart == first) {
      return first;
    }
    int contentEnd = first;
    while (TextRules.isWhitespace(text.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    String rule = "a heading is one line before the first entry: a line of its own, or text ending in a colon"
        + " (：or :) before the first entry on its line";
    for (int i = contentStart; i < contentEnd; i++) {
      if (isLineBreak(text.charAt(i))) {
        int next = i + 1;
        while (TextRules.isWhitespace(text.charAt(next))) {
          next++;
        }
        int lineEnd = next;
        while (lineEnd < contentEnd && !isLineBreak(text.charAt(lineEnd))) {
          lineEnd++;
        }
        throw error(next, "'" + TextRules.shown(text.substring(next, lineEnd)) + "' before the first entry is a"
            + " second line of heading", rule);
      }
    }
    boolean ownLine = false;
    for (int i = contentEnd; i < first; i++) {
      ownLine |= isLineBreak(text.charAt(i));
    }
    if (!ownLine && !isColon(text.charAt(contentEnd - 1))) {
      throw error(contentStart, "'" + TextRules.shown(text.substring(contentStart, contentEnd)) + "' precedes "
          + TextRules.shown(text.substring(first, ordinalEnd(first))) + " on its line", rule);
    }
    return first;
  }

  /** The place written by the numeral at [start, end). */
  private int place(int start, int end) {
    try {
      return ChineseNumerals.parse(text.substring(start, end));
    } catch (IllegalArgumentException e) {
      throw error(start, ordinal + " does not give a place: " + e.getMessage(),
          "a place is a Chinese numeral, 第一名 … 第十一名 … 第一百零一名");
    }
  }

  /**
   * Reads a name up to a separator, a 。 or the end, outside brackets, joining lines that do not
   * begin an entry; leaves {@link #pos} at what ended it.
   */
  private String readName() {
    StringBuilder name = new StringBuilder();
    int depth = 0;
    int openedAt = -1;
    while (pos < n) {
      char c = text.charAt(pos);
      if (isLineBreak(c)) {
        // past the break itself, which need not be whitespace to Java (U+0085), then any whitespace
        int next = pos + 1;
        while (next < n && TextRules.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next == n || ordinalEnd(next) != -1) {
          break;
        }
        while (name.length() > 0 && TextRules.isWhitespace(name.charAt(name.length() - 1))) {
          name.setLength(name.length() - 1);
        }
        pos = next;
        continue;
      }
      if (depth == 0) {
        if (isSeparator(c) || c == '。') {
          break;
        }
        if (isColon(c)) {
          throw error(pos, "a colon follows the name '" + TextRules.shown(name) + "'",
              "a colon follows 第…名 only; inside a name it must sit in brackets");
        }
        if ((c == '第' || c == '并') && ordinalEnd(pos) != -1 && colonAfter(ordinalEnd(pos)) != -1) {
          if (TextRules.strip(name).isEmpty()) {
            break;
          }
          throw error(pos, "the entry " + TextRules.shown(text.substring(pos, ordinalEnd(pos))) + " follows the name '"
              + TextRules.shown(name) + "' with nothing between them", RULE_ENTRY);
        }
      }
      if (c == '（' || c == '(') {
        openedAt = depth == 0 ? pos : openedAt;
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      }
      name.append(c);
      pos++;
    }
    if (depth > 0) {
      throw error(openedAt, "the bracket opened here is not closed in the name '" + TextRules.shown(name) + "'",
          "a bracket opened in a name is closed in it");
    }
    return name.toString();
  }

  /** The member name the text gives, after checking that it names a member not named before. */
  private String match(String written, int at, boolean firstOfPlace) {
    if (TextRules.strip(written).isEmpty()) {
      throw error(at, firstOfPlace ? ordinal + " names no unit" : "an empty name after a separator in " + ordinal,
          "every place names the units at it");
    }
    String name;
    try {
      name = TextRules.normalizeName("Published ranking", "unit name", written);
    } catch (IllegalArgumentException e) {
      throw error(at, String.valueOf(e.getMessage()), RULE_NAMES);
    }
    Integer member = memberIndex.get(name);
    if (member == null) {
      throw error(at, "'" + TextRules.shown(name) + "' is not a member of the group", RULE_NAMES);
    }
    if (namedIn[member] != 0) {
      throw error(at, "'" + TextRules.shown(name) + "' was named already in entry " + namedIn[member],
          "a published list names each member once");
    }
    namedIn[member] = entry;
    return name;
  }

  /**
   * The offset after 名 if an ordinal — [并列]第, numeral characters, 名 — begins at i, else -1.
   * The colon after it is not required here, so that an entry without one is reported as such.
   */
  private int ordinalEnd(int i) {
    int j = text.startsWith("并列", i) ? i + 2 : i;
    if (j >= n || text.charAt(j) != '第') {
      return -1;
    }
    int numeral = ++j;
    while (j < n && NUMERAL_CHARS.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    return j > numeral && j < n && text.charAt(j) == '名' ? j + 1 : -1;
  }

  /** The offset after the colon that follows offset i, on the same line, or -1 if none does. */
  private int colonAfter(int i) {
    int j = i;
    while (j < n && TextRules.isWhitespace(text.charAt(j)) && !isLineBreak(text.charAt(j))) {
      j++;
    }
    return j < n && isColon(text.charAt(j)) ? j + 1 : -1;
  }

  private void skipWhitespace() {
    while (pos < n && TextRules.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private String rest(int from) {
    return text.substring(from, Math.min(n, from + 50));
  }

  /**
   * Why the name could not be read back from a published list, or null if it can: a separator,
   * colon or 。 outside brackets, or a bracket it does not close.
   */
  static @Nullable String unwritable(String name) {
    int depth = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      } else if (depth == 0 && (isSeparator(c) || isColon(c) || c == '。')) {
        return "holds " + c + " outside brackets at index " + i;
      }
    }
    return depth > 0 ? "opens a bracket it does not close" : null;
  }

  private static boolean isSeparator(char c) {
    return c == '；' || c == ';' || c == '，' || c == ',' || c == '、';
  }

  private static boolean isColon(char c) {
    return c == '：' || c == ':';
  }

  /** A mandatory line break of Unicode (UAX #14: BK, CR, LF, NL). */
  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
        || c == '\u2029';
  }

  private IllegalArgumentException error(int offset, String problem, String rule) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (isLineBreak(c) && !(c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    String where = entry == 0 ? "" : " (entry " + entry + ", " + TextRules.shown(ordinal) + ")";
    return new IllegalArgumentException("Published ranking of group " + group.id() + " at line " + line
        + ", column " + column + where + ": " + problem + "; " + rule);
  }
}
