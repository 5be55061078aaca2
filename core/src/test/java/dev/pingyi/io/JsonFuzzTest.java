package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pingyi.model.Project;
import dev.pingyi.ranking.Ranking;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON readers of a project and of a ranking, fed any bytes: each returns a value that writes
 * and reads back equal, or throws a {@link JacksonException} — nothing else escapes.
 *
 * <p>{@code mvn test} replays the seed corpus committed under {@code
 * src/test/resources/dev/pingyi/io/JsonFuzzTestInputs/<method>/} and every finding stored there.
 * To fuzz one reader for the {@code maxDuration} below, adding findings to that directory:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl core test -Dtest='JsonFuzzTest#rankingReader' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class JsonFuzzTest {

  private static final JsonMapper JSON = PingyiJson.mapper();

  @FuzzTest(maxDuration = "2m")
  void projectReader(byte[] input) {
    readsBackOrThrowsJacksonException(input, Project.class);
  }

  @FuzzTest(maxDuration = "2m")
  void rankingReader(byte[] input) {
    readsBackOrThrowsJacksonException(input, Ranking.class);
  }

  private static void readsBackOrThrowsJacksonException(byte[] input, Class<?> type) {
    Object value;
    try {
      value = JSON.readValue(input, type);
    } catch (JacksonException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    if (value != null) {
      assertThat(JSON.readValue(JSON.writeValueAsBytes(value), type)).isEqualTo(value);
    }
  }
}
