package dev.pingyi.io;

import dev.pingyi.internal.TextRules;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;

/**
 * One read of a document: the parser, the Jackson context, and the errors that name the JSONPath
 * of the parser's position, the value there and the rule it breaks.
 */
final class JsonReading {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final JsonParser parser;
  private final DeserializationContext context;

  JsonReading(JsonParser parser, DeserializationContext context) {
    this.parser = parser;
    this.context = context;
  }

  JsonParser parser() {
    return parser;
  }

  DeserializationContext context() {
    return context;
  }

  /** The current token, which a reader of a value is positioned on. */
  JsonToken token() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw fail("the document ends where a value was expected");
    }
    return token;
  }

  /** The next token; the end of input inside a value is an error. */
  JsonToken next() {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw fail("the document ends inside a value");
    }
    return token;
  }

  /** Whether properties this version does not know are skipped rather than rejected. */
  boolean skipsUnknownProperties() {
    return Boolean.TRUE.equals(context.getAttribute(PingyiJacksonModule.SKIP_UNKNOWN_PROPERTIES));
  }

  /** The JSONPath of the parser's position: of the current value, or of the object or array it starts. */
  String path() {
    return path(parser.streamReadContext());
  }

  /** The current location, for errors found later about the value that starts here. */
  TokenStreamLocation location() {
    return parser.currentTokenLocation();
  }

  /** An error about the current scalar value: its path, the value as written and the rule. */
  JsonRuleException failValue(String rule) {
    return failValue(rule, null);
  }

  /** As {@link #failValue(String)}, keeping the model's exception as the cause. */
  JsonRuleException failValue(String rule, @Nullable Throwable cause) {
    return new JsonRuleException(parser, location(), path(), shownToken(), rule, cause);
  }

  /** An error about the current position with no scalar to show: an object, an array, a property. */
  JsonRuleException fail(String rule) {
    return new JsonRuleException(parser, location(), path(), null, rule, null);
  }

  /** An error about a value read earlier, at the path and location recorded when it started. */
  JsonRuleException failAt(String path, TokenStreamLocation location, String rule, @Nullable Throwable cause) {
    return new JsonRuleException(parser, location, path, null, rule, cause);
  }

  /** The current scalar as a message shows it, a JSON literal; null for an object or array. */
  private @Nullable String shownToken() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return null;
    }
    return switch (token) {
      case VALUE_STRING -> "\"" + TextRules.shown(parser.getString()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
          TextRules.shown(parser.getText());
      default -> null;
    };
  }

  /** What the current token is, for a message that says what was expected instead. */
  String tokenKind() {
    JsonToken token = token();
    return switch (token) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or an exponent";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> token.toString();
    };
  }

  /**
   * The JSONPath of a parser context: {@code $}, then {@code .name} for each property (or {@code
   * ['name']} where the name is not a plain identifier) and {@code [i]} for each array index.
   */
  static String path(@Nullable TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inObject()) {
        String name = c.currentName();
        if (name != null) {
          segments.push(PLAIN_NAME.matcher(name).matches() ? "." + name : "['" + escaped(name) + "']");
        }
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments.push("[" + c.getCurrentIndex() + "]");
      }
    }
    StringBuilder path = new StringBuilder("$");
    segments.forEach(path::append);
    return path.toString();
  }

  private static String escaped(String name) {
    return TextRules.shown(name.replace("\\", "\\\\").replace("'", "\\'"));
  }
}
