package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;

/**
 * A named component of an evaluation score with the range its points must lie in, such as the
 * base evaluation score (基础评议分) on a hundred-point scale.
 *
 * <p>Components are compared by name and range; a score sheet holds at most one score per
 * component name.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreComponent implements WithScoreComponent {

  /**
   * 基础评议分: the base evaluation score, 0 to 100 points, 70 % of the composite in the 2022
   * Liaocheng evaluation.
   */
  public static final ScoreComponent BASE_EVALUATION = of("基础评议分", Score.ZERO, Score.of(100));

  /**
   * 现场评议分: the on-site evaluation score, 0 to 100 points, 30 % of the composite in the 2022
   * Liaocheng evaluation.
   */
  public static final ScoreComponent ON_SITE_EVALUATION = of("现场评议分", Score.ZERO, Score.of(100));

  ScoreComponent() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a score component. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableScoreComponent.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(ScoreComponent value) {
      requireNonNull(value, "value");
      return this
          .name(value.name())
          .min(value.min())
          .max(value.max());
    }
  }

  /** The component of the given name whose scores lie in [min, max]. */
  public static ScoreComponent of(String name, Score min, Score max) {
    return builder().name(name).min(min).max(max).build();
  }

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The name, such as 基础评议分. */
  public abstract String name();

  /** Required; below {@link #max()}. The lowest score allowed. */
  public abstract Score min();

  /** Required; above {@link #min()}. The highest score allowed. */
  public abstract Score max();

  /** Whether the score lies in [min, max]. */
  public boolean allows(Score score) {
    return score.compareTo(min()) >= 0 && score.compareTo(max()) <= 0;
  }

  @Value.Check
  void check() {
    Checks.checkName("ScoreComponent", "name", name());
    checkArgument(
        min().compareTo(max()) < 0,
        "ScoreComponent %s: min=%s is not below max=%s",
        name(),
        min(),
        max());
  }

  /** The name and range, such as {@code 基础评议分[0, 100]}. */
  @Override
  public String toString() {
    return name() + "[" + min() + ", " + max() + "]";
  }
}
