package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.ScoreComponent;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a unit's composite is made up: each component's score × weight, the bonus and deduction
 * points counted (after their caps), and the veto if any. The weighted scores plus the bonus
 * minus the deduction is exactly the composite.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Breakdown {

  Breakdown() {}

  static Builder builder() {
    return new Builder();
  }

  /** A builder of breakdowns, used by {@link CompositeRule#breakdown}. */
  static final class Builder extends ImmutableBreakdown.Builder {
    Builder() {}
  }

  /** Each component's score × weight, exact, in the scheme's order. */
  public abstract ImmutableMap<ScoreComponent, BigDecimal> weightedScores();

  /** The bonus points counted, after the cap; not negative. */
  public abstract BigDecimal bonus();

  /** The deduction points counted, after the cap; not negative. */
  public abstract BigDecimal deduction();

  /** The exact composite: Σ weighted scores + bonus − deduction. */
  public abstract BigDecimal composite();

  /** The reason of a veto, if the unit was vetoed. */
  public abstract Optional<String> vetoReason();

  @Value.Check
  void check() {
    BigDecimal sum = bonus().subtract(deduction());
    for (BigDecimal weighted : weightedScores().values()) {
      sum = sum.add(weighted);
    }
    checkArgument(
        sum.compareTo(composite()) == 0,
        "Breakdown composite=%s differs from Σ weighted scores + bonus − deduction=%s",
        composite().toPlainString(), sum.toPlainString());
    checkArgument(bonus().signum() >= 0, "Breakdown bonus=%s must not be negative", bonus().toPlainString());
    checkArgument(
        deduction().signum() >= 0, "Breakdown deduction=%s must not be negative", deduction().toPlainString());
  }
}
