package dev.pingyi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.pingyi.internal.TextRules;
import dev.pingyi.model.CreditCode;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.Growth;
import dev.pingyi.model.Percent;
import dev.pingyi.model.PercentagePoints;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.Yuan;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.SerializationContext;

/**
 * The codecs of values written as one JSON scalar: amounts, scores and other decimals as
 * strings, codes and periods in their text forms, enums by constant name, counts as JSON
 * integers.
 */
final class JsonCodecs {

  /** {@code 2022-07}: four ASCII digits of year, a dash and two of month. */
  private static final Pattern MONTH_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}");

  /**
   * An amount in yuan as a plain decimal string with two decimals, {@code "1380000000.00"}: what
   * {@link Yuan#toBigDecimal()} prints; read by {@link Yuan#of(BigDecimal)}, so a fraction of a fen
   * is an error.
   */
  static final JsonCodec<Yuan> YUAN = text(
      "an amount in yuan, a decimal string such as \"1380000000.00\"",
      s -> Yuan.of(TextRules.parsePlainDecimal(s, "Yuan amount")),
      y -> y.toBigDecimal().toPlainString());

  /** A score as {@link Score#toString()} prints it, {@code "92.5"}; read by {@link Score#parse}. */
  static final JsonCodec<Score> SCORE = text(
      "a score, a decimal string such as \"92.5\"", Score::parse, Score::toString);

  /** An exact fraction as {@link Ratio#toString()} prints it, {@code "102/107"}. */
  static final JsonCodec<Ratio> RATIO = text(
      "an exact fraction, a string such as \"102/107\" or \"3\"", Ratio::parse, Ratio::toString);

  /** A percentage as its exact fraction: 50 % is {@code "1/2"}, never a rounded {@code "50.0%"}. */
  static final JsonCodec<Percent> PERCENT = text(
      "a percentage as its exact fraction, a string such as \"102/107\" (1/2 is 50 %)",
      s -> Percent.of(Ratio.parse(s)),
      p -> p.fraction().toString());

  /** Percentage points as their exact number: 14.6 points is {@code "73/5"}. */
  static final JsonCodec<PercentagePoints> PERCENTAGE_POINTS = text(
      "percentage points as an exact number, a string such as \"73/5\"",
      s -> PercentagePoints.of(Ratio.parse(s)),
      p -> p.points().toString());

  /** A growth rate as the exact fraction of its rate: 12 % growth is {@code "3/25"}. */
  static final JsonCodec<Growth> GROWTH = text(
      "a growth rate as an exact fraction, a string such as \"3/25\" (12 %)",
      s -> Growth.of(Percent.of(Ratio.parse(s))),
      g -> g.rate().fraction().toString());

  /** A period as {@link ReportPeriod#toString()} prints it, {@code "2022H1"}; read by {@link ReportPeriod#parse}. */
  static final JsonCodec<ReportPeriod> PERIOD = text(
      "a report period, a string such as \"2022H1\"", ReportPeriod::parse, ReportPeriod::toString);

  /** Six digits, {@code "371525"}. */
  static final JsonCodec<DivisionCode> DIVISION_CODE = text(
      "a GB/T 2260 division code, a string such as \"371525\"", DivisionCode::of, DivisionCode::code);

  /** Eighteen characters, {@code "91310110666007217T"}. */
  static final JsonCodec<CreditCode> CREDIT_CODE = text(
      "a unified social credit code, an 18-character string", CreditCode::of, CreditCode::code);

  /**
   * A calendar month as ISO 8601 writes it, {@code "2022-07"}; a year past 9999 with its sign,
   * {@code "+12345-01"}, which {@link YearMonth#toString()} leaves out and {@link YearMonth#parse}
   * needs, so that every month written is read back.
   */
  static final JsonCodec<YearMonth> MONTH_OF_YEAR = text(
      "a month, a string such as \"2022-07\"", JsonCodecs::month, JsonCodecs::monthText);

  /** Free text, such as a name: the builder that takes it checks it. */
  static final JsonCodec<String> STRING = text("a string", s -> s, s -> s);

  /** A JSON integer within the range of {@code int}. */
  static final JsonCodec<Integer> INT = new JsonCodec<>() {
    @Override
    public Integer read(JsonReading in) {
      checkInteger(in);
      if (in.parser().getNumberType() != JsonParser.NumberType.INT) {
        throw in.failValue("expected a whole JSON number within [" + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE + "]");
      }
      return in.parser().getIntValue();
    }

    @Override
    public void write(Integer value, JsonGenerator out, SerializationContext context) {
      out.writeNumber(value.intValue());
    }
  };

  /** A JSON integer within the range of {@code long}. */
  static final JsonCodec<Long> LONG = new JsonCodec<>() {
    @Override
    public Long read(JsonReading in) {
      checkInteger(in);
      JsonParser.NumberType type = in.parser().getNumberType();
      if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
        throw in.failValue("expected a whole JSON number within [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]");
      }
      return in.parser().getLongValue();
    }

    @Override
    public void write(Long value, JsonGenerator out, SerializationContext context) {
      out.writeNumber(value.longValue());
    }
  };

  /** JSON {@code true} or {@code false}. */
  static final JsonCodec<Boolean> BOOLEAN = new JsonCodec<>() {
    @Override
    public Boolean read(JsonReading in) {
      JsonToken token = in.token();
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw in.failValue("expected true or false, not " + in.tokenKind());
      }
      return token == JsonToken.VALUE_TRUE;
    }

    @Override
    public void write(Boolean value, JsonGenerator out, SerializationContext context) {
      out.writeBoolean(value);
    }
  };

  private JsonCodecs() {}

  /**
   * A decimal as a plain string, {@code "0.7"}, read by the rules of number text every Pingyi
   * parser applies.
   *
   * @param field what the decimal is, for messages: {@code "CompositeRule weight"}
   */
  static JsonCodec<BigDecimal> decimal(String field) {
    return text(
        "a decimal string such as \"0.7\"", s -> TextRules.parseDecimal(s, field), BigDecimal::toPlainString);
  }

  private static YearMonth month(String text) {
    if (MONTH_TEXT.matcher(text).matches()) {
      // the usual form, read so that a month of 13 is named as such
      return YearMonth.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5)));
    }
    try {
      // a year beyond four digits has a sign in ISO 8601, +12345-01, as monthText writes it
      if (text.length() <= 16) {
        return YearMonth.parse(text);
      }
    } catch (DateTimeException e) {
      // named below, without Java's long message
    }
    throw new IllegalArgumentException(
        "month='" + TextRules.shown(text) + "' is not a year and a month written YYYY-MM, such as 2022-07");
  }

  private static String monthText(YearMonth month) {
    return month.getYear() > 9999 ? "+" + month : month.toString();
  }

  private static void checkInteger(JsonReading in) {
    if (in.token() != JsonToken.VALUE_NUMBER_INT) {
      throw in.failValue("expected a whole JSON number, not " + in.tokenKind()
          + (in.token() == JsonToken.VALUE_STRING ? "; counts and years are written without quotes" : ""));
    }
  }

  /**
   * A value written as a JSON string: read by the model's factory, whose exceptions become errors
   * naming the path, the value and the model's message. A JSON number is an error even where its
   * digits would do, so that no amount or score ever passes through binary floating point.
   */
  static <V> JsonCodec<V> text(String expected, Function<String, V> parse, Function<V, String> format) {
    return new JsonCodec<>() {
      @Override
      public V read(JsonReading in) {
        JsonToken token = in.token();
        if (token != JsonToken.VALUE_STRING) {
          boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
          throw in.failValue("expected " + expected + ", not " + in.tokenKind()
              + (number ? "; decimals are written as JSON strings, never as numbers" : ""));
        }
        String text = in.parser().getString();
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
          throw in.failValue(messageOf(e, "expected " + expected), e);
        }
      }

      @Override
      public void write(V value, JsonGenerator out, SerializationContext context) {
        out.writeString(format.apply(value));
      }
    };
  }

  /** An enum constant by its name, exactly: {@code "UNDER_CONSTRUCTION"}. */
  static <E extends Enum<E>> JsonCodec<E> enumeration(Class<E> type) {
    ImmutableMap.Builder<String, E> byName = ImmutableMap.builder();
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    ImmutableMap<String, E> constants = byName.buildOrThrow();
    String expected = "one of " + String.join(", ", constants.keySet());
    return new JsonCodec<>() {
      @Override
      public E read(JsonReading in) {
        if (in.token() != JsonToken.VALUE_STRING) {
          throw in.failValue(type.getSimpleName() + ": expected a string, " + expected + ", not " + in.tokenKind());
        }
        E constant = constants.get(in.parser().getString());
        if (constant == null) {
          throw in.failValue(type.getSimpleName() + " is " + expected);
        }
        return constant;
      }

      @Override
      public void write(E value, JsonGenerator out, SerializationContext context) {
        out.writeString(value.name());
      }
    };
  }

  /** A JSON array of values, none of them null. */
  static <V> JsonCodec<List<V>> list(JsonCodec<V> element) {
    return new JsonCodec<>() {
      @Override
      public List<V> read(JsonReading in) {
        if (in.token() != JsonToken.START_ARRAY) {
          throw in.failValue("expected an array, not " + in.tokenKind());
        }
        List<V> values = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
          if (in.token() == JsonToken.VALUE_NULL) {
            throw in.failValue("an element of an array must not be null");
          }
          values.add(element.read(in));
        }
        return values;
      }

      @Override
      public void write(List<V> values, JsonGenerator out, SerializationContext context) {
        out.writeStartArray();
        for (V value : values) {
          element.write(value, out, context);
        }
        out.writeEndArray();
      }
    };
  }

  /**
   * A map entry as an object of two required properties, such as {@code {"component": {…},
   * "score": "92.5"}}: how Pingyi writes a map whose keys are objects.
   */
  static <K, V> JsonCodec<Map.Entry<K, V>> entry(
      String typeName, String keyName, JsonCodec<K> key, String valueName, JsonCodec<V> value) {
    return JsonForm.<Map.Entry<K, V>, EntryHolder<K, V>>named(typeName, EntryHolder::new, EntryHolder::entry)
        .required(keyName, key, Map.Entry::getKey, (h, k) -> h.key = k)
        .required(valueName, value, Map.Entry::getValue, (h, v) -> h.value = v)
        .build();
  }

  /** The codec the supplier gives, looked up when first used: for a form that contains itself. */
  static <V> JsonCodec<V> lazy(Supplier<JsonCodec<V>> codec) {
    return new JsonCodec<>() {
      @Override
      public V read(JsonReading in) {
        return codec.get().read(in);
      }

      @Override
      public void write(V value, JsonGenerator out, SerializationContext context) {
        codec.get().write(value, out, context);
      }
    };
  }

  /** The key and value of an entry as they are read. */
  private static final class EntryHolder<K, V> {
    @Nullable K key;
    @Nullable V value;

    Map.Entry<K, V> entry() {
      // the form has checked that both required properties were given
      return Map.entry(requireNonNull(key, "key"), requireNonNull(value, "value"));
    }
  }

  /** The exception's message, or the fallback where it has none. */
  static String messageOf(RuntimeException e, String fallback) {
    String message = e.getMessage();
    return message == null || message.isEmpty() ? fallback : message;
  }
}
