package dev.pingyi.internal;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * The sheet type registers, once, how a sheet gives its unit's identity hash code: once a sheet
 * exists the source is there and gives that code, and a second registration is refused.
 */
class SheetUnitsKillTest {

  private static ScoreSheet sheet() {
    County county = County.builder()
        .name("冠县")
        .kind(CountyKind.COUNTY)
        .divisionCode(DivisionCode.of("371525"))
        .prefecture(Prefecture.of("聊城市", DivisionCode.of("371500")))
        .build();
    return ScoreSheet.builder()
        .unit(EvaluatedUnit.governing("冠县政府", county))
        .period(ReportPeriod.ofHalfYear(2022, 1))
        .putScores(ScoreComponent.BASE_EVALUATION, Score.parse("92.5"))
        .putScores(ScoreComponent.ON_SITE_EVALUATION, Score.parse("88"))
        .build();
  }

  @Test
  void onceASheetExistsItsUnitsIdentityHashCodeIsGivenByTheRegisteredSource() {
    ScoreSheet sheet = sheet();
    ToIntFunction<Object> source = SheetUnits.unitHashes();

    assertThat(source).isNotNull();
    assertThat(requireNonNull(source).applyAsInt(sheet)).isEqualTo(System.identityHashCode(sheet.unit()));
  }

  @Test
  void aSecondSourceIsRefusedAndTheFirstStays() {
    sheet();
    ToIntFunction<Object> registered = requireNonNull(SheetUnits.unitHashes());

    // registering the very source again: refused, and harmless were it taken
    assertThatThrownBy(() -> SheetUnits.registerUnitHashes(registered)).isInstanceOf(IllegalStateException.class);
    assertThat(SheetUnits.unitHashes()).isSameAs(registered);
  }
}
