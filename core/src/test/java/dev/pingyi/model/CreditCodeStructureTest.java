package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A credit code's structure: registration authority, organisation type and division part, each
 * checked against GB 32100's tables, on codes whose two check characters are right.
 */
class CreditCodeStructureTest {

  /** GB 11714 organisation code 666007217 of DOMAIN.md's worked example; its check digit is right. */
  private static final String ORGANISATION_CODE = "666007217";

  /** The authority → organisation types table, as the CreditCode Javadoc documents it. */
  private static final Map<Character, String> TYPES_BY_AUTHORITY = Map.ofEntries(
      Map.entry('1', "1239"), Map.entry('2', "19"), Map.entry('3', "123459"),
      Map.entry('4', "19"), Map.entry('5', "123459"), Map.entry('6', "129"),
      Map.entry('7', "129"), Map.entry('8', "19"), Map.entry('9', "123"),
      Map.entry('A', "19"), Map.entry('N', "1239"), Map.entry('Y', "1"));

  static Stream<Arguments> badStructures() {
    return Stream.of(
        bad("eighteen zeros, whose checksums are right", "000000000000000000",
            "000000000000000000", "registration authority '0' at position 1",
            "1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y"),
        bad("authority B, in no table", withChecks("B1310110"),
            "registration authority 'B' at position 1", "1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y"),
        bad("authority 0", withChecks("01310110"), "registration authority '0' at position 1"),
        bad("type 4 under market regulation", withChecks("94310110"),
            "organisation type '4' at position 2", "authority '9' (工商/市场监管)", "uses: 1, 2, 3"),
        bad("type 9 under market regulation", withChecks("99310110"),
            "organisation type '9' at position 2", "uses: 1, 2, 3"),
        bad("type 2 under other", withChecks("Y2310110"),
            "organisation type '2' at position 2", "authority 'Y' (其他)", "uses: 1"),
        bad("type A under staffing", withChecks("1A310110"),
            "organisation type 'A' at position 2", "authority '1' (机构编制)", "uses: 1, 2, 3, 9"),
        bad("division 000000", withChecks("91000000"),
            "division part 000000 at positions 3-8", "100000 (national) or a GB/T 2260"),
        bad("division starting 99", withChecks("91990101"),
            "division part 990101 at positions 3-8", "province prefix 99",
            "not a GB/T 2260 province"),
        bad("division starting 10, not national", withChecks("91100101"),
            "division part 100101", "province prefix 10"),
        bad("division with a county under prefecture 00", withChecks("91370025"),
            "division part 370025", "county part 25 under prefecture part 00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStructures")
  void aCodeWithRightChecksumsButNoMeaningIsRejected(String rule, String code, String[] fragments) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CreditCode.of(code))
        .withMessageContaining("CreditCode code='" + code + "'")
        .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
  }

  @Test
  void aRetiredCountyCodeStaysValid() {
    // 茌平县 371523 became 茌平区 371503 in 2019; codes registered before keep 371523.
    CreditCode code = CreditCode.of(withChecks("91371523"));
    assertThat(code.divisionCode()).isEqualTo("371523");
    assertThat(CreditCode.of(withChecks("91371503")).divisionCode()).isEqualTo("371503");
  }

  @Test
  void aNationalAuthorityWrites100000() {
    assertThat(CreditCode.of(withChecks("53100000")).divisionCode()).isEqualTo("100000");
  }

  @Test
  void provincePrefectureAndCountyAuthoritiesAreAccepted() {
    for (String division : new String[] {"370000", "371500", "371525", "110105", "820000"}) {
      assertThat(CreditCode.of(withChecks("91" + division)).divisionCode()).isEqualTo(division);
    }
  }

  @Test
  void everyDocumentedAuthorityAndTypeIsAcceptedAndNoOther() {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (char authority : alphabet.toCharArray()) {
      for (char type : alphabet.toCharArray()) {
        String code = withChecks("" + authority + type + "371525");
        String types = TYPES_BY_AUTHORITY.getOrDefault(authority, "");
        assertThat(isValid(code)).as(code).isEqualTo(types.indexOf(type) >= 0);
      }
    }
  }

  @Test
  void theWorkedExampleIsStillValid() {
    assertThat(CreditCode.of("91310110666007217T").registrationAuthority()).isEqualTo('9');
  }

  /** The eight characters, the worked example's organisation code and the check character. */
  private static String withChecks(String first8) {
    String first17 = first8 + ORGANISATION_CODE;
    return first17 + CreditCode.checkCharacter(first17);
  }

  private static boolean isValid(String code) {
    try {
      CreditCode.of(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Arguments bad(String rule, String code, String... fragments) {
    return arguments(rule, code, fragments);
  }
}
