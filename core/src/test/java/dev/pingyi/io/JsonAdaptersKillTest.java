package dev.pingyi.io;

import static dev.pingyi.io.JsonSamples.BARE_PROJECT;
import static dev.pingyi.io.JsonSamples.BY_COUNTY;
import static dev.pingyi.io.JsonSamples.GUANXIAN;
import static dev.pingyi.io.JsonSamples.GUANXIAN_SHEET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.ProjectLedger;
import dev.pingyi.model.County;
import dev.pingyi.model.DivisionRegistry;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.Yuan;
import dev.pingyi.ranking.RankChange;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which adapter Jackson is given for a type: the codec of the type or of the Pingyi type it
 * implements, the grouped-totals form for its key type, a refusal for a Pingyi type without a form,
 * and nothing for the user's own types. Every test builds its own mapper, whose caches are empty,
 * so that Jackson asks the adapters afresh.
 */
class JsonAdaptersKillTest {

  /** A type of the user's, in a package named as Pingyi's but not from pingyi-core's classes. */
  record Holder(String label, Yuan amount, ProjectStatus status) {}

  private static JsonMapper fresh() {
    return JsonMapper.builder().addModule(new PingyiJacksonModule()).build();
  }

  @Test
  void aGeneratedSubtypeIsWrittenAndReadByTheFormOfTheTypeItImplements() {
    assertThat(GUANXIAN.getClass()).isNotEqualTo(County.class);
    assertThat(GUANXIAN_SHEET.getClass()).isNotEqualTo(ScoreSheet.class);

    String county = fresh().writeValueAsString(GUANXIAN);
    String sheet = fresh().writeValueAsString(GUANXIAN_SHEET);

    assertThat(county).startsWith("{\"name\":\"冠县\"");
    assertThat(fresh().readValue(county, County.class)).isEqualTo(GUANXIAN);
    assertThat(fresh().readValue(sheet, ScoreSheet.class)).isEqualTo(GUANXIAN_SHEET);
  }

  @Test
  void aTypeWithItsOwnFormIsWrittenByIt() {
    JsonMapper json = fresh();

    assertThat(json.writeValueAsString(Yuan.parse("13.8亿元"))).isEqualTo("\"1380000000.00\"");
    assertThat(json.writeValueAsString(BARE_PROJECT)).contains("\"planYear\":2022");
    assertThat(fresh().readValue(json.writeValueAsString(BARE_PROJECT), Project.class)).isEqualTo(BARE_PROJECT);
  }

  @Test
  void theUsersOwnTypesAreBeansAroundPingyiValues() {
    Holder holder = new Holder("冠县", Yuan.parse("1.5元"), ProjectStatus.UNDER_CONSTRUCTION);

    String json = fresh().writeValueAsString(holder);

    assertThat(fresh().readTree(json)).isEqualTo(fresh().readTree(
        "{\"label\":\"冠县\",\"amount\":\"1.50\",\"status\":\"UNDER_CONSTRUCTION\"}"));
    assertThat(fresh().readValue(json, Holder.class)).isEqualTo(holder);
    assertThat(fresh().readValue("[\"a\",\"b\"]", new TypeReference<List<String>>() {})).containsExactly("a", "b");
  }

  @Test
  void enumsAreTheirConstantNamesWhateverTheMappersEnumFeatures() {
    JsonMapper byIndex = JsonMapper.builder().addModule(new PingyiJacksonModule())
        .enable(EnumFeature.WRITE_ENUMS_USING_INDEX)
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .build();
    JsonMapper lenient = JsonMapper.builder().addModule(new PingyiJacksonModule())
        .disable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .build();

    assertThat(byIndex.writeValueAsString(ProjectStatus.COMPLETED)).isEqualTo("\"COMPLETED\"");
    assertThat(lenient.readValue("\"COMPLETED\"", ProjectStatus.class)).isEqualTo(ProjectStatus.COMPLETED);
    assertThatThrownBy(() -> lenient.readValue("2", ProjectStatus.class)).isInstanceOf(JsonRuleException.class);
    assertThatThrownBy(() -> lenient.readValue("\"completed\"", ProjectStatus.class))
        .isInstanceOf(JsonRuleException.class);
  }

  @Test
  void groupedTotalsAreReadWithTheirKeyTypeAndRefusedWithout() {
    String json = fresh().writeValueAsString(BY_COUNTY);

    assertThat(fresh().readValue(json, new TypeReference<GroupedTotals<County>>() {})).isEqualTo(BY_COUNTY);
    JsonRuleException raw = catchThrowableOfType(JsonRuleException.class,
        () -> fresh().readValue(json, GroupedTotals.class));
    assertThat(raw).isNotNull();
    assertThat(raw.rule()).startsWith("GroupedTotals needs the type of its keys");
  }

  @Test
  void aPingyiTypeWithoutAFormIsRefusedNamingWhatToWriteInstead() {
    JsonRuleException ledger = catchThrowableOfType(JsonRuleException.class,
        () -> fresh().readValue("{}", ProjectLedger.class));
    assertThat(ledger).isNotNull();
    assertThat(ledger.rule()).isEqualTo("ProjectLedger (dev.pingyi.aggregate.ProjectLedger) has no JSON form: write"
        + " the InvestmentTotals or GroupedTotals it gives, or the projects it holds");

    JsonRuleException change = catchThrowableOfType(JsonRuleException.class,
        () -> fresh().readValue("{}", RankChange.class));
    assertThat(change).isNotNull();
    assertThat(change.rule()).startsWith("RankChange (dev.pingyi.ranking.RankChange) has no JSON form: it is computed");

    assertThatThrownBy(() -> fresh().writeValueAsString(DivisionRegistry.gbt2260()))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("DivisionRegistry (dev.pingyi.model.DivisionRegistry) has no JSON form: write the values"
            + " it is made of");
    assertThat(JsonAdapters.noFormMessage(ProjectLedger.class)).endsWith(
        "write the InvestmentTotals or GroupedTotals it gives, or the projects it holds");
    assertThat(JsonAdapters.noFormMessage(DivisionRegistry.class)).endsWith("write the values it is made of");
  }

  @Test
  void theDeserializersClaimPingyisTypesOnly() {
    DeserializationConfig config = fresh().deserializationConfig();
    JsonAdapters.PingyiDeserializers deserializers = new JsonAdapters.PingyiDeserializers();

    assertThat(deserializers.hasDeserializerFor(config, String.class)).isFalse();
    assertThat(deserializers.hasDeserializerFor(config, Holder.class)).isFalse();
    assertThat(deserializers.hasDeserializerFor(config, Object.class)).isFalse();
    assertThat(deserializers.hasDeserializerFor(config, Yuan.class)).isTrue();
    assertThat(deserializers.hasDeserializerFor(config, GUANXIAN.getClass())).isTrue();
    assertThat(deserializers.hasDeserializerFor(config, GroupedTotals.class)).isTrue();
    assertThat(deserializers.hasDeserializerFor(config, ProjectLedger.class)).isTrue();
  }
}
