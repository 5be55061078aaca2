package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The GB/T 2260 registry: lookups, the Liaocheng codes of DOMAIN.md, name checks and order. */
class DivisionRegistryTest {

  private static final DivisionRegistry GBT2260 = DivisionRegistry.gbt2260();
  private static final Prefecture LIAOCHENG = Samples.LIAOCHENG;

  private static final County DONGCHANGFU = county("东昌府区", CountyKind.DISTRICT, "371502");
  private static final County CHIPING = county("茌平区", CountyKind.DISTRICT, "371503");
  private static final County YANGGU = county("阳谷县", CountyKind.COUNTY, "371521");
  private static final County SHENXIAN = county("莘县", CountyKind.COUNTY, "371522");
  private static final County DONG_E = county("东阿县", CountyKind.COUNTY, "371524");
  private static final County GUANXIAN = Samples.GUANXIAN;
  private static final County GAOTANG = county("高唐县", CountyKind.COUNTY, "371526");
  private static final County LINQING = Samples.LINQING;
  private static final County DEVELOPMENT = zone("聊城经济技术开发区", "开发区");
  private static final County HIGH_TECH = zone("聊城高新技术产业开发区", "高新区");
  private static final County RESORT = Samples.RESORT;

  private static County county(String name, CountyKind kind, String code) {
    return County.builder()
        .name(name)
        .kind(kind)
        .divisionCode(DivisionCode.of(code))
        .prefecture(LIAOCHENG)
        .build();
  }

  private static County zone(String name, String shortName) {
    return County.builder()
        .name(name)
        .shortName(shortName)
        .kind(CountyKind.FUNCTIONAL_ZONE)
        .prefecture(LIAOCHENG)
        .build();
  }

  private static Division division(String code) {
    return GBT2260.require(DivisionCode.of(code));
  }

  private static List<String> codes(List<Division> divisions) {
    return divisions.stream().map(d -> d.code().code()).collect(Collectors.toList());
  }

  @Test
  void theNineLiaochengCodesOfDomainMdHaveTheirNames() {
    assertThat(division("371500").fullName()).isEqualTo("山东省聊城市");
    assertThat(GBT2260.children(DivisionCode.of("371500")))
        .extracting(d -> d.code().code() + " " + d.name())
        .containsExactly(
            "371502 东昌府区", "371503 茌平区", "371521 阳谷县", "371522 莘县", "371524 东阿县",
            "371525 冠县", "371526 高唐县", "371581 临清市");
    Division chiping = division("371503");
    assertThat(chiping.fullName()).isEqualTo("山东省聊城市茌平区");
    assertThat(chiping.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(chiping.parent()).contains(DivisionCode.of("371500"));
    assertThat(division("371500").parent()).contains(DivisionCode.of("370000"));
    assertThat(division("370000").parent()).isEmpty();
  }

  @Test
  void chipingsRetiredCountyCodeIsNotInTheEdition() {
    assertThat(GBT2260.find(DivisionCode.of("371523"))).isEmpty();
    assertThatThrownBy(() -> GBT2260.require(DivisionCode.of("371523")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("371523", "GB/T 2260 (2023)");
  }

  @Test
  void functionalZonesAndOtherStatisticsOnlyUnitsHaveNoDivision() {
    assertThat(GBT2260.byShortName("聊城经济技术开发区")).isEmpty();
    assertThat(GBT2260.byShortName("聊城高新技术产业开发区")).isEmpty();
    assertThat(GBT2260.byShortName("聊城江北水城旅游度假区")).isEmpty();
    assertThat(GBT2260.find(DivisionCode.of("370176"))).as("济南高新技术产业开发区").isEmpty();
    assertThat(GBT2260.find(DivisionCode.of("232761"))).as("加格达奇区").isEmpty();
    assertThat(GBT2260.find(DivisionCode.of("110100"))).as("市辖区 placeholder").isEmpty();
    assertThat(GBT2260.find(DivisionCode.of("419000"))).as("省直辖县级行政区划").isEmpty();
    assertThat(GBT2260.divisions(DivisionLevel.COUNTY))
        .noneMatch(d -> {
          int part = Integer.parseInt(d.code().code().substring(4));
          return part >= 61 && part <= 79;
        });
  }

  @Test
  void theEditionHasProvincePrefectureAndCountyCountsOf2023() {
    assertThat(GBT2260.edition()).isEqualTo(2023);
    assertThat(GBT2260.divisions(DivisionLevel.PROVINCE)).hasSize(34);
    assertThat(GBT2260.divisions(DivisionLevel.PREFECTURE)).hasSize(333);
    assertThat(GBT2260.divisions(DivisionLevel.COUNTY)).hasSize(2845);
    assertThat(GBT2260.divisions()).hasSize(34 + 333 + 2845).isSortedAccordingTo(
        (a, b) -> a.code().compareTo(b.code()));
    assertThat(GBT2260.toString()).isEqualTo("GB/T 2260 (2023)");
  }

  @Test
  void theRegistryIsReadOnce() {
    assertThat(DivisionRegistry.gbt2260()).isSameAs(GBT2260);
  }

  @Test
  void aShortNameMatchesEveryDivisionThatHasIt() {
    assertThat(GBT2260.byShortName("朝阳区"))
        .extracting(Division::fullName)
        .containsExactly("北京市朝阳区", "吉林省长春市朝阳区");
    assertThat(GBT2260.byShortName(" 茌平区\u3000")).containsExactly(division("371503"));
    assertThat(GBT2260.byShortName("茌平")).as("no suffix is added").isEmpty();
    assertThat(GBT2260.byShortName("聊城市")).containsExactly(division("371500"));
  }

  @Test
  void aShortNameWithinAProvinceOrPrefectureFindsTheOneThere() {
    assertThat(GBT2260.byShortName("朝阳区", DivisionCode.of("220000"))).contains(division("220104"));
    assertThat(GBT2260.byShortName("朝阳区", DivisionCode.of("220100"))).contains(division("220104"));
    assertThat(GBT2260.byShortName("朝阳区", DivisionCode.of("110000"))).contains(division("110105"));
    assertThat(GBT2260.byShortName("朝阳区", DivisionCode.of("370000"))).isEmpty();
  }

  @Test
  void aShortNameStillAmbiguousWithinTheGivenDivisionIsRejectedNamingEveryMatch() {
    assertThatThrownBy(() -> GBT2260.byShortName("桥西区", DivisionCode.of("130000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("桥西区", "130000 河北省", "130104 河北省石家庄市桥西区", "130703 河北省张家口市桥西区");
    assertThat(GBT2260.byShortName("桥西区", DivisionCode.of("130700"))).contains(division("130703"));
  }

  @Test
  void aFullNameFindsOneDivision() {
    assertThat(GBT2260.byFullName("山东省聊城市茌平区")).contains(division("371503"));
    assertThat(GBT2260.byFullName(" 北京市朝阳区 ")).contains(division("110105"));
    assertThat(GBT2260.byFullName("河南省济源市")).contains(division("419001"));
    assertThat(GBT2260.byFullName("北京市市辖区朝阳区")).isEmpty();
    assertThat(GBT2260.byFullName("朝阳区")).isEmpty();
  }

  @Test
  void unitsWithoutAListedPrefectureHangUnderTheirProvince() {
    assertThat(division("110105").parent()).contains(DivisionCode.of("110000"));
    assertThat(codes(GBT2260.children(DivisionCode.of("110000")))).hasSize(16).contains("110105");
    assertThat(codes(GBT2260.children(DivisionCode.of("410000")))).contains("410100", "419001");
    assertThat(GBT2260.children(DivisionCode.of("371503"))).isEmpty();
    assertThatThrownBy(() -> GBT2260.children(DivisionCode.of("110100")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("110100");
  }

  @Test
  void aNameMatchingItsCodeIsAccepted() {
    assertThat(GBT2260.checkName(DivisionCode.of("371503"), "茌平区")).isEqualTo(division("371503"));
    assertThat(GBT2260.checkName(DivisionCode.of("371503"), "山东省聊城市茌平区")).isEqualTo(division("371503"));
    for (County county : List.of(DONGCHANGFU, CHIPING, YANGGU, SHENXIAN, DONG_E, GUANXIAN, GAOTANG, LINQING, RESORT)) {
      assertThat(GBT2260.checkCounty(county)).isSameAs(county);
    }
  }

  @Test
  void aNameThatDoesNotMatchItsCodeIsRejectedNamingBoth() {
    assertThatThrownBy(() -> GBT2260.checkName(DivisionCode.of("371503"), "茌平县"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GB/T 2260 (2023) names 371503 茌平区 (山东省聊城市茌平区), not 茌平县");
    assertThatThrownBy(() -> GBT2260.checkName(DivisionCode.of("371523"), "茌平县"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("371523");
    assertThatThrownBy(() -> GBT2260.checkName(DivisionCode.of("371503"), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void aCountyWhoseNameDoesNotMatchItsCodeIsRejectedNamingBoth() {
    assertThatThrownBy(() -> GBT2260.checkCounty(county("茌平县", CountyKind.COUNTY, "371503")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("County 茌平县: divisionCode=371503 is 茌平区 (山东省聊城市茌平区) in GB/T 2260 (2023), not 茌平县");
    assertThatThrownBy(() -> GBT2260.checkCounty(county("茌平县", CountyKind.COUNTY, "371523")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("County 茌平县: divisionCode=371523 is not in GB/T 2260 (2023)");
    assertThatThrownBy(() -> GBT2260.checkCounty(county("冠县", CountyKind.COUNTY, "371526")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("冠县", "371526", "高唐县");
  }

  @Test
  void aCountyWhosePrefectureNameDoesNotMatchItsCodeIsRejected() {
    County wrongPrefecture = GUANXIAN.withPrefecture(Prefecture.of("聊城", DivisionCode.of("371500")));
    assertThatThrownBy(() -> GBT2260.checkCounty(wrongPrefecture))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("County 冠县: prefecture 371500 is 聊城市 (山东省聊城市) in GB/T 2260 (2023), not 聊城");
  }

  @Test
  void theCustomaryOrderIsByCodeThenTheZonesInTheDeclaredOrder() {
    List<County> expected = List.of(
        DONGCHANGFU, CHIPING, YANGGU, SHENXIAN, DONG_E, GUANXIAN, GAOTANG, LINQING,
        DEVELOPMENT, HIGH_TECH, RESORT);
    List<County> units = new ArrayList<>(expected);
    long seed = 20220727L;
    Collections.shuffle(units, new Random(seed));

    units.sort(GBT2260.customaryOrder(List.of(DEVELOPMENT, HIGH_TECH, RESORT)));

    assertThat(units).as("seed %d", seed).containsExactlyElementsOf(expected);
    assertThat(units.subList(8, 11).stream().map(County::shortName).sorted())
        .as("the order of the names would differ")
        .containsExactly("度假区", "开发区", "高新区");
  }

  @Test
  void aZoneTheCallerDidNotDeclareIsRejectedWhenCompared() {
    var order = GBT2260.customaryOrder(List.of(DEVELOPMENT, HIGH_TECH));
    assertThatThrownBy(() -> order.compare(GUANXIAN, RESORT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("聊城江北水城旅游度假区", "度假区", "[开发区, 高新区]");
    assertThatThrownBy(() -> order.compare(RESORT, DEVELOPMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("聊城江北水城旅游度假区");
  }

  @Test
  void aRetiredCodeIsRejectedWhenCompared() {
    var order = GBT2260.customaryOrder(List.of());
    County oldChiping = county("茌平县", CountyKind.COUNTY, "371523");
    assertThatThrownBy(() -> order.compare(oldChiping, GUANXIAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("茌平县", "371523", "GB/T 2260 (2023)");
  }

  @Test
  void onlyFunctionalZonesAreDeclaredAndEachOnce() {
    assertThatThrownBy(() -> GBT2260.customaryOrder(List.of(GUANXIAN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("冠县", "COUNTY");
    assertThatThrownBy(() -> GBT2260.customaryOrder(List.of(RESORT, DEVELOPMENT, RESORT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("聊城江北水城旅游度假区", "twice");
  }

  @Test
  void divisionsAreEqualByValue() {
    DivisionCode chiping = DivisionCode.of("371503");
    DivisionCode liaocheng = DivisionCode.of("371500");
    new EqualsTester()
        .addEqualityGroup(division("371503"), Division.of(chiping, "茌平区", "山东省聊城市茌平区", liaocheng))
        .addEqualityGroup(Division.of(chiping, "茌平县", "山东省聊城市茌平县", liaocheng))
        .addEqualityGroup(Division.of(chiping, "茌平区", "聊城市茌平区", liaocheng))
        .addEqualityGroup(Division.of(chiping, "茌平区", "山东省聊城市茌平区", DivisionCode.of("370000")))
        .addEqualityGroup(Division.of(DivisionCode.of("371502"), "茌平区", "山东省聊城市茌平区", liaocheng))
        .addEqualityGroup(division("370000"))
        .testEquals();
    assertThat(division("371503")).hasToString("371503 山东省聊城市茌平区");
  }

  @Test
  void aDivisionWhoseParentOrFullNameDoesNotFitItsCodeIsRejected() {
    DivisionCode chiping = DivisionCode.of("371503");
    assertThatThrownBy(() -> Division.of(chiping, "茌平区", "山东省聊城市茌平区", DivisionCode.of("371600")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("371503", "parent=371600");
    assertThatThrownBy(() -> Division.of(chiping, "茌平区", "山东省聊城市", DivisionCode.of("371500")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("371503", "fullName=山东省聊城市", "name=茌平区");
    assertThatThrownBy(() -> Division.of(DivisionCode.of("370000"), "山东省", "山东省", DivisionCode.of("370000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("370000");
  }

  @Test
  void nullArgumentsAreRejected() {
    NullPointerTester nulls = Samples.nullPointerTester();
    nulls.testAllPublicStaticMethods(DivisionRegistry.class);
    nulls.testAllPublicInstanceMethods(GBT2260);
    nulls.testAllPublicInstanceMethods(division("371503"));
  }

  @Test
  void aMalformedDivisionListIsRejectedNamingTheLine() {
    assertThatThrownBy(() -> DivisionFile.parse(List.of("# edition: 2023", "370000\t山东省", "110000\t北京市"), "t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("t line 3", "110000", "370000");
    assertThatThrownBy(() -> DivisionFile.parse(List.of("370000\t山东省"), "t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("edition");
    assertThatThrownBy(() -> DivisionFile.parse(List.of("# edition: 2023", "371500\t聊城市"), "t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("t line 2", "370000");
    assertThatThrownBy(() -> DivisionFile.parse(List.of("# edition: 2023", "370000 山东省"), "t"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("t line 2");
  }
}
