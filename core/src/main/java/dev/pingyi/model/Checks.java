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

  static void checkPositive(String type, Object owner, String field, BigDecimal value) {
    checkArgument(value.signum() > 0, "%s %s: %s=%s must be positive", type, owner, field, value.toPlainString());
  }
}
