package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;

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

  /** An item of the given points for the given reason. */
  public static ScoreAdjustment of(Score points, String reason) {
    return ImmutableScoreAdjustment.builder().points(points).reason(reason).build();
  }

  /** The points, positive. */
  public abstract Score points();

  /** Why the points are given or taken. */
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
