package dev.pingyi.io;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * A form reads each property it describes by its name, and refuses a property described twice as
 * the second is described.
 */
class JsonFormKillTest {

  record Pair(String name, int count) {}

  /** The properties of a pair as they are read. */
  static final class PairBuilder {
    @Nullable String name;
    @Nullable Integer count;

    Pair build() {
      return new Pair(requireNonNull(name, "name"), requireNonNull(count, "count"));
    }
  }

  private static JsonForm.Builder<Pair, PairBuilder> form() {
    return JsonForm.named("Pair", PairBuilder::new, PairBuilder::build)
        .required("name", JsonCodecs.STRING, Pair::name, (b, v) -> b.name = v);
  }

  private static JsonMapper reading(JsonForm<Pair, PairBuilder> form) {
    SimpleModule module = new SimpleModule("pair");
    module.addDeserializer(Pair.class, new ValueDeserializer<Pair>() {
      @Override
      public Pair deserialize(JsonParser parser, DeserializationContext context) {
        return form.read(new JsonReading(parser, context));
      }
    });
    return JsonMapper.builder().addModule(module).build();
  }

  @Test
  void aFormReadsEveryPropertyItDescribesByItsName() {
    JsonForm<Pair, PairBuilder> form = form()
        .required("count", JsonCodecs.INT, Pair::count, (b, v) -> b.count = v)
        .build();

    Pair pair = reading(form).readValue("{\"count\":3,\"name\":\"冠县\"}", Pair.class);

    assertThat(pair).isEqualTo(new Pair("冠县", 3));
    assertThatThrownBy(() -> reading(form).readValue("{\"name\":\"冠县\",\"size\":3}", Pair.class))
        .isInstanceOf(JsonRuleException.class)
        .hasMessageContaining("Pair has no property 'size'; its properties are name, count");
  }

  @Test
  void aPropertyDescribedTwiceIsRefusedAsItIsDescribed() {
    JsonForm.Builder<Pair, PairBuilder> builder = form();

    assertThatThrownBy(() -> builder.required("name", JsonCodecs.STRING, Pair::name, (b, v) -> b.name = v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Pair property name is described twice");
    assertThatThrownBy(() -> builder.optional("name", JsonCodecs.STRING, p -> java.util.Optional.of(p.name()),
            (b, v) -> b.name = v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Pair property name is described twice");
  }
}
