package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.model.County;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.Yuan;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.ScoringScheme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documented form, property by property: golden documents in {@code golden/} are exactly
 * what is written, and read back to the value. A change to a golden file is a change of the
 * interchange format.
 */
class JsonGoldenTest {

  private static final JsonMapper JSON = PingyiJson.mapper();

  static Stream<Arguments> goldens() {
    return Stream.of(
        Arguments.of("county.json", type(County.class), JsonSamples.RESORT),
        Arguments.of("project.json", type(Project.class), JsonSamples.BARE_PROJECT),
        Arguments.of("score-sheet.json", type(ScoreSheet.class), JsonSamples.GUANXIAN_SHEET),
        Arguments.of("scoring-scheme.json", type(ScoringScheme.class), ScoringScheme.LIAOCHENG_2022),
        Arguments.of("ranking-published.json", type(Ranking.class), JsonSamples.PUBLISHED),
        Arguments.of("grouped-totals-by-level.json",
            JSON.constructType(new TypeReference<GroupedTotals<Optional<ProjectLevel>>>() {}), JsonSamples.BY_LEVEL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void writesTheGoldenDocument(String file, JavaType type, Object value) throws IOException {
    assertThat(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n").isEqualTo(golden(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void readsTheGoldenDocument(String file, JavaType type, Object value) throws IOException {
    Object read = JSON.readValue(golden(file), type);

    assertThat(read).isEqualTo(value);
  }

  @Test
  void anAmountIsAStringOfYuanWithTwoDecimals() {
    assertThat(JSON.writeValueAsString(Yuan.parse("13.8亿元"))).isEqualTo("\"1380000000.00\"");
    assertThat(JSON.writeValueAsString(Yuan.parse("-0.5元"))).isEqualTo("\"-0.50\"");
    assertThat(JSON.readValue("\"1380000000\"", Yuan.class)).isEqualTo(Yuan.parse("13.8亿元"));
  }

  @Test
  void jacksonWithoutTheModuleWritesAnAmountAsABeanWithNoError() {
    // the trap the module closes: no error, and no amount in the output
    assertThat(JsonMapper.builder().build().writeValueAsString(Yuan.parse("13.8亿元")))
        .doesNotContain("1380000000")
        .contains("\"zero\":false");
  }

  @Test
  void theLiaochengSchemeStatesItsWeightsAsDecimalStrings() throws IOException {
    assertThat(golden("scoring-scheme.json"))
        .contains("\"weight\" : \"0.7\"")
        .contains("\"weight\" : \"0.3\"")
        .contains("\"publishedRounding\" : \"HALF_UP\"");
  }

  private static JavaType type(Class<?> type) {
    return JSON.constructType(type);
  }

  private static String golden(String file) throws IOException {
    try (InputStream in = JsonGoldenTest.class.getResourceAsStream("golden/" + file)) {
      assertThat(in).as("golden/" + file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
