package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;

/** The checks that several model types share, with messages in one form. */
final class Checks {

  private Checks() {}

  /** A name must have a visible character and no surrounding whitespace. */
  static void checkName(String type, String field, String value) {
    checkArgument(
        !value.isBlank() && value.strip().equals(value),
        "%s %s='%s' must be non-blank without leading or trailing whitespace",
        type,
        field,
        value);
  }

  static void checkNotNegative(String type, Object owner, String field, Optional<Yuan> amount) {
    amount.ifPresent(
        a -> checkArgument(!a.isNegative(), "%s %s: %s=%s must not be negative", type, owner, field, a));
  }

  /** Reads a plain or scientific decimal number, or names the field and the text it could not read. */
  static BigDecimal parseDecimal(String text, String field) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + "='" + text + "' is not a decimal number", e);
    }
  }
}
