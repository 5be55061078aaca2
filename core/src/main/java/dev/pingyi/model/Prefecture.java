package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;

/**
 * A prefecture-level city (地级市), the parent of county-level units: 聊城市 {@code 371500}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Prefecture implements WithPrefecture {

  Prefecture() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a prefecture. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutablePrefecture.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(Prefecture value) {
      requireNonNull(value, "value");
      return this
          .name(value.name())
          .code(value.code());
    }
  }

  /** The prefecture with the given name and prefecture-level division code. */
  public static Prefecture of(String name, DivisionCode code) {
    return builder().name(name).code(code).build();
  }

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The official name, such as 聊城市. */
  public abstract String name();

  /** Required; a prefecture-level code. The GB/T 2260 code, such as {@code 371500}. */
  public abstract DivisionCode code();

  @Value.Check
  void check() {
    Checks.checkName("Prefecture", "name", name());
    checkArgument(
        code().level() == DivisionLevel.PREFECTURE,
        "Prefecture %s: code=%s is a %s code, not a prefecture code",
        name(),
        code(),
        code().level());
  }
}
