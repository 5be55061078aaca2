package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Division codes and credit codes, on the identifiers DOMAIN.md lists. */
class CodesTest {

  @Test
  void liaochengCodesHaveTheirLevelsAndParents() {
    DivisionCode guanxian = DivisionCode.of("371525");
    assertThat(guanxian.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(guanxian.prefecture()).isEqualTo(DivisionCode.of("371500"));
    assertThat(guanxian.province()).isEqualTo(DivisionCode.of("370000"));
    assertThat(DivisionCode.of("371500").level()).isEqualTo(DivisionLevel.PREFECTURE);
    assertThat(DivisionCode.of("370000").level()).isEqualTo(DivisionLevel.PROVINCE);
    assertThat(guanxian.isWithin(DivisionCode.of("371500"))).isTrue();
    assertThat(guanxian.isWithin(DivisionCode.of("370000"))).isTrue();
    assertThat(guanxian.isWithin(DivisionCode.of("371600"))).isFalse();
    assertThat(guanxian.isWithin(guanxian)).isTrue();
    assertThat(DivisionCode.of("371581").isWithin(guanxian)).isFalse();
  }

  @Test
  void chipingsOldAndNewCodesAreBothValidCountyCodes() {
    assertThat(DivisionCode.of("371523").level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(DivisionCode.of("371503").level()).isEqualTo(DivisionLevel.COUNTY);
  }

  @Test
  void workedExampleOfTheCreditCodeChecks() {
    CreditCode code = CreditCode.of("91310110666007217T");
    assertThat(CreditCode.checkCharacter("91310110666007217")).isEqualTo('T');
    assertThat(code.registrationAuthority()).isEqualTo('9');
    assertThat(code.organisationType()).isEqualTo('1');
    assertThat(code.divisionCode()).isEqualTo("310110");
    assertThat(code.organisationCode()).isEqualTo("666007217");
  }

  @Test
  void everySingleCharacterChangeIsCaught() {
    String valid = "91310110666007217T";
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int position = 0; position < 18; position++) {
      for (char c : alphabet.toCharArray()) {
        if (c == valid.charAt(position)) {
          continue;
        }
        String changed = valid.substring(0, position) + c + valid.substring(position + 1);
        assertThat(isValid(changed)).as(changed).isFalse();
      }
    }
  }

  private static boolean isValid(String code) {
    try {
      CreditCode.of(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
