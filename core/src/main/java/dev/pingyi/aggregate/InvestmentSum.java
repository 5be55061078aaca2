package dev.pingyi.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.model.Yuan;
import org.immutables.value.Value;

/**
 * The sum of one investment figure over a set of projects, with how many projects reported it
 * and how many did not: an absent figure is unknown, never counted as zero.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InvestmentSum {

  InvestmentSum() {}

  /**
   * The sum of the given amount over projects of which {@code reportedCount} reported the figure
   * and {@code absentCount} did not.
   *
   * @throws IllegalArgumentException if a count is negative, or nothing was reported but the
   *     amount is not zero
   */
  public static InvestmentSum of(Yuan amount, long reportedCount, long absentCount) {
    return builder().amount(amount).reportedCount(reportedCount).absentCount(absentCount).build();
  }

  static InvestmentSum ofFen(long fen, long reportedCount, long absentCount) {
    return of(Yuan.ofFen(fen), reportedCount, absentCount);
  }

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of investment sums; each attribute is set once, all three are required, and
   * {@link #build()} checks every rule.
   */
  public static final class Builder extends ImmutableInvestmentSum.Builder {
    Builder() {}

    /** Sets every attribute from the given sum. */
    public Builder from(InvestmentSum value) {
      requireNonNull(value, "value");
      return this
          .amount(value.amount())
          .reportedCount(value.reportedCount())
          .absentCount(value.absentCount());
    }
  }

  /**
   * Required. The sum of the figure over the projects that reported it; zero when none did. It
   * may be negative only if a summed figure was; project figures are not.
   */
  public abstract Yuan amount();

  /** Required. How many projects reported the figure; not negative. */
  public abstract long reportedCount();

  /** Required. How many projects did not report the figure; not negative. */
  public abstract long absentCount();

  /** Whether every project reported the figure, so that the amount is complete. */
  public boolean isComplete() {
    return absentCount() == 0;
  }

  @Value.Check
  void check() {
    checkArgument(
        reportedCount() >= 0, "InvestmentSum reportedCount=%s must not be negative", reportedCount());
    checkArgument(absentCount() >= 0, "InvestmentSum absentCount=%s must not be negative", absentCount());
    checkArgument(
        reportedCount() > 0 || amount().isZero(),
        "InvestmentSum amount=%s with reportedCount=0: a sum over no reported figure is zero",
        amount());
  }
}
