package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.pingyi.internal.TextRules;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015): eighteen characters, such as
 * {@code 91310110666007217T}.
 *
 * <table>
 *   <caption>Positions</caption>
 *   <tr><th>positions</th><th>meaning</th></tr>
 *   <tr><td>1</td><td>registration authority (登记管理部门)</td></tr>
 *   <tr><td>2</td><td>organisation type (机构类别), from the authority's own list</td></tr>
 *   <tr><td>3–8</td><td>division code of the registration authority (登记管理机关行政区划码)</td></tr>
 *   <tr><td>9–17</td><td>organisation code (GB 11714), its last character its own check</td></tr>
 *   <tr><td>18</td><td>check character over positions 1–17</td></tr>
 * </table>
 *
 * <p>Characters come from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (values 0 to 30; no I, O, S,
 * V or Z). The check character is (31 − Σ value × 3^(i−1) mod 31 mod 31) mod 31; the
 * organisation code's check digit is 11 − (Σ value × weight mod 11) with weights 3 7 9 10 5 8
 * 4 2, written {@code X} for 10 and {@code 0} for 11. Both are verified.
 *
 * <p>The structure is verified too, so that a code of the right checksums but no meaning, such as
 * eighteen zeros, is rejected:
 *
 * <table>
 *   <caption>Registration authorities (position 1) and the organisation types (position 2) each
 *   uses</caption>
 *   <tr><th>1</th><th>authority</th><th>2</th></tr>
 *   <tr><td>1</td><td>机构编制 (staffing commissions)</td><td>1 机关, 2 事业单位, 3 中央编办直接管理机构编制的群众团体,
 *       9 其他</td></tr>
 *   <tr><td>2</td><td>外交 (foreign affairs)</td><td>1 外国常驻新闻机构, 9 其他</td></tr>
 *   <tr><td>3</td><td>司法行政 (justice)</td><td>1 律师执业机构, 2 公证处, 3 基层法律服务所, 4 司法鉴定机构,
 *       5 仲裁委员会, 9 其他</td></tr>
 *   <tr><td>4</td><td>文化 (culture)</td><td>1 外国在华文化中心, 9 其他</td></tr>
 *   <tr><td>5</td><td>民政 (civil affairs)</td><td>1 社会团体, 2 民办非企业单位, 3 基金会, 4 村民委员会,
 *       5 居民委员会, 9 其他</td></tr>
 *   <tr><td>6</td><td>旅游 (tourism)</td><td>1 外国旅游部门常驻代表机构, 2 港澳台地区旅游部门常驻内地（大陆）代表机构,
 *       9 其他</td></tr>
 *   <tr><td>7</td><td>宗教 (religious affairs)</td><td>1 宗教活动场所, 2 宗教院校, 9 其他</td></tr>
 *   <tr><td>8</td><td>工会 (trade unions)</td><td>1 基层工会, 9 其他</td></tr>
 *   <tr><td>9</td><td>工商, now 市场监管 (market regulation)</td><td>1 企业, 2 个体工商户,
 *       3 农民专业合作社</td></tr>
 *   <tr><td>A</td><td>中央军委改革和编制办公室 (military reform and staffing office)</td><td>1 军队事业单位,
 *       9 其他</td></tr>
 *   <tr><td>N</td><td>农业, now 农业农村 (agriculture)</td><td>1 组级集体经济组织, 2 村级集体经济组织,
 *       3 乡镇级集体经济组织, 9 其他</td></tr>
 *   <tr><td>Y</td><td>其他 (other)</td><td>1</td></tr>
 * </table>
 *
 * <p>GB 32100-2015 itself fixes only the form of positions 1 and 2 and gives 1, 5, 9 and Y as
 * examples; the full table is the one the code-allocation authorities publish (全国组织机构统一社会
 * 信用代码数据服务中心), as reproduced for example at https://osuse.cn/post/10002590.html. Types 4 and
 * 5 under 民政 are a later addition: village and residents' committees became special legal
 * persons (基层群众性自治组织特别法人) in 2017 and civil-affairs offices have coded them since; they
 * are accepted because real codes use them (54…, 55…), though the table above does not list them.
 *
 * <p>Positions 3–8 are the division code of the registration authority: {@code 100000} for a
 * national authority (国家, as GB 32100's explanation has it), or otherwise a code of GB/T 2260's
 * form with a real province prefix (see {@link DivisionCode#of}). The division need not exist
 * today: a code keeps the division it was registered in for life, so an enterprise registered in
 * 茌平县 carries {@code 371523} although the county became 茌平区 {@code 371503} in 2019.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditCode {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /** The division part of a code given by a national registration authority. */
  private static final String NATIONAL = "100000";

  /** Registration authority (position 1) → its name and the organisation types (position 2) it uses. */
  private static final ImmutableMap<Character, Authority> AUTHORITIES =
      ImmutableMap.<Character, Authority>builder()
          .put('1', new Authority("机构编制", "1239"))
          .put('2', new Authority("外交", "19"))
          .put('3', new Authority("司法行政", "123459"))
          .put('4', new Authority("文化", "19"))
          .put('5', new Authority("民政", "123459"))
          .put('6', new Authority("旅游", "129"))
          .put('7', new Authority("宗教", "129"))
          .put('8', new Authority("工会", "19"))
          .put('9', new Authority("工商/市场监管", "123"))
          .put('A', new Authority("中央军委改革和编制办公室", "19"))
          .put('N', new Authority("农业农村", "1239"))
          .put('Y', new Authority("其他", "1"))
          .buildOrThrow();

  private record Authority(String name, String types) {}

  private final String code;

  private CreditCode(String code) {
    this.code = code;
  }

  /**
   * The code of the given eighteen characters.
   *
   * @throws IllegalArgumentException naming the code, the position, the character and what is
   *     accepted there, if the text is not eighteen characters of the alphabet, its registration
   *     authority or organisation type is not in the table above, its division part is neither
   *     {@code 100000} nor of GB/T 2260's form, or either check character is wrong
   */
  public static CreditCode of(String code) {
    requireNonNull(code, "code");
    checkArgument(
        code.length() == 18,
        "CreditCode code='%s' has %s characters, not 18",
        TextRules.shown(code),
        code.length());
    for (int i = 0; i < 18; i++) {
      checkArgument(
          ALPHABET.indexOf(code.charAt(i)) >= 0,
          "CreditCode code='%s' has character '%s' at position %s, which is not in %s",
          TextRules.shown(code),
          TextRules.shown(String.valueOf(code.charAt(i))),
          i + 1,
          ALPHABET);
    }
    checkStructure(code);
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
        first17.length() == 17,
        "CreditCode first17='%s' has %s characters, not 17",
        TextRules.shown(first17),
        first17.length());
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      checkArgument(
          value >= 0,
          "CreditCode first17='%s' has character '%s' at position %s, which is not in %s",
          TextRules.shown(first17),
          TextRules.shown(String.valueOf(first17.charAt(i))),
          i + 1,
          ALPHABET);
      sum += value * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  private static void checkStructure(String code) {
    char authorityCode = code.charAt(0);
    Authority authority = AUTHORITIES.get(authorityCode);
    if (authority == null) {
      throw new IllegalArgumentException(String.format(
          "CreditCode code='%s' has registration authority '%s' at position 1, which is not one of"
              + " GB 32100's: %s",
          code, authorityCode, listed(AUTHORITIES.keySet().stream().map(String::valueOf))));
    }
    char type = code.charAt(1);
    checkArgument(
        authority.types().indexOf(type) >= 0,
        "CreditCode code='%s' has organisation type '%s' at position 2, which registration"
            + " authority '%s' (%s) does not use; it uses: %s",
        code,
        type,
        authorityCode,
        authority.name(),
        listed(authority.types().chars().mapToObj(c -> String.valueOf((char) c))));
    String division = code.substring(2, 8);
    checkArgument(
        !division.equals("000000"),
        "CreditCode code='%s' has division part 000000 at positions 3-8; a registration authority"
            + " has %s (national) or a GB/T 2260 division code there",
        code,
        NATIONAL);
    if (!division.equals(NATIONAL)) {
      try {
        DivisionCode.of(division);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "CreditCode code='" + code + "' has division part " + division
                + " at positions 3-8, which is neither " + NATIONAL
                + " (national) nor a GB/T 2260 division code: " + e.getMessage(),
            e);
      }
    }
  }

  private static String listed(Stream<String> values) {
    return values.collect(Collectors.joining(", "));
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
