package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;

import dev.pingyi.internal.TextRules;
import java.math.BigDecimal;
import java.util.Optional;

/** The checks that several model types share, with messages in one form. */
final class Checks {

  private Checks() {}

  /**
   * A name must be normalised by the one rule of {@link TextRules#normalizeName}: visible
   * characters, no whitespace around it, single spaces inside it, not blank.
   */
  static void checkName(String type, String field, String value) {
    TextRules.checkName(type, field, value);
  }

  /**
   * {@link #checkName(String, String, String)} for a field of a named owner, such as a project's
   * name: the message names {@code type owner}, and that text is made only when the check fails.
   */
  static void checkName(String type, String owner, String field, String value) {
    try {
      TextRules.checkName(type, field, value);
    } catch (IllegalArgumentException e) {
      TextRules.checkName(type + " " + owner, field, value);
      throw e;
    }
  }

  static void checkNotNegative(String type, Object owner, String field, Optional<Yuan> amount) {
    amount.ifPresent(
        a -> checkArgument(!a.isNegative(), "%s %s: %s=%s must not be negative", type, owner, field, a));
  }

  /**
   * Reads a plain or scientific decimal number within the limits of {@link TextRules}, or names
   * the field, the text and the rule it breaks.
   */
  static BigDecimal parseDecimal(String text, String field) {
    return TextRules.parseDecimal(text, field);
  }
}
