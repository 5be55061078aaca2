package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The edges of the model's rules — the last value a limit accepts, hash codes that tell values
 * apart, the text forms values print — and the checks of types only the model makes (divisions,
 * the division file): each asserted once, so that mutation testing finds a test for it.
 */
class ModelMutationTest {

  @Test
  void distinctValuesHaveDistinctHashCodes() {
    assertDistinctHashes(Yuan.ofFen(1), Yuan.ofFen(2), Yuan.ofFen(-1));
    assertDistinctHashes(Score.of(1), Score.of(2), Score.parse("0.5"));
    assertDistinctHashes(Ratio.of(1, 2), Ratio.of(1, 3), Ratio.of(2, 3), Ratio.of(3, 2));
    assertDistinctHashes(Percent.of(Ratio.of(1, 2)), Percent.of(Ratio.of(1, 3)));
    assertDistinctHashes(PercentagePoints.of(Ratio.of(1, 2)), PercentagePoints.of(Ratio.of(1, 3)));
    assertDistinctHashes(Growth.of(Percent.of(Ratio.of(1, 2))), Growth.of(Percent.of(Ratio.of(1, 3))));
    assertDistinctHashes(ReportPeriod.ofYear(2022), ReportPeriod.ofYear(2023), ReportPeriod.ofHalfYear(2022, 1),
        ReportPeriod.ofHalfYear(2022, 2), ReportPeriod.ofQuarter(2022, 1), ReportPeriod.ofMonth(2022, 1),
        ReportPeriod.ofMonth(2022, 2), ReportPeriod.yearToDate(2022, 2), ReportPeriod.ofMonth(2023, 1));
    assertDistinctHashes(Samples.CREDIT_CODE, CreditCode.of("91100000100003962T"));
    DivisionRegistry gbt2260 = DivisionRegistry.gbt2260();
    assertDistinctHashes(gbt2260.require(DivisionCode.of("371503")), gbt2260.require(DivisionCode.of("371525")));
    assertDistinctHashes(Samples.SHEET, Samples.SHEET.withScores(Map.of(ScoreComponent.BASE_EVALUATION, Score.of(1))),
        Samples.SHEET.withScores(Map.of(ScoreComponent.ON_SITE_EVALUATION, Score.of(1))));
  }

  @SafeVarargs
  private static <T> void assertDistinctHashes(T... values) {
    Set<Integer> hashes = Stream.of(values).map(Object::hashCode).collect(Collectors.toSet());
    assertThat(hashes).as("hash codes of %s", List.of(values)).hasSize(values.length);
  }

  @Test
  void textFormsAreThoseReportsPrint() {
    assertThat(ScoreComponent.BASE_EVALUATION).hasToString("基础评议分[0, 100]");
    assertThat(Samples.SHEET.toString()).contains("基础评议分[0, 100]=92.5", "现场评议分[0, 100]=88");
    assertThat(Growth.of(Percent.of(Ratio.of(1, 2)))).hasToString("+50.0%");
    assertThat(Growth.of(Percent.of(Ratio.ZERO))).hasToString("0.0%");
    assertThat(Growth.of(Percent.of(Ratio.of(-1, 2)))).hasToString("-50.0%");
    assertThat(Growth.of(Percent.of(Ratio.of(1, 2000))).toChinese()).isEqualTo("增长0.1%");
    assertThat(Growth.of(Percent.of(Ratio.of(-1, 2000))).toChinese()).isEqualTo("下降0.1%");
    assertThat(Growth.of(Percent.of(Ratio.of(1, 2001))).toChinese()).isEqualTo("持平");
    assertThat(Yuan.parse("1万元").toReportString()).isEqualTo("1万元");
    assertThat(Yuan.parse("9999.99元").toReportString()).isEqualTo("9999.99元");
    assertThat(Yuan.parse("1亿元").toReportString()).isEqualTo("1亿元");
    assertThat(Yuan.parse("9999.9999万元").toReportString()).isEqualTo("9999.9999万元");
    assertThat(Yuan.parse("1万亿元").toReportString()).isEqualTo("1万亿元");
    assertThat(Yuan.parse("-1万亿元").toReportString()).isEqualTo("-1万亿元");
    assertThat(Yuan.parse("13.8亿元").format(YuanUnit.YI, 64, RoundingMode.UNNECESSARY)).startsWith("13.80000");
    assertThat(ChineseNumerals.format(11_000)).isEqualTo("一万一千");
    assertThat(ChineseNumerals.format(10_999)).isEqualTo("一万零九百九十九");
  }

  @Test
  void comparisonsOfPercentagePointsAndGrowth() {
    PercentagePoints ahead = PercentagePoints.of(Ratio.of(1, 2));
    PercentagePoints behind = PercentagePoints.of(Ratio.of(-1, 2));
    assertThat(ahead.signum()).isOne();
    assertThat(behind.signum()).isEqualTo(-1);
    assertThat(ahead.compareTo(behind)).isPositive();
    assertThat(Growth.of(Percent.of(Ratio.ONE)).compareTo(Growth.of(Percent.of(Ratio.ZERO)))).isPositive();
  }

  @Test
  void limitsAcceptTheirLastValue() {
    assertThat(Score.of(1_000_000).scaled()).isEqualTo(10_000_000_000L);
    assertThat(Score.of(-1_000_000).scaled()).isEqualTo(-10_000_000_000L);
    assertThat(Ratio.of(1, 3).rounded(64, RoundingMode.DOWN).scale()).isEqualTo(64);
    assertThat(Ratio.of(1234, 1).rounded(-64, RoundingMode.DOWN).signum()).isZero();
    assertThat(Percent.of(Ratio.of(1, 3)).rounded(64, RoundingMode.DOWN).scale()).isEqualTo(64);
    assertThat(PercentagePoints.of(Ratio.of(1, 3)).rounded(64, RoundingMode.DOWN).scale()).isEqualTo(64);
    assertThat(ReportPeriod.ofYear(1001).previous()).isEqualTo(ReportPeriod.ofYear(1000));
    assertThat(ReportPeriod.ofYear(9998).next()).isEqualTo(ReportPeriod.ofYear(9999));
    assertThat(ReportPeriod.ofYear(1001).samePeriodLastYear()).isEqualTo(ReportPeriod.ofYear(1000));
    assertThat(ReportPeriod.parse("2022H1" + " ".repeat(26))).isEqualTo(ReportPeriod.ofHalfYear(2022, 1));
    assertThat(ChineseNumerals.parse("十" + "\u3000".repeat(31))).isEqualTo(10);
    assertThat(ScoreComponent.of("分项", Score.of(0), Score.parse("0.0001")).allows(Score.parse("0.0001"))).isTrue();
    assertThat(ScoreComponent.BASE_EVALUATION.allows(Score.ZERO)).isTrue();
    assertThat(ScoreComponent.BASE_EVALUATION.allows(Score.of(100))).isTrue();
    assertThat(ScoreComponent.BASE_EVALUATION.allows(Score.parse("100.0001"))).isFalse();
    assertThat(ScoreComponent.BASE_EVALUATION.allows(Score.parse("-0.0001"))).isFalse();
    assertThat(Samples.LEBAO_PROJECT.withPlanYear(1000).planYear()).isEqualTo(1000);
    assertThat(Samples.LEBAO_PROJECT.withPlanYear(9999).planYear()).isEqualTo(9999);
    assertThat(Samples.LEBAO_PROJECT.withExpectedJobs(0).expectedJobs()).hasValue(0);
    assertThat(Samples.STEEL.withYearRecognised(1000).yearRecognised()).hasValue(1000);
    assertThat(Samples.STEEL.withYearRecognised(9999).yearRecognised()).hasValue(9999);
  }

  @Test
  void namesAndNumberTextAreMeasuredAtTheirLimits() {
    County guanxian = Samples.GUANXIAN;
    assertThat(guanxian.withName("县".repeat(500)).name()).hasSize(500);
    assertThatIllegalArgumentException().isThrownBy(() -> guanxian.withName("甲".repeat(250) + " " + "乙".repeat(250)))
        .withMessageContaining("has 501 characters, more than the 500");
    assertThatIllegalArgumentException().isThrownBy(() -> guanxian.withName("\uD840\uDC00".repeat(2000)))
        .withMessageContaining("has 2000 characters, more than the 500");
    assertThatIllegalArgumentException().isThrownBy(() -> guanxian.withName("冠\uFDD0县"))
        .withMessageContaining("invisible character U+FDD0");
    assertThatIllegalArgumentException().isThrownBy(() -> guanxian.withName("冠\uFDEF县"))
        .withMessageContaining("invisible character U+FDEF");
    assertThat(guanxian.withName("冠\uFDF0县").name()).isEqualTo("冠\uFDF0县");
    assertThat(Score.parse("1e00000005")).isEqualTo(Score.of(100_000));
    assertThat(Score.parse("1" + " ".repeat(127))).isEqualTo(Score.of(1));
    assertThat(dev.pingyi.internal.TextRules.shown("x".repeat(40))).isEqualTo("x".repeat(40));
    assertThat(dev.pingyi.internal.TextRules.shown("x".repeat(41))).isEqualTo("x".repeat(40) + "…(41 chars)");
  }

  @Test
  void scoresAddUpToTheirLimitsAndSheetsOfOtherScoresDiffer() {
    assertThat(Score.of(999_999).plus(Score.of(1))).isEqualTo(Score.of(1_000_000));
    assertThat(Score.of(-999_999).minus(Score.of(1))).isEqualTo(Score.of(-1_000_000));
    assertThat(Samples.SHEET).isNotEqualTo(Samples.SHEET.withScores(Map.of(ScoreComponent.BASE_EVALUATION, Score.of(1))));
  }

  @Test
  void aDivisionChecksItsNamesAndParent() {
    DivisionCode province = DivisionCode.of("370000");
    DivisionCode prefecture = DivisionCode.of("371500");
    DivisionCode county = DivisionCode.of("371525");
    assertThatIllegalArgumentException().isThrownBy(() -> Division.of(county, " 冠县", "山东省聊城市 冠县", prefecture))
        .withMessageContaining("Division 371525 name=' 冠县'");
    assertThatIllegalArgumentException().isThrownBy(() -> Division.of(county, "冠县", "山东省聊城市冠县\u200B", prefecture))
        .withMessageContaining("Division 371525 fullName=");
    assertThatIllegalArgumentException().isThrownBy(() -> Division.of(county, "冠县", "山东省聊城市", prefecture))
        .withMessageContaining("fullName=山东省聊城市 does not end with name=冠县");
    assertThatIllegalArgumentException().isThrownBy(() -> Division.of(province, "山东省", "山东省", province))
        .withMessageContaining("a province has no parent");
    assertThatIllegalArgumentException().isThrownBy(() -> Division.of(province, "山东省", "中国山东省", null))
        .withMessageContaining("a province's fullName=中国山东省 must be its name=山东省");
    assertThatIllegalArgumentException().isThrownBy(() -> Division.of(county, "冠县", "山东省聊城市冠县", null))
        .withMessage("Division 371525: parent is missing");
    assertThatIllegalArgumentException().isThrownBy(() -> Division.of(county, "冠县", "山东省聊城市冠县", DivisionCode.of("371400")))
        .withMessageContaining("parent=371400 is neither its province nor its prefecture");
    assertThatIllegalArgumentException().isThrownBy(() -> Division.of(prefecture, "聊城市", "山东省聊城市", prefecture))
        .withMessageContaining("parent=371500 is neither");
    assertThat(Division.of(county, "冠县", "山东省冠县", province).parent()).contains(province);
  }

  @Test
  void theRegistryFindsChildrenAndOrdersDeclaredZonesAsDeclared() {
    DivisionRegistry gbt2260 = DivisionRegistry.gbt2260();
    assertThat(gbt2260.find(DivisionCode.of("371525"))).map(Division::name).contains("冠县");
    assertThat(gbt2260.children(DivisionCode.of("371500"))).extracting(Division::name).contains("冠县", "茌平区");
    assertThat(gbt2260.children(DivisionCode.of("371525"))).isEmpty();
    County zoneA = Samples.RESORT;
    County zoneB = ImmutableCounty.copyOf(Samples.RESORT).withName("聊城经济技术开发区").withShortName("开发区");
    List<County> ordered = Stream.of(zoneA, Samples.GUANXIAN, zoneB)
        .sorted(gbt2260.customaryOrder(List.of(zoneB, zoneA))).toList();
    assertThat(ordered).containsExactly(Samples.GUANXIAN, zoneB, zoneA);
  }

  @Test
  void theDivisionFileRejectsWhatIsNotAListOfDivisions() {
    assertThatIllegalStateException().isThrownBy(() -> DivisionFile.readResource("no-such-file.tsv"))
        .withMessage("division list no-such-file.tsv is not on the class path");
    assertThatIllegalStateException().isThrownBy(() -> DivisionFile.parse(List.of("# edition: 2023", "370000\t山东省\t省"), "t"))
        .withMessageContaining("t line 2: '370000\t山东省\t省' is not a code and a name separated by one tab");
    assertThatIllegalStateException().isThrownBy(() -> DivisionFile.parse(List.of("# edition: 2023", "370000\t山东省", "370000\t山东"), "t"))
        .withMessageContaining("code 370000 does not follow 370000 in order");
    assertThatIllegalStateException().isThrownBy(() -> DivisionFile.parse(List.of("# edition: 23"), "t"))
        .withMessageContaining("edition '23' is not a four-digit year");
    assertThatIllegalStateException().isThrownBy(() -> DivisionFile.parse(List.of("# edition: 2o23"), "t"))
        .withMessageContaining("edition '2o23' is not a four-digit year");
    assertThatIllegalStateException().isThrownBy(() -> DivisionFile.parse(List.of("# edition: 2023", "# edition: 2024"), "t"))
        .withMessageContaining("t line 2: edition stated twice");
    DivisionRegistry small = DivisionFile.parse(
        List.of("# edition: 2023", "# a comment", "370000\t山东省", "371500\t聊城市", "371525\t冠县", "379001\t济源"), "t");
    assertThat(small.edition()).isEqualTo(2023);
    assertThat(small.children(DivisionCode.of("370000"))).extracting(Division::name).containsExactly("聊城市", "济源");
    assertThat(small.children(DivisionCode.of("371500"))).extracting(Division::name).containsExactly("冠县");
    assertThat(DivisionFile.parse(List.of("# edition: 1999"), "t").edition()).isEqualTo(1999);
    assertThatIllegalStateException().isThrownBy(() -> DivisionFile.parse(List.of("# edition: 2023", "\t山东省"), "t"))
        .withMessageContaining("t line 2: DivisionCode code=''");
    assertThat(small.require(DivisionCode.of("371525")).fullName()).isEqualTo("山东省聊城市冠县");
    assertThat(small.require(DivisionCode.of("379001")).fullName()).isEqualTo("山东省济源");
    assertThat(small.require(DivisionCode.of("379001")).parent()).contains(DivisionCode.of("370000"));
  }

  @Test
  void aCreditCodeGivesItsParts() {
    assertThat(Samples.CREDIT_CODE.code()).isEqualTo("91310110666007217T");
    assertThat(CreditCode.checkCharacter("91310110666007217")).isEqualTo('T');
    assertThat(CreditCode.checkCharacter("Y1310110666007217")).isNotEqualTo('T');
  }

  @Test
  void aCountyIsOrderedByCodeThenZonesByNameAndAlikeCodesByName() {
    County chipingCounty = ImmutableCounty.copyOf(Samples.GUANXIAN).withName("冠县甲");
    assertThat(Stream.of(chipingCounty, Samples.RESORT, Samples.GUANXIAN, Samples.LINQING)
        .sorted(dev.pingyi.aggregate.GroupOrder.COUNTY).map(County::name).toList())
        .containsExactly("冠县", "冠县甲", "临清市", "聊城江北水城旅游度假区");
    assertThat(Stream.of(Samples.RESORT, Samples.GUANXIAN)
        .sorted(dev.pingyi.aggregate.GroupOrder.COUNTY).map(County::name).toList())
        .containsExactly("冠县", "聊城江北水城旅游度假区");
  }

  @Test
  void aCapacityKeepsItsAmountWithoutTrailingZeros() {
    assertThat(Capacity.parse("35.00万吨").amount()).isEqualTo(new BigDecimal("35"));
    assertThat(Capacity.parse("3500万吨").amount()).isEqualTo(new BigDecimal("3500"));
  }
}
