package dev.pingyi.io;

import dev.pingyi.internal.TextRules;

/**
 * The text rules of spreadsheet cells, shared by the table readers and {@link TableWriter}: what
 * counts as blank, how full-width forms fold to ASCII, how a text that would start a formula is
 * neutralised and read back, and how columns are lettered.
 *
 * <p>Every method returns its argument itself when there is nothing to change, so that the clean
 * cells of a large ledger cost no allocation.
 */
final class CellText {

  /** The most characters of a cell a problem or skipped row keeps; longer text is cut. */
  static final int MAX_KEPT = 200;

  private static final char QUOTE = '\'';

  private CellText() {}

  /** Whether the text is empty or whitespace only, in the sense of {@link TextRules#isWhitespace}. */
  static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPlain(c) || !TextRules.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the characters are the string's, as {@link String#contentEquals(CharSequence)} says;
   * without its generic loop, which calls through its argument for each character.
   */
  static boolean sameText(String text, CharSequence chars) {
    int n = text.length();
    if (chars.length() != n) {
      return false;
    }
    if (chars instanceof CharRun run) {
      char[] array = run.charArray();
      int start = run.charStart();
      for (int i = 0; i < n; i++) {
        if (text.charAt(i) != array[start + i]) {
          return false;
        }
      }
      return true;
    }
    return text.contentEquals(chars);
  }

  /** Whether the character is plain, as {@link TextRules#isPlain} says: visible, and no Unicode table needed. */
  static boolean isPlain(char c) {
    return TextRules.isPlain(c);
  }

  /** The text without whitespace around it: {@link TextRules#strip}, without copying a clean cell. */
  static String strip(String text) {
    int n = text.length();
    return n > 0 && isPlain(text.charAt(0)) && isPlain(text.charAt(n - 1)) ? text : TextRules.strip(text);
  }

  /** The characters without whitespace around them: the same characters {@link #strip(String)} gives. */
  static CharSequence strip(CharSequence text) {
    int n = text.length();
    return n > 0 && isPlain(text.charAt(0)) && isPlain(text.charAt(n - 1)) ? text : TextRules.strip(text);
  }

  /**
   * The name the cell gives, normalised as {@link TextRules#normalizeName} normalises it; a cell of
   * plain characters and single inner spaces is the name already, and is returned as it is.
   *
   * @throws IllegalArgumentException as {@link TextRules#normalizeName} throws
   */
  static String name(String type, String field, String text) {
    return TextRules.isPlainName(text) ? text : TextRules.normalizeName(type, field, text);
  }

  /**
   * The text with full-width ASCII forms (U+FF01–U+FF5E: digits １３, the full stop ．, the comma
   * ，, brackets （）, letters) folded to ASCII and the ideographic space (U+3000) to a space.
   * Spreadsheets typed with a Chinese input method hold them in numbers and headers alike.
   */
  static String foldWidth(String text) {
    int i = 0;
    while (i < text.length() && !isWide(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    char[] folded = text.toCharArray();
    for (; i < folded.length; i++) {
      char c = folded[i];
      if (c >= '\uFF01' && c <= '\uFF5E') {
        folded[i] = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        folded[i] = ' ';
      }
    }
    return new String(folded);
  }

  /** The characters with full-width forms folded: the same characters {@link #foldWidth(String)} gives. */
  static CharSequence foldWidth(CharSequence text) {
    int i = 0;
    while (i < text.length() && !isWide(text.charAt(i))) {
      i++;
    }
    return i == text.length() ? text : foldWidth(text.toString());
  }

  private static boolean isWide(char c) {
    return (c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000';
  }

  /**
   * Whether a spreadsheet would read the text as a formula or a command: it starts with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return (the characters OWASP lists for
   * CSV injection).
   */
  static boolean startsFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * The text as a writer puts it in a text cell: one apostrophe before a text that would start a
   * formula ({@code =SUM(A1)} is written {@code '=SUM(A1)}), and one more before a text that
   * already is apostrophes followed by such a character, so that {@link #unneutralize} gives back
   * exactly the text written. Any other text is written as it is.
   */
  static String neutralize(String text) {
    int quotes = 0;
    while (quotes < text.length() && text.charAt(quotes) == QUOTE) {
      quotes++;
    }
    return startsFormula(text.substring(quotes)) ? QUOTE + text : text;
  }

  /** The text a writer neutralised, as it was: the inverse of {@link #neutralize}. */
  static String unneutralize(String text) {
    if (text.isEmpty() || text.charAt(0) != QUOTE) {
      return text;
    }
    int quotes = 0;
    while (quotes < text.length() && text.charAt(quotes) == QUOTE) {
      quotes++;
    }
    return startsFormula(text.substring(quotes)) ? text.substring(1) : text;
  }

  /** The letters of a 1-based column, as spreadsheets name it: 1 is A, 27 is AA. */
  static String columnLetters(int column) {
    StringBuilder letters = new StringBuilder(3);
    for (int n = column; n > 0; n = (n - 1) / 26) {
      letters.append((char) ('A' + (n - 1) % 26));
    }
    return letters.reverse().toString();
  }

  /**
   * A failure as a rule can state it: the exception's simple class name and message, invisible
   * characters escaped and the whole cut as {@link #kept} cuts text.
   */
  static String describe(Throwable failure) {
    String message = failure.getMessage();
    String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && (TextRules.isInvisible(c) || TextRules.isWhitespace(c))) {
        s.append(String.format("\\u%04X", (int) c));
      } else {
        s.append(c);
      }
    }
    return kept(s.toString());
  }

  /** The text cut to {@value #MAX_KEPT} characters, with an ellipsis and the length if cut. */
  static String kept(String text) {
    if (text.length() <= MAX_KEPT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_KEPT - 1)) ? MAX_KEPT - 1 : MAX_KEPT;
    return text.substring(0, end) + "…(" + text.length() + " chars)";
  }
}
