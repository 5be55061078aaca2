package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A county-level unit (县级单位) of a prefecture: a district, a county, a county-level city, or
 * a functional zone run by a management committee.
 *
 * <p>Every kind but {@link CountyKind#FUNCTIONAL_ZONE} has a county-level GB/T 2260 code within
 * its prefecture's. Functional zones (聊城经济技术开发区, 聊城高新技术产业开发区,
 * 聊城江北水城旅游度假区) have none in GB/T 2260 and must not be given a made-up one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class County implements WithCounty {

  County() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a county-level unit. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableCounty.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(County value) {
      requireNonNull(value, "value");
      return this
          .name(value.name())
          .shortName(value.shortName())
          .kind(value.kind())
          .divisionCode(value.divisionCode())
          .prefecture(value.prefecture());
    }
  }

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The official name, such as 冠县 or 聊城经济技术开发区. */
  public abstract String name();

  /** Optional, defaults to {@link #name()}; a name: no surrounding or invisible characters, at most 500 characters. The short name reports use, such as 开发区. */
  @Value.Default
  public String shortName() {
    return name();
  }

  /** Required. District, county, county-level city or functional zone. */
  public abstract CountyKind kind();

  /**
   * Required for every kind but {@link CountyKind#FUNCTIONAL_ZONE}, absent for a zone: the
   * county-level GB/T 2260 code, within the prefecture's code.
   */
  public abstract Optional<DivisionCode> divisionCode();

  /** Required. The prefecture-level city the unit belongs to. */
  public abstract Prefecture prefecture();

  @Value.Check
  void check() {
    Checks.checkName("County", "name", name());
    Checks.checkName("County " + name(), "shortName", shortName());
    if (kind().hasDivisionCode()) {
      DivisionCode code =
          divisionCode()
              .orElseThrow(
                  () -> new IllegalArgumentException(
                      "County " + name() + ": divisionCode is missing; a " + kind() + " needs one"));
      checkArgument(
          code.level() == DivisionLevel.COUNTY,
          "County %s: divisionCode=%s is a %s code, not a county-level code",
          name(),
          code,
          code.level());
      checkArgument(
          code.isWithin(prefecture().code()),
          "County %s: divisionCode=%s is not within its prefecture %s %s",
          name(),
          code,
          prefecture().name(),
          prefecture().code());
    } else {
      checkArgument(
          divisionCode().isEmpty(),
          "County %s: divisionCode=%s given to a FUNCTIONAL_ZONE, which has no GB/T 2260 code",
          name(),
          divisionCode().map(DivisionCode::code).orElse(""));
    }
  }
}
