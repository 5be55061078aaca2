package dev.pingyi.io;

import static dev.pingyi.io.JsonSamples.BARE_PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pingyi.model.Project;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The message names the path, the line and column where the location has a line (lines count from
 * 1), the rule, and the value where there is one.
 */
class JsonRuleExceptionKillTest {

  private static JsonRuleException exception(int line, int column, String value) {
    JsonParser parser = JsonMapper.builder().build().createParser("{}");
    TokenStreamLocation location = new TokenStreamLocation(ContentReference.unknown(), -1L, -1L, line, column);
    return new JsonRuleException(parser, location, "$.a", value, "is wrong", null);
  }

  private static JsonRuleException exception(int line, int column) {
    JsonParser parser = JsonMapper.builder().build().createParser("{}");
    TokenStreamLocation location = new TokenStreamLocation(ContentReference.unknown(), -1L, -1L, line, column);
    return new JsonRuleException(parser, location, "$.a", null, "is wrong", null);
  }

  @Test
  void theMessageNamesTheLineOnlyWhereThereIsOne() {
    assertThat(exception(1, 5, "\"x\"").getOriginalMessage()).isEqualTo("$.a (line 1, column 5): is wrong (value \"x\")");
    assertThat(exception(0, 5, "\"x\"").getOriginalMessage()).isEqualTo("$.a: is wrong (value \"x\")");
    assertThat(exception(-1, -1, "\"x\"").getOriginalMessage()).isEqualTo("$.a: is wrong (value \"x\")");
  }

  @Test
  void theMessageShowsTheValueOnlyWhereThereIsOne() {
    JsonRuleException without = exception(3, 14);

    assertThat(without.getOriginalMessage()).isEqualTo("$.a (line 3, column 14): is wrong");
    assertThat(without.value()).isEmpty();
    assertThat(exception(3, 14, "true").value()).contains("true");
  }

  @Test
  void aRefusedDocumentNamesWhereWhatAndWhy() {
    String json = PingyiJson.mapper().writeValueAsString(BARE_PROJECT).replace("\"planYear\":2022", "\"planYear\":\"x\"");

    JsonRuleException e = catchThrowableOfType(JsonRuleException.class,
        () -> PingyiJson.mapper().readValue(json, Project.class));

    assertThat(e.getOriginalMessage()).matches("\\$\\.planYear \\(line 1, column \\d+\\): expected a whole JSON number,"
        + " not a string; counts and years are written without quotes \\(value \"x\"\\)");

    String missing = "{\"id\":\"a\"}";
    JsonRuleException m = catchThrowableOfType(JsonRuleException.class,
        () -> PingyiJson.mapper().readValue(missing, Project.class));
    assertThat(m.getOriginalMessage()).startsWith("$ (line 1, column 1): Project is missing required properties")
        .doesNotContain("(value");
  }
}
