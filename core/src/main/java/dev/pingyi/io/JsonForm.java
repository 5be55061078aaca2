package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.SerializationContext;

/**
 * The JSON form of a type written as an object: its properties in the order they are written,
 * each read into the type's builder, and the build that runs every rule of the model.
 *
 * <p>Reading rejects a property not in the form (unless the reader skips unknown properties), a
 * property given twice, null for a required property, and an object without its required
 * properties, naming all of them. Null for an optional property means absent. A rule the
 * builder or a factory breaks becomes a {@link JsonRuleException} at the path of the object or
 * the value, with the model's message.
 *
 * @param <T> the type
 * @param <B> its builder, or any holder the values are gathered in
 */
final class JsonForm<T, B> implements JsonCodec<T> {

  private final String typeName;
  private final Supplier<B> newBuilder;
  private final Function<B, ? extends T> build;
  private final ImmutableList<Property<T, B, ?>> properties;
  private final ImmutableMap<String, Property<T, B, ?>> byName;
  private final String names;

  private JsonForm(String typeName, Supplier<B> newBuilder, Function<B, ? extends T> build, List<Property<T, B, ?>> properties) {
    this.typeName = typeName;
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = ImmutableList.copyOf(properties);
    ImmutableMap.Builder<String, Property<T, B, ?>> map = ImmutableMap.builder();
    properties.forEach(p -> map.put(p.name, p));
    this.byName = map.buildOrThrow();
    this.names = String.join(", ", byName.keySet());
  }

  /** A form of the type to describe, property by property; messages name the type. */
  static <T, B> Builder<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return new Builder<>(type.getSimpleName(), newBuilder, build);
  }

  /** A form to describe, property by property; messages call the type by the given name. */
  static <T, B> Builder<T, B> named(String typeName, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return new Builder<>(typeName, newBuilder, build);
  }

  @Override
  public T read(JsonReading in) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.failValue(typeName + ": expected an object, not " + in.tokenKind());
    }
    String path = in.path();
    TokenStreamLocation start = in.location();
    B builder = newBuilder.get();
    Set<String> seen = new HashSet<>();
    while (in.next() == JsonToken.PROPERTY_NAME) {
      String name = in.parser().currentName();
      Property<T, B, ?> property = byName.get(name);
      if (property == null) {
        if (!in.skipsUnknownProperties()) {
          throw in.fail(typeName + " has no property '" + name + "'; its properties are " + names);
        }
        in.next();
        in.parser().skipChildren();
        continue;
      }
      if (!seen.add(name)) {
        throw in.fail(typeName + " property '" + name + "' is given twice");
      }
      in.next();
      if (in.token() == JsonToken.VALUE_NULL && !property.codec.readsNull()) {
        if (property.presence == Presence.REQUIRED) {
          throw in.failValue(typeName + " property '" + name + "' is required and must not be null");
        }
        continue;
      }
      property.read(in, builder);
    }
    List<String> missing = new ArrayList<>();
    for (Property<T, B, ?> property : properties) {
      if (property.presence == Presence.REQUIRED && !seen.contains(property.name)) {
        missing.add(property.name);
      }
    }
    if (!missing.isEmpty()) {
      throw in.failAt(path, start, typeName + " is missing required "
          + (missing.size() == 1 ? "property " : "properties ") + String.join(", ", missing), null);
    }
    try {
      return build.apply(builder);
    } catch (JsonMismatch e) {
      throw in.failAt(e.path(), e.location(), JsonCodecs.messageOf(e, typeName + " is not valid"), e);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw in.failAt(path, start, JsonCodecs.messageOf(e, typeName + " is not valid"), e);
    }
  }

  @Override
  public void write(T value, JsonGenerator out, SerializationContext context) {
    out.writeStartObject();
    for (Property<T, B, ?> property : properties) {
      property.write(value, out, context);
    }
    out.writeEndObject();
  }

  /** Whether a property must be given, may be left out, or is left out when absent. */
  private enum Presence {
    /** Always written; reading fails without it. */
    REQUIRED,
    /** Always written; reading leaves the builder's default without it. */
    DEFAULTED,
    /** Written when present; absent or null when read, it stays absent. */
    OPTIONAL
  }

  /** One property: its name, codec, how it is read from a value and set on a builder. */
  private static final class Property<T, B, V> {
    final String name;
    final Presence presence;
    final JsonCodec<V> codec;
    final Function<T, Optional<V>> get;
    final BiConsumer<B, V> set;

    Property(String name, Presence presence, JsonCodec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      this.name = name;
      this.presence = presence;
      this.codec = codec;
      this.get = get;
      this.set = set;
    }

    void read(JsonReading in, B builder) {
      V value = codec.read(in);
      try {
        set.accept(builder, value);
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
        throw in.fail(JsonCodecs.messageOf(e, "property '" + name + "' is not valid"));
      }
    }

    void write(T value, JsonGenerator out, SerializationContext context) {
      Optional<V> v = get.apply(value);
      if (v.isPresent()) {
        out.writeName(name);
        codec.write(v.get(), out, context);
      }
    }
  }

  /**
   * Describes a form property by property, in the order they are written.
   *
   * @param <T> the type
   * @param <B> its builder
   */
  static final class Builder<T, B> {
    private final String typeName;
    private final Supplier<B> newBuilder;
    private final Function<B, ? extends T> build;
    private final List<Property<T, B, ?>> properties = new ArrayList<>();

    private Builder(String typeName, Supplier<B> newBuilder, Function<B, ? extends T> build) {
      this.typeName = typeName;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A property every value has and every document must give. */
    <V> Builder<T, B> required(String name, JsonCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new Property<>(name, Presence.REQUIRED, codec, t -> Optional.of(get.apply(t)), set));
    }

    /** A property every value has, which a document may leave to the builder's default. */
    <V> Builder<T, B> defaulted(String name, JsonCodec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new Property<>(name, Presence.DEFAULTED, codec, t -> Optional.of(get.apply(t)), set));
    }

    /** A property a value may lack: written when present, absent when left out or null. */
    <V> Builder<T, B> optional(
        String name, JsonCodec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(new Property<>(name, Presence.OPTIONAL, codec, get, set));
    }

    /** A list, always written; a document may leave it out for none. */
    <V> Builder<T, B> list(
        String name, JsonCodec<V> element, Function<T, ? extends Collection<V>> get, BiConsumer<B, V> add) {
      JsonCodec<List<V>> codec = JsonCodecs.list(element);
      return add(new Property<T, B, List<V>>(
          name,
          Presence.DEFAULTED,
          codec,
          t -> Optional.of(ImmutableList.copyOf(get.apply(t))),
          (b, values) -> values.forEach(v -> add.accept(b, v))));
    }

    private Builder<T, B> add(Property<T, B, ?> property) {
      checkArgument(
          properties.stream().noneMatch(p -> p.name.equals(property.name)),
          "%s property %s is described twice", typeName, property.name);
      properties.add(property);
      return this;
    }

    JsonForm<T, B> build() {
      return new JsonForm<>(typeName, newBuilder, build, properties);
    }
  }
}
