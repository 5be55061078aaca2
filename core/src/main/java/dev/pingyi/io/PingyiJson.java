package dev.pingyi.io;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for Pingyi's types in one call: a Jackson 3 mapper with {@link PingyiJacksonModule}.
 *
 * <pre>{@code
 * JsonMapper json = PingyiJson.mapper();
 * String text = json.writeValueAsString(ranking);
 * Ranking same = json.readValue(text, Ranking.class);   // ranked again, stated ranks checked
 * }</pre>
 *
 * <p>The mapper is Jackson's default with the module added and trailing tokens after a document
 * rejected; it enables no polymorphic typing. Build a mapper of your own with {@code
 * JsonMapper.builder().findAndAddModules()} (class path) or {@code .addModule(new
 * PingyiJacksonModule())} (anywhere) to combine Pingyi's types with others.
 */
public final class PingyiJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new PingyiJacksonModule())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private PingyiJson() {}

  /** The mapper, shared: a {@code JsonMapper} is immutable and thread-safe. */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
