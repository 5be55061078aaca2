package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.Yuan;
import dev.pingyi.ranking.Ranking;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** How the module meets Jackson: found by ServiceLoader, strict whatever the mapper's features, no typing. */
class JsonModuleTest {

  @Test
  void findAndAddModulesFindsTheModuleOnTheClassPath() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("pingyi");
    assertThat(mapper.writeValueAsString(Yuan.parse("13.8亿元"))).isEqualTo("\"1380000000.00\"");
  }

  @Test
  void theServiceFileNamesTheModule() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/services/" + JacksonModule.class.getName())) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(PingyiJacksonModule.class.getName());
    }
  }

  @Test
  void addingTheModuleTwiceRegistersItOnce() {
    JsonMapper mapper = JsonMapper.builder()
        .findAndAddModules()
        .addModule(new PingyiJacksonModule())
        .build();

    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).containsOnlyOnce("pingyi");
  }

  @Test
  void unknownPropertiesAreAnErrorEvenWhereTheMapperIgnoresThem() {
    JsonMapper lenient = JsonMapper.builder()
        .addModule(new PingyiJacksonModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    assertThatThrownBy(() -> lenient.readValue("{\"name\":\"聊城市\",\"code\":\"371500\",\"x\":1}", Prefecture.class))
        .isInstanceOf(JsonRuleException.class)
        .hasMessageContaining("$.x")
        .hasMessageContaining("Prefecture has no property 'x'");
  }

  @Test
  void aReaderWithTheAttributeSkipsUnknownPropertiesOfAnyShape() {
    Prefecture read = PingyiJson.mapper().readerFor(Prefecture.class)
        .withAttribute(PingyiJacksonModule.SKIP_UNKNOWN_PROPERTIES, true)
        .readValue("{\"population\":{\"2022\":[6000000]},\"name\":\"聊城市\",\"code\":\"371500\",\"x\":null}");

    assertThat(read).isEqualTo(JsonSamples.LIAOCHENG);
  }

  @Test
  void theMapperEnablesNoPolymorphicTyping() {
    JsonMapper mapper = PingyiJson.mapper();

    assertThat(mapper.deserializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
    assertThat(mapper.serializationConfig().getDefaultTyper(mapper.constructType(Object.class))).isNull();
    assertThat(mapper.writeValueAsString(JsonSamples.LIAOCHENG)).doesNotContain("@class").doesNotContain("dev.pingyi");
  }

  @Test
  void noPingyiTypeIsJavaSerializable() {
    for (Class<?> type : JsonAdapters.types()) {
      if (!type.isEnum()) {
        assertThat(java.io.Serializable.class.isAssignableFrom(type)).as(type.getName()).isFalse();
      }
    }
  }

  @Test
  void aPingyiValueInsideAnotherObjectReportsThePathFromTheDocumentRoot() {
    String json = "{\"note\":\"x\",\"projects\":[{\"id\":\"p\"}]}";

    JsonRuleException e = catchThrowableOfType(JsonRuleException.class, () -> PingyiJson.mapper().readValue(json, Ledger.class));

    assertThat(e.path()).isEqualTo("$.projects[0]");
    assertThat(e.rule()).startsWith("Project is missing required properties name, county, category, status, planYear");
  }

  @Test
  void aPingyiValueInsideARecordRoundTrips() {
    Ledger ledger = new Ledger("2022", List.of(JsonSamples.FULL_PROJECT, JsonSamples.BARE_PROJECT));

    String json = PingyiJson.mapper().writeValueAsString(ledger);

    assertThat(PingyiJson.mapper().readValue(json, Ledger.class)).isEqualTo(ledger);
  }

  @Test
  void nullAtTheRootReadsAsNullAsJacksonReadsIt() {
    assertThat(PingyiJson.mapper().readValue("null", Ranking.class)).isNull();
  }

  @Test
  void anEnumReadAloneIsStrictToo() {
    assertThat(PingyiJson.mapper().readValue("\"FUNCTIONAL_ZONE\"", CountyKind.class)).isEqualTo(CountyKind.FUNCTIONAL_ZONE);
    assertThatThrownBy(() -> PingyiJson.mapper().readValue("\"开发区\"", CountyKind.class))
        .isInstanceOf(JsonRuleException.class)
        .hasMessageContaining("CountyKind is one of DISTRICT, COUNTY, COUNTY_LEVEL_CITY, FUNCTIONAL_ZONE");
    assertThatThrownBy(() -> PingyiJson.mapper().readValue("3", CountyKind.class))
        .isInstanceOf(JsonRuleException.class);
  }

  @Test
  void anErrorKeepsTheModelsExceptionAsItsCause() {
    JsonRuleException e = catchThrowableOfType(JsonRuleException.class,
        () -> PingyiJson.mapper().readValue("{\"name\":\"聊城市\",\"code\":\"37150\"}", Prefecture.class));

    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.value()).hasValue("\"37150\"");
    assertThat(e.getLocation().getColumnNr()).isEqualTo(22);
  }

  @Test
  void writingThroughTheInterfaceTypeWritesTheSameForm() {
    County county = JsonSamples.GUANXIAN;

    assertThat(PingyiJson.mapper().writerFor(County.class).writeValueAsString(county))
        .isEqualTo(PingyiJson.mapper().writeValueAsString(county));
  }

  /** A user's own record holding Pingyi values. */
  record Ledger(String note, List<Project> projects) {}
}
