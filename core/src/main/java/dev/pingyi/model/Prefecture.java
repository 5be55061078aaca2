package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * A prefecture-level city (地级市), the parent of county-level units: 聊城市 {@code 371500}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Prefecture implements WithPrefecture {

  Prefecture() {}

  /** The prefecture with the given name and prefecture-level division code. */
  public static Prefecture of(String name, DivisionCode code) {
    return ImmutablePrefecture.builder().name(name).code(code).build();
  }

  /** The official name, such as 聊城市. */
  public abstract String name();

  /** The prefecture-level GB/T 2260 code, such as {@code 371500}. */
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
