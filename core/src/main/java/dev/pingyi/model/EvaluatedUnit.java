package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit that is evaluated (被评议单位): a county-level government, a zone committee, a municipal
 * department or a public institution, such as 冠县政府 or 市农业农村局.
 *
 * <p>A county government links to its county, a zone committee to its functional zone; a
 * department or institution links to none. The name identifies the unit within an evaluation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluatedUnit implements WithEvaluatedUnit {

  EvaluatedUnit() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of an evaluated unit. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableEvaluatedUnit.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(EvaluatedUnit value) {
      requireNonNull(value, "value");
      return this
          .name(value.name())
          .kind(value.kind())
          .county(value.county());
    }
  }

  /** The government (政府) or committee (管委会) of the given county-level unit. */
  public static EvaluatedUnit governing(String name, County county) {
    requireNonNull(county, "county");
    return builder()
        .name(name)
        .kind(county.kind() == CountyKind.FUNCTIONAL_ZONE
            ? UnitKind.ZONE_COMMITTEE : UnitKind.COUNTY_GOVERNMENT)
        .county(county)
        .build();
  }

  /** A municipal department such as 市财政局. */
  public static EvaluatedUnit department(String name) {
    return builder().name(name).kind(UnitKind.MUNICIPAL_DEPARTMENT).build();
  }

  /** A public institution such as 市农业科学院. */
  public static EvaluatedUnit institution(String name) {
    return builder().name(name).kind(UnitKind.PUBLIC_INSTITUTION).build();
  }

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The name as the evaluation publishes it, such as 冠县政府. */
  public abstract String name();

  /** Required. What kind of unit it is. */
  public abstract UnitKind kind();

  /**
   * Required for a county government (of a non-zone county) and a zone committee (of a
   * functional zone), absent for departments and institutions: the county-level unit it governs.
   */
  public abstract Optional<County> county();

  @Value.Check
  void check() {
    Checks.checkName("EvaluatedUnit", "name", name());
    if (kind().isCountyLevel()) {
      County county = county().orElseThrow(() -> new IllegalArgumentException(
          "EvaluatedUnit " + name() + ": county is missing; a " + kind() + " governs one"));
      boolean zone = county.kind() == CountyKind.FUNCTIONAL_ZONE;
      checkArgument(
          zone == (kind() == UnitKind.ZONE_COMMITTEE),
          "EvaluatedUnit %s: kind=%s cannot govern county %s of kind %s",
          name(),
          kind(),
          county.name(),
          county.kind());
    } else {
      checkArgument(
          county().isEmpty(),
          "EvaluatedUnit %s: county=%s given to a %s, which governs no county",
          name(),
          county().map(County::name).orElse(""),
          kind());
    }
  }
}
