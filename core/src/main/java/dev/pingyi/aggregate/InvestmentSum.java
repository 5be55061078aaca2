package dev.pingyi.aggregate;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import dev.pingyi.model.Yuan;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The sum of one investment figure over a set of projects, with how many projects reported it
 * and how many did not: an absent figure is unknown, never counted as zero.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvestmentSum {

  static final InvestmentSum EMPTY = new InvestmentSum(Yuan.ZERO, 0, 0);

  private final Yuan amount;
  private final long reportedCount;
  private final long absentCount;

  private InvestmentSum(Yuan amount, long reportedCount, long absentCount) {
    this.amount = amount;
    this.reportedCount = reportedCount;
    this.absentCount = absentCount;
  }

  static InvestmentSum of(long fen, long reportedCount, long absentCount) {
    checkArgument(reportedCount >= 0 && absentCount >= 0, "InvestmentSum counts must not be negative");
    return new InvestmentSum(Yuan.ofFen(fen), reportedCount, absentCount);
  }

  /** The sum of the figure over the projects that reported it; zero when none did. */
  public Yuan amount() {
    return amount;
  }

  /** How many projects reported the figure. */
  public long reportedCount() {
    return reportedCount;
  }

  /** How many projects did not report the figure. */
  public long absentCount() {
    return absentCount;
  }

  /** Whether every project reported the figure, so that the amount is complete. */
  public boolean isComplete() {
    return absentCount == 0;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof InvestmentSum)) {
      return false;
    }
    InvestmentSum other = (InvestmentSum) obj;
    return amount.equals(other.amount)
        && reportedCount == other.reportedCount
        && absentCount == other.absentCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, reportedCount, absentCount);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("amount", amount.toReportString())
        .add("reported", reportedCount)
        .add("absent", absentCount)
        .toString();
  }
}
