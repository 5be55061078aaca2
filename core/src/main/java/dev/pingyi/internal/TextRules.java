package dev.pingyi.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The rules every parser and reader of Pingyi applies to text: how long number text may be and
 * how large its exponent, what whitespace is, and which characters a name may hold. One home, so
 * that a value parsed from a report, a spreadsheet cell or a JSON document obeys the same rules.
 *
 * <ul>
 *   <li><b>Whitespace</b> is every Unicode space: {@link Character#isWhitespace} and {@link
 *       Character#isSpaceChar}, so that the no-break space (U+00A0), the narrow no-break space
 *       (U+202F) and the ideographic space (U+3000) count.
 *   <li><b>Invisible characters</b> — controls, format characters (zero-width spaces and joiners,
 *       the byte-order mark, bidirectional controls), unassigned and private-use code points and
 *       lone surrogates — are rejected inside a name, where no reader could see them.
 *   <li><b>Number text</b> has at most {@value #MAX_NUMBER_LENGTH} characters and an exponent of
 *       at most {@value #MAX_EXPONENT} in magnitude, checked before any arithmetic, so that no
 *       text can make a parser allocate or loop in proportion to a number it writes.
 * </ul>
 */
public final class TextRules {

  /** The most characters a number's text may have, signs and exponent included. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The largest magnitude of a number's decimal exponent, written or implied by its scale. */
  public static final int MAX_EXPONENT = 64;

  /** The most code points a name may have after its surrounding whitespace is stripped. */
  public static final int MAX_NAME_LENGTH = 500;

  private static final int MAX_SHOWN = 40;

  private TextRules() {}

  /** Whether the code point is whitespace of any kind, no-break and ideographic spaces included. */
  public static boolean isWhitespace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /** Whether the code point is invisible in a name: a control, format, unassigned, private-use or surrogate code point. */
  public static boolean isInvisible(int codePoint) {
    if (isWhitespace(codePoint)) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE;
  }

  /** The text without the whitespace (in the sense of {@link #isWhitespace}) around it. */
  public static String strip(CharSequence text) {
    requireNonNull(text, "text");
    int start = 0;
    int end = text.length();
    while (start < end && isWhitespace(Character.codePointAt(text, start))) {
      start += Character.charCount(Character.codePointAt(text, start));
    }
    while (end > start && isWhitespace(Character.codePointBefore(text, end))) {
      end -= Character.charCount(Character.codePointBefore(text, end));
    }
    return text.subSequence(start, end).toString();
  }

  /**
   * The name the text gives, with surrounding whitespace stripped: what a parser or reader passes
   * to a builder.
   *
   * @throws IllegalArgumentException naming the type, field and value if the name is blank, holds
   *     an invisible character or is longer than {@value #MAX_NAME_LENGTH} code points
   */
  public static String normalizeName(String type, String field, CharSequence text) {
    String name = strip(text);
    checkNameCharacters(type, field, name);
    return name;
  }

  /**
   * Checks a name as a builder receives it: normalised already, so surrounding whitespace is an
   * error rather than something to strip.
   *
   * @throws IllegalArgumentException naming the type, field and value if the name breaks a rule
   */
  public static void checkName(String type, String field, String name) {
    requireNonNull(name, field);
    if (!strip(name).equals(name)) {
      throw new IllegalArgumentException(
          type + " " + field + "='" + shown(name) + "' has leading or trailing whitespace");
    }
    checkNameCharacters(type, field, name);
  }

  private static void checkNameCharacters(String type, String field, String name) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException(type + " " + field + "='' is blank; a name needs a visible character");
    }
    int length = name.codePointCount(0, name.length());
    if (length > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          type + " " + field + "='" + shown(name) + "' has " + length
              + " characters, more than the " + MAX_NAME_LENGTH + " a name may have");
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (isInvisible(cp)) {
        throw new IllegalArgumentException(String.format(
            "%s %s='%s' holds the invisible character U+%04X at index %d; a name holds visible characters only",
            type, field, shown(name), cp, i));
      }
      i += Character.charCount(cp);
    }
  }

  /**
   * Reads a plain or scientific decimal number, after stripping whitespace, within the length and
   * exponent limits.
   *
   * @param field what the number is, for the message: {@code "Score text"}
   * @throws IllegalArgumentException naming the field, the text and the rule if the text is not a
   *     decimal number or breaks a limit
   */
  public static BigDecimal parseDecimal(CharSequence text, String field) {
    requireNonNull(text, field);
    String s = strip(text);
    if (s.length() > MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException(
          field + "='" + shown(s) + "' has " + s.length() + " characters, more than the "
              + MAX_NUMBER_LENGTH + " a number may have");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + "='" + shown(s) + "' is not a decimal number", e);
    }
    checkExponent(value, field, s);
    return value;
  }

  /**
   * Checks that a decimal's exponent, the power of ten of its last digit and of its first, lies
   * within ±{@value #MAX_EXPONENT}, so that scaling it is cheap.
   *
   * @throws IllegalArgumentException naming the field and the value if it does not
   */
  public static void checkExponent(BigDecimal value, String field, String shownText) {
    long lowest = -(long) value.scale();
    long highest = lowest + value.precision() - 1;
    if (lowest < -MAX_EXPONENT || highest > MAX_EXPONENT) {
      throw new IllegalArgumentException(
          field + "='" + shown(shownText) + "' has digits at powers of ten outside [-"
              + MAX_EXPONENT + ", " + MAX_EXPONENT + "]");
    }
  }

  /** The text, cut to a length a message can show. */
  public static String shown(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…(" + text.length() + " chars)";
  }
}
