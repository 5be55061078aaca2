package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a lookup of counties that mutation testing showed untested. */
class CountyLookupKillTest {

  private static final County DEVELOPMENT_ZONE = zone("聊城经济技术开发区", "开发区");
  private static final County HIGH_TECH_ZONE = zone("聊城高新技术产业开发区", "高新区");
  private static final County PORT = zone("港区", "港区");

  @Test
  void aDeclaredCountyIsFoundByItsNameAsWellAsItsShortName() {
    CountyLookup lookup = CountyLookup.of(List.of(DEVELOPMENT_ZONE, HIGH_TECH_ZONE));

    assertThat(lookup.find("聊城经济技术开发区")).contains(DEVELOPMENT_ZONE);
    assertThat(lookup.find("开发区")).contains(DEVELOPMENT_ZONE);
    assertThat(lookup.find("聊城高新技术产业开发区")).contains(HIGH_TECH_ZONE);
    assertThat(lookup.require("聊城经济技术开发区")).isEqualTo(DEVELOPMENT_ZONE);
    assertThat(lookup.require((CharSequence) "聊城高新技术产业开发区")).isEqualTo(HIGH_TECH_ZONE);
    assertThat(lookup.require(CharKeysKillTest.Run.of("，", "聊城经济技术开发区", "，"))).isEqualTo(DEVELOPMENT_ZONE);
  }

  @Test
  void requireFindsANameWrittenWithWhitespaceAroundIt() {
    CountyLookup lookup = CountyLookup.of(List.of(DEVELOPMENT_ZONE, PORT));

    assertThat(lookup.require(" 开发区")).isEqualTo(DEVELOPMENT_ZONE);
    assertThat(lookup.require("港区\u3000")).isEqualTo(PORT);
    assertThat(lookup.require((CharSequence) " 开发区 ")).isEqualTo(DEVELOPMENT_ZONE);
    assertThat(lookup.require(CharKeysKillTest.Run.of("x", " 港区", "y"))).isEqualTo(PORT);
    assertThatThrownBy(() -> lookup.require(" 东昌区 "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a county-level unit here");
  }

  @Test
  void theMessageOfANameNotFoundListsTwentyNamesThenCountsThemAll() {
    List<County> zones = new ArrayList<>();
    for (int k = 1; k <= 21; k++) {
      zones.add(zone("第" + k + "开发区", "第" + k + "区"));
    }
    CountyLookup twenty = CountyLookup.of(zones.subList(0, 20));
    CountyLookup twentyOne = CountyLookup.of(zones);

    assertThatThrownBy(() -> twenty.require("东昌区"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("第1区 (第1开发区), 第2区 (第2开发区), 第3区 (第3开发区), 第4区 (第4开发区),"
            + " 第5区 (第5开发区), 第6区 (第6开发区), 第7区 (第7开发区), 第8区 (第8开发区), 第9区 (第9开发区),"
            + " 第10区 (第10开发区), 第11区 (第11开发区), 第12区 (第12开发区), 第13区 (第13开发区),"
            + " 第14区 (第14开发区), 第15区 (第15开发区), 第16区 (第16开发区), 第17区 (第17开发区),"
            + " 第18区 (第18开发区), 第19区 (第19开发区), 第20区 (第20开发区)");
    assertThatThrownBy(() -> twentyOne.require("东昌区"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("第20区 (第20开发区), … (21 in all)")
        .hasMessageNotContaining("第21区");
  }

  @Test
  void aLookupPrintsItsCountiesShortNamesFirst() {
    assertThat(CountyLookup.of(List.of(DEVELOPMENT_ZONE, PORT)))
        .hasToString("CountyLookup[开发区 (聊城经济技术开发区), 港区]");
    assertThat(CountyLookup.of(List.of())).hasToString("CountyLookup[]");
  }

  @Test
  void aLookupHashesAsTheCountiesItsEqualityRestsOn() {
    CountyLookup lookup = CountyLookup.of(List.of(DEVELOPMENT_ZONE, PORT));
    CountyLookup same = CountyLookup.of(List.of(DEVELOPMENT_ZONE, PORT));

    assertThat(lookup).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(lookup.hashCode()).isEqualTo(lookup.counties().hashCode());
    assertThat(lookup.hashCode()).isEqualTo(List.of(DEVELOPMENT_ZONE, PORT).hashCode());
  }

  private static County zone(String name, String shortName) {
    return County.builder().name(name).shortName(shortName)
        .kind(CountyKind.FUNCTIONAL_ZONE).prefecture(TableFixtures.LIAOCHENG).build();
  }
}
