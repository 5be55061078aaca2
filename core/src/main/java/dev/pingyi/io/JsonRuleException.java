package dev.pingyi.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * A JSON document that is well-formed JSON but not a valid Pingyi value: a property unknown,
 * missing, given twice or of the wrong JSON type, a value a model factory or builder rejects, or
 * a ranking whose stated ranks differ from those its own data gives.
 *
 * <p>The message names where, what and why — {@code $.sheets[0].scores[0].score (line 3, column
 * 14): Score text='abc' is not a decimal number … (value "abc")}; {@link #getLocation()} has the
 * line and column too.
 * {@link #path()} is the JSONPath of the offending value from the document's root ({@code $}
 * for the root itself), {@link #value()} the offending JSON scalar as written, where there is
 * one, and {@link #rule()} the rule it breaks, in the model's own words where the model rejected
 * it. Text that is not JSON at all fails earlier, with Jackson's {@link
 * tools.jackson.core.exc.StreamReadException}; both are {@link tools.jackson.core.JacksonException}s.
 *
 * <p>Instances are made by the readers of this package only.
 */
public final class JsonRuleException extends DatabindException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final @Nullable String value;
  private final String rule;

  JsonRuleException(
      JsonParser parser,
      TokenStreamLocation location,
      String path,
      @Nullable String value,
      String rule,
      @Nullable Throwable cause) {
    super(parser, message(path, location, value, rule), location, cause);
    this.path = requireNonNull(path, "path");
    this.value = value;
    this.rule = requireNonNull(rule, "rule");
  }

  private static String message(String path, TokenStreamLocation location, @Nullable String value, String rule) {
    // Jackson 3 leaves line and column out of its own suffix unless the source may be shown
    String where = location.getLineNr() > 0
        ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
        : "";
    return path + where + ": " + rule + (value == null ? "" : " (value " + value + ")");
  }

  /**
   * The JSONPath of the offending value, such as {@code $.sheets[0].scores[1].score}, or of the
   * object a builder rejected as a whole, such as {@code $.sheets[0]}.
   */
  public String path() {
    return path;
  }

  /**
   * The offending JSON scalar as written, strings in quotes ({@code "37152"}, {@code 2022.5},
   * {@code true}), cut after 40 characters; empty where the rule concerns an object, an array
   * or a missing property.
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** The rule the value breaks, such as {@code DivisionCode code='37152' is not six digits 0-9}. */
  public String rule() {
    return rule;
  }
}
