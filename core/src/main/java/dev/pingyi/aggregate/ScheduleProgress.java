package dev.pingyi.aggregate;

import static com.google.common.base.Preconditions.checkArgument;

import dev.pingyi.model.PercentagePoints;
import dev.pingyi.model.Percent;
import dev.pingyi.model.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * Progress against the time schedule (时间进度) of a period: the plan completion, the share of the
 * year elapsed at the end of the period, and the difference in percentage points — "快于时间进度
 * 14.6个百分点" for 64.6 % of the annual plan done by the end of 2022H1.
 *
 * <p>The difference is computed from the exact completion and schedule and rounded once, when
 * printed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScheduleProgress {

  ScheduleProgress() {}

  /**
   * The progress of the given plan completion at the end of the given period.
   *
   * @throws IllegalArgumentException if the completion is negative
   */
  public static ScheduleProgress of(Percent completion, ReportPeriod period) {
    return ImmutableScheduleProgress.builder().completion(completion).period(period).build();
  }

  /** Required; not negative (it may exceed 100 %). The share of the annual plan completed. */
  public abstract Percent completion();

  /** Required. The period at whose end the completion was measured. */
  public abstract ReportPeriod period();

  /** 时间进度: the share of the year elapsed at the end of the period, 50 % for 2022H1. */
  public Percent schedule() {
    return Percent.of(period().elapsedShareOfYear());
  }

  /** Completion minus schedule, in percentage points: positive when ahead. */
  public PercentagePoints difference() {
    return completion().minus(schedule());
  }

  /**
   * The phrase reports print, with the difference rounded to the given decimals: {@code
   * 快于时间进度14.6个百分点}, {@code 慢于时间进度3.0个百分点}, or {@code 与时间进度持平} when the rounded
   * difference is zero.
   */
  public String toChinese(int decimals, RoundingMode mode) {
    BigDecimal rounded = difference().rounded(decimals, mode);
    return switch (rounded.signum()) {
      case 0 -> "与时间进度持平";
      case 1 -> "快于时间进度" + rounded.toPlainString() + "个百分点";
      default -> "慢于时间进度" + rounded.negate().toPlainString() + "个百分点";
    };
  }

  /** The phrase with one decimal, half up: {@code 快于时间进度14.6个百分点}. */
  public String toChinese() {
    return toChinese(Percent.REPORT_DECIMALS, Percent.REPORT_ROUNDING);
  }

  @Value.Check
  void check() {
    checkArgument(
        completion().fraction().signum() >= 0,
        "ScheduleProgress completion=%s must not be negative", completion());
  }

  /** The completion, the period and the phrase: {@code 64.6% 2022H1 快于时间进度14.6个百分点}. */
  @Override
  public String toString() {
    return completion() + " " + period() + " " + toChinese();
  }
}
