package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sheet keeps its unit's identity hash code, and it is not part of the sheet's value. */
class ScoreSheetKillTest {

  @Test
  void aSheetKeepsItsUnitsIdentityHashCode() {
    EvaluatedUnit unit = EvaluatedUnit.governing("冠县政府", Samples.GUANXIAN);
    EvaluatedUnit equalUnit = EvaluatedUnit.governing("冠县政府", Samples.GUANXIAN);
    ScoreSheet sheet = Samples.SHEET.withUnit(unit);
    ScoreSheet other = Samples.SHEET.withUnit(equalUnit);

    assertThat(sheet.unitIdentityHash()).isEqualTo(System.identityHashCode(unit));
    assertThat(other.unitIdentityHash()).isEqualTo(System.identityHashCode(equalUnit));
    assertThat(Samples.SHEET.unitIdentityHash()).isEqualTo(System.identityHashCode(Samples.SHEET.unit()));
    assertThat(sheet).isEqualTo(other);
    assertThat(sheet.hashCode()).isEqualTo(other.hashCode());
  }
}
