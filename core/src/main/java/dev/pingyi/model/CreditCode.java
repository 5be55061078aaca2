package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015): eighteen characters, such as
 * {@code 91310110666007217T}.
 *
 * <table>
 *   <caption>Positions</caption>
 *   <tr><th>positions</th><th>meaning</th></tr>
 *   <tr><td>1</td><td>registration authority (登记管理部门)</td></tr>
 *   <tr><td>2</td><td>organisation type (机构类别)</td></tr>
 *   <tr><td>3–8</td><td>GB/T 2260 division code of the registering authority</td></tr>
 *   <tr><td>9–17</td><td>organisation code (GB 11714), its last character its own check</td></tr>
 *   <tr><td>18</td><td>check character over positions 1–17</td></tr>
 * </table>
 *
 * <p>Characters come from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (values 0 to 30; no I, O, S,
 * V or Z). The check character is (31 − Σ value × 3^(i−1) mod 31 mod 31) mod 31; the
 * organisation code's check digit is 11 − (Σ value × weight mod 11) with weights 3 7 9 10 5 8
 * 4 2, written {@code X} for 10 and {@code 0} for 11. Both are verified.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditCode {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private final String code;

  private CreditCode(String code) {
    this.code = code;
  }

  /**
   * The code of the given eighteen characters.
   *
   * @throws IllegalArgumentException if the text is not eighteen characters of the alphabet,
   *     or either check character is wrong
   */
  public static CreditCode of(String code) {
    requireNonNull(code, "code");
    checkArgument(
        code.length() == 18, "CreditCode code='%s' has %s characters, not 18", code, code.length());
    for (int i = 0; i < 18; i++) {
      checkArgument(
          ALPHABET.indexOf(code.charAt(i)) >= 0,
          "CreditCode code='%s' has character '%s' at position %s, which is not in %s",
          code,
          code.charAt(i),
          i + 1,
          ALPHABET);
    }
    char expected = checkCharacter(code.substring(0, 17));
    checkArgument(
        code.charAt(17) == expected,
        "CreditCode code='%s' has check character '%s', but positions 1-17 give '%s'",
        code,
        code.charAt(17),
        expected);
    char organisationCheck = organisationCheckDigit(code.substring(8, 16));
    checkArgument(
        code.charAt(16) == organisationCheck,
        "CreditCode code='%s' has organisation code %s whose check digit '%s' should be '%s'",
        code,
        code.substring(8, 17),
        code.charAt(16),
        organisationCheck);
    return new CreditCode(code);
  }

  /**
   * The check character (position 18) for the given first seventeen characters.
   *
   * @throws IllegalArgumentException if the text is not seventeen characters of the alphabet
   */
  public static char checkCharacter(String first17) {
    requireNonNull(first17, "first17");
    checkArgument(
        first17.length() == 17, "CreditCode first17='%s' has %s characters, not 17", first17, first17.length());
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      checkArgument(
          value >= 0,
          "CreditCode first17='%s' has character '%s' at position %s, which is not in %s",
          first17,
          first17.charAt(i),
          i + 1,
          ALPHABET);
      sum += value * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  private static char organisationCheckDigit(String body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /** The eighteen characters. */
  public String code() {
    return code;
  }

  /** Position 1: the registration authority, for example {@code 9} for market regulation. */
  public char registrationAuthority() {
    return code.charAt(0);
  }

  /** Position 2: the organisation type, for example {@code 1} for an enterprise. */
  public char organisationType() {
    return code.charAt(1);
  }

  /** Positions 3–8: the division code of the registering authority, as six characters. */
  public String divisionCode() {
    return code.substring(2, 8);
  }

  /** Positions 9–17: the GB 11714 organisation code with its check digit. */
  public String organisationCode() {
    return code.substring(8, 17);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CreditCode && ((CreditCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The eighteen characters. */
  @Override
  public String toString() {
    return code;
  }
}
