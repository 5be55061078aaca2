package dev.pingyi.io;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * How one kind of value is written to JSON and read back: the one place its JSON form is
 * defined, so that reading and writing cannot disagree.
 *
 * @param <V> the type of the value
 */
interface JsonCodec<V> {

  /**
   * Reads the value the parser is positioned on; JSON {@code null} only if {@link #readsNull()}
   * says so, else the caller decides what null means where it stands.
   *
   * @throws JsonRuleException naming the path, the value and the rule if it is not a valid value
   */
  V read(JsonReading in);

  /** Whether {@link #read} takes JSON {@code null} too, as a codec of an {@code Optional} does. */
  default boolean readsNull() {
    return false;
  }

  /** Writes the value. */
  void write(V value, JsonGenerator out, SerializationContext context);
}
