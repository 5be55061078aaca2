package dev.pingyi.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The rules every parser and reader of Pingyi applies to text: how long number text may be and
 * how large its exponent, what whitespace is, and which characters a name may hold. One home, so
 * that a value parsed from a report, a spreadsheet cell or a JSON document obeys the same rules.
 *
 * <ul>
 *   <li><b>Whitespace</b> is every Unicode space: {@link Character#isWhitespace} and {@link
 *       Character#isSpaceChar}, so that the no-break space (U+00A0), the narrow no-break space
 *       (U+202F), the ideographic space (U+3000) and the line separators count. Parsers strip it
 *       from around their text.
 *   <li><b>Invisible characters</b> — controls other than whitespace (NUL among them), format
 *       characters (zero-width spaces and joiners, the byte-order mark, bidirectional controls,
 *       the soft hyphen), lone surrogates and the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF
 *       — are rejected inside a name, where no reader could see them. Unassigned and private-use
 *       code points are accepted: which code points are assigned depends on the Java version, and
 *       legacy systems write rare Chinese characters in the private-use area.
 *   <li><b>A name</b> is normalised by one rule, {@link #normalizeName}: whitespace around it is
 *       stripped, each run of whitespace inside it becomes one space (U+0020), an invisible
 *       character is rejected, and so is a name that is blank after that or longer than {@value
 *       #MAX_NAME_LENGTH} code points. A builder takes names normalised already: {@link
 *       #checkName} accepts exactly the names that normalisation leaves unchanged.
 *   <li><b>Number text</b> is ASCII — digits 0–9, at most one decimal point, an optional sign and
 *       an optional exponent {@code e}/{@code E} — with at most {@value #MAX_NUMBER_LENGTH}
 *       characters, and its digits lie at powers of ten within ±{@value #MAX_EXPONENT}. Both are
 *       checked before any arithmetic, so that no text can make a parser allocate or loop in
 *       proportion to a number it writes. Full-width digits (１３.８) are not read: a reader that
 *       meets them folds them to ASCII first, where it knows the text is a number.
 * </ul>
 */
public final class TextRules {

  /** The most characters a decimal number's text may have, sign, point and exponent included. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The largest power of ten, in magnitude, at which a decimal number may have a digit. */
  public static final int MAX_EXPONENT = 64;

  /**
   * The most characters an exact integer's text may have, sign included: the numerator and the
   * denominator of a ratio, which arithmetic can make longer than any written figure.
   */
  public static final int MAX_INTEGER_LENGTH = 1000;

  /** The most code points a name may have after normalisation. */
  public static final int MAX_NAME_LENGTH = 500;

  private static final int MAX_SHOWN = 40;

  private TextRules() {}

  /** Whether the code point is whitespace of any kind, no-break and ideographic spaces included. */
  public static boolean isWhitespace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /**
   * Whether the code point is invisible in a name: a control that is not whitespace, a format
   * character, a surrogate or a noncharacter.
   */
  public static boolean isInvisible(int codePoint) {
    if (isWhitespace(codePoint)) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || isNoncharacter(codePoint);
  }

  private static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  /**
   * Whether the character is one that most names and cells are made of and that is visible, so
   * neither whitespace nor invisible: printable ASCII other than the space, a CJK unified
   * ideograph (U+4E00–U+9FFF), CJK punctuation other than the ideographic space (U+3001–U+303F),
   * or a full-width form (U+FF01–U+FF5E). A shortcut past the Unicode tables, which answer the
   * same for these characters.
   */
  public static boolean isPlain(char c) {
    return (c > ' ' && c < 0x7F)
        || (c >= '\u4E00' && c <= '\u9FFF')
        || (c > '\u3000' && c <= '\u303F')
        || (c >= '\uFF01' && c <= '\uFF5E');
  }

  /**
   * Whether the text is a plain name: at most {@value #MAX_NAME_LENGTH} {@linkplain
   * #isPlain plain} characters, with single spaces (U+0020) between them and none around them.
   * {@link #normalizeName} leaves a plain name unchanged, so {@link #checkName} accepts it without
   * the Unicode tables; a name that is not plain may still be normalised.
   */
  public static boolean isPlainName(CharSequence text) {
    int n = text.length();
    if (n == 0 || n > MAX_NAME_LENGTH) {
      return false;
    }
    char previous = ' ';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ' ? previous == ' ' : !isPlain(c)) {
        return false;
      }
      previous = c;
    }
    return previous != ' ';
  }

  /** The text without the whitespace (in the sense of {@link #isWhitespace}) around it. */
  public static String strip(CharSequence text) {
    requireNonNull(text, "text");
    int start = contentStart(text);
    return text.subSequence(start, contentEnd(text, start)).toString();
  }

  /** The index of the first code point of the text that is not whitespace, or its length. */
  private static int contentStart(CharSequence text) {
    int start = 0;
    while (start < text.length() && isWhitespace(Character.codePointAt(text, start))) {
      start += Character.charCount(Character.codePointAt(text, start));
    }
    return start;
  }

  /** The index after the last code point of the text that is not whitespace, not before start. */
  private static int contentEnd(CharSequence text, int start) {
    int end = text.length();
    while (end > start && isWhitespace(Character.codePointBefore(text, end))) {
      end -= Character.charCount(Character.codePointBefore(text, end));
    }
    return end;
  }

  /**
   * The name the text gives, normalised: whitespace around it stripped and each run of
   * whitespace inside it made one space. This is what a parser or reader passes to a builder.
   *
   * @param type the type whose field the name is, for the message: {@code "County"}
   * @param field the field, for the message: {@code "name"}
   * @throws IllegalArgumentException naming the type, field and value if the name holds an
   *     invisible character, is blank or is longer than {@value #MAX_NAME_LENGTH} code points
   */
  public static String normalizeName(String type, String field, CharSequence text) {
    requireNonNull(text, field);
    if (text.length() > 8 * MAX_NAME_LENGTH) {
      throw nameTooLong(type, field, text, text.length());
    }
    int start = contentStart(text);
    int end = contentEnd(text, start);
    // the name is no longer than the text, at most 8 × MAX_NAME_LENGTH chars
    StringBuilder name = new StringBuilder(text.length());
    int length = 0;
    boolean inWhitespace = false;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      if (isInvisible(cp)) {
        throw new IllegalArgumentException(String.format(
            "%s %s='%s' holds the invisible character U+%04X at index %d; a name holds visible"
                + " characters only",
            type, field, shown(text), cp, i));
      }
      if (isWhitespace(cp)) {
        inWhitespace = true;
      } else {
        if (inWhitespace) {
          name.append(' ');
          length++;
          inWhitespace = false;
        }
        name.appendCodePoint(cp);
        length++;
      }
      i += Character.charCount(cp);
    }
    if (length == 0) {
      throw new IllegalArgumentException(
          type + " " + field + "='" + shown(text) + "' is blank; a name needs a visible character");
    }
    if (length > MAX_NAME_LENGTH) {
      throw nameTooLong(type, field, text, length);
    }
    return name.toString();
  }

  private static IllegalArgumentException nameTooLong(String type, String field, CharSequence text, int length) {
    return new IllegalArgumentException(
        type + " " + field + "='" + shown(text) + "' has " + length + " characters, more than the "
            + MAX_NAME_LENGTH + " a name may have");
  }

  /**
   * Checks a name as a builder receives it: normalised already, so that whitespace around it, a
   * tab or two spaces inside it are errors rather than something to repair. The names it accepts
   * are exactly those {@link #normalizeName} leaves unchanged.
   *
   * @throws NullPointerException naming the field if the name is null
   * @throws IllegalArgumentException naming the type, field and value if the name breaks a rule
   */
  public static void checkName(String type, String field, String name) {
    requireNonNull(name, field);
    if (isPlainName(name)) {
      return;
    }
    String normalized = normalizeName(type, field, name);
    if (normalized.equals(name)) {
      return;
    }
    String rule = strip(name).equals(name)
        ? "has whitespace inside it other than single spaces (U+0020)"
        : "has whitespace around it";
    throw new IllegalArgumentException(
        type + " " + field + "='" + shown(name) + "' " + rule + "; a builder takes the name as"
            + " normalised, '" + shown(normalized) + "'");
  }

  /**
   * Reads a plain or scientific decimal number ({@code 92.5}, {@code -0.5}, {@code 1.38E+9}),
   * after stripping the whitespace around it, within the length and exponent limits.
   *
   * @param field what the number is, for the message: {@code "Score text"}
   * @throws IllegalArgumentException naming the field, the text and the rule if the text is not
   *     a decimal number or breaks a limit
   */
  public static BigDecimal parseDecimal(CharSequence text, String field) {
    return decimal(text, field, true);
  }

  /**
   * Reads a plain decimal number without exponent ({@code 13.8}, {@code -0.5}), after stripping
   * the whitespace around it, within the length and exponent limits.
   *
   * @param field what the number is, for the message: {@code "Yuan text"}
   * @throws IllegalArgumentException naming the field, the text and the rule if the text is not
   *     a plain decimal number or breaks a limit
   */
  public static BigDecimal parsePlainDecimal(CharSequence text, String field) {
    return decimal(text, field, false);
  }

  private static BigDecimal decimal(CharSequence text, String field, boolean exponentAllowed) {
    requireNonNull(text, field);
    String s = checkedNumberText(text, field, MAX_NUMBER_LENGTH, "a number");
    int i = skipSign(s, 0);
    boolean digit = false;
    boolean point = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (!digit) {
      throw notANumber(field, s, i < s.length() ? unexpected(s, i) : "has no digit");
    }
    if (i < s.length()) {
      char c = s.charAt(i);
      if ((c != 'e' && c != 'E') || !exponentAllowed) {
        throw notANumber(field, s, unexpected(s, i));
      }
      checkExponentText(s, i + 1, field);
    }
    BigDecimal value = new BigDecimal(s);
    if (!hasBoundedExponent(value)) {
      throw new IllegalArgumentException(
          field + "='" + shown(s) + "' has digits at powers of ten outside [-" + MAX_EXPONENT + ", "
              + MAX_EXPONENT + "]");
    }
    return value;
  }

  private static void checkExponentText(String s, int start, String field) {
    int i = skipSign(s, start);
    if (i == s.length()) {
      throw notANumber(field, s, "has no digit in its exponent");
    }
    int significant = 0;
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c < '0' || c > '9') {
        throw notANumber(field, s, unexpected(s, j));
      }
      if (significant > 0 || c != '0') {
        significant++;
      }
    }
    if (significant > 4) {
      throw new IllegalArgumentException(
          field + "='" + shown(s) + "' has the exponent " + s.substring(start - 1)
              + ", beyond the ±" + MAX_EXPONENT + " a number may have");
    }
  }

  /**
   * Reads a whole number, with an optional sign, after stripping the whitespace around it; its
   * text has at most {@value #MAX_INTEGER_LENGTH} characters.
   *
   * @param field what the number is, for the message: {@code "Ratio numerator"}
   * @throws IllegalArgumentException naming the field, the text and the rule if the text is not
   *     a whole number or is too long
   */
  public static BigInteger parseInteger(CharSequence text, String field) {
    requireNonNull(text, field);
    String s = checkedNumberText(text, field, MAX_INTEGER_LENGTH, "a whole number");
    int start = skipSign(s, 0);
    if (start == s.length()) {
      throw notAnInteger(field, s, "has no digit");
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw notAnInteger(field, s, unexpected(s, i));
      }
    }
    return new BigInteger(s);
  }

  private static String checkedNumberText(CharSequence text, String field, int limit, String what) {
    if (text.length() > 2 * limit) {
      throw tooLong(field, text.toString(), text.length(), limit, what);
    }
    String s = strip(text);
    if (s.length() > limit) {
      throw tooLong(field, s, s.length(), limit, what);
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException(field + "='" + shown(text) + "' is blank; " + what + " needs a digit");
    }
    return s;
  }

  private static IllegalArgumentException tooLong(String field, String s, int length, int limit, String what) {
    return new IllegalArgumentException(
        field + "='" + shown(s) + "' has " + length + " characters, more than the " + limit + " "
            + what + " may have");
  }

  private static int skipSign(String s, int i) {
    return i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+') ? i + 1 : i;
  }

  private static String unexpected(String s, int i) {
    int cp = s.codePointAt(i);
    String character = isInvisible(cp) || isWhitespace(cp)
        ? String.format("U+%04X", cp)
        : String.format("'%s' (U+%04X)", new String(Character.toChars(cp)), cp);
    return "holds " + character + " at index " + i;
  }

  private static IllegalArgumentException notANumber(String field, String s, String problem) {
    return new IllegalArgumentException(
        field + "='" + shown(s) + "' " + problem + "; a decimal number is written with ASCII"
            + " digits, at most one '.', an optional sign and an optional exponent such as e-3");
  }

  private static IllegalArgumentException notAnInteger(String field, String s, String problem) {
    return new IllegalArgumentException(
        field + "='" + shown(s) + "' " + problem + "; a whole number is written with ASCII digits"
            + " and an optional sign");
  }

  /**
   * Checks that a decimal's digits, from its first to its last, lie at powers of ten within
   * ±{@value #MAX_EXPONENT}, so that scaling it, printing it plainly or making a fraction of it
   * is cheap. Zero passes whatever its scale.
   *
   * @throws IllegalArgumentException naming the field and the value if they do not
   */
  public static void checkExponent(BigDecimal value, String field) {
    requireNonNull(value, field);
    if (!hasBoundedExponent(value)) {
      throw new IllegalArgumentException(
          field + "=" + shown(value) + " has digits at powers of ten outside [-" + MAX_EXPONENT
              + ", " + MAX_EXPONENT + "]");
    }
  }

  /** Whether the decimal is zero or has its digits at powers of ten within ±{@value #MAX_EXPONENT}. */
  public static boolean hasBoundedExponent(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    long lowest = -(long) value.scale();
    long highest = lowest + value.precision() - 1;
    return lowest >= -MAX_EXPONENT && highest <= MAX_EXPONENT;
  }

  /**
   * The text as a message shows it: invisible characters and whitespace other than the space
   * written as {@code \}{@code uXXXX}, and cut after {@value #MAX_SHOWN} characters with the
   * length noted.
   */
  public static String shown(CharSequence text) {
    requireNonNull(text, "text");
    int end = Math.min(text.length(), MAX_SHOWN);
    StringBuilder out = new StringBuilder(end + 16);
    for (int i = 0; i < end; ) {
      int cp = Character.codePointAt(text, i);
      if (cp != ' ' && (isInvisible(cp) || isWhitespace(cp))) {
        for (char c : Character.toChars(cp)) {
          out.append(String.format("\\u%04X", (int) c));
        }
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    if (text.length() > MAX_SHOWN) {
      out.append("…(").append(text.length()).append(" chars)");
    }
    return out.toString();
  }

  /**
   * The decimal as a message shows it: plain ({@code 0.001}) when its exponent is within the
   * limit, else in scientific notation ({@code 1E-100000000}), never a string in proportion to
   * its exponent.
   */
  public static String shown(BigDecimal value) {
    requireNonNull(value, "value");
    return shown(hasBoundedExponent(value) ? value.toPlainString() : value.toString());
  }
}
