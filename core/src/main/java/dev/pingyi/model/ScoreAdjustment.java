package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;

/**
 * A bonus (加分) or deduction (扣分) item on a {@link ScoreSheet}: a positive number of points and
 * the reason for it. Whether it adds or subtracts is said by the list it is on.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreAdjustment implements WithScoreAdjustment {

  ScoreAdjustment() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a score adjustment. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableScoreAdjustment.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(ScoreAdjustment value) {
      requireNonNull(value, "value");
      return this
          .points(value.points())
          .reason(value.reason());
    }
  }

  /** An item of the given points for the given reason. */
  public static ScoreAdjustment of(Score points, String reason) {
    return builder().points(points).reason(reason).build();
  }

  /** Required; positive. The points. */
  public abstract Score points();

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. Why the points are given or taken. */
  public abstract String reason();

  @Value.Check
  void check() {
    checkArgument(
        points().signum() > 0,
        "ScoreAdjustment points=%s must be positive (reason: %s)",
        points(),
        reason());
    Checks.checkName("ScoreAdjustment", "reason", reason());
  }
}
