package dev.pingyi.aggregate;

import static java.util.Objects.requireNonNull;

import dev.pingyi.model.ReportPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

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
public final class ScheduleProgress {

  private final Percent completion;
  private final ReportPeriod period;

  ScheduleProgress(Percent completion, ReportPeriod period) {
    this.completion = requireNonNull(completion, "completion");
    this.period = requireNonNull(period, "period");
  }

  /** The share of the annual plan completed. */
  public Percent completion() {
    return completion;
  }

  /** The period at whose end the completion was measured. */
  public ReportPeriod period() {
    return period;
  }

  /** 时间进度: the share of the year elapsed at the end of the period, 50 % for 2022H1. */
  public Percent schedule() {
    return Percent.of(period.elapsedShareOfYear());
  }

  /** Completion minus schedule, in percentage points: positive when ahead. */
  public PercentagePoints difference() {
    return completion.minus(schedule());
  }

  /**
   * The phrase reports print, with the difference rounded to the given decimals: {@code
   * 快于时间进度14.6个百分点}, {@code 慢于时间进度3.0个百分点}, or {@code 与时间进度持平} when the rounded
   * difference is zero.
   */
  public String toChinese(int decimals, RoundingMode mode) {
    BigDecimal rounded = difference().round(decimals, mode);
    if (rounded.signum() == 0) {
      return "与时间进度持平";
    }
    return (rounded.signum() > 0 ? "快于" : "慢于") + "时间进度" + rounded.abs().toPlainString() + "个百分点";
  }

  /** The phrase with one decimal, half up: {@code 快于时间进度14.6个百分点}. */
  public String toChinese() {
    return toChinese(Percent.REPORT_DECIMALS, Percent.REPORT_ROUNDING);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ScheduleProgress
        && ((ScheduleProgress) obj).completion.equals(completion)
        && ((ScheduleProgress) obj).period.equals(period);
  }

  @Override
  public int hashCode() {
    return 31 * completion.hashCode() + period.hashCode();
  }

  /** The completion, the period and the phrase: {@code 64.6% 2022H1 快于时间进度14.6个百分点}. */
  @Override
  public String toString() {
    return completion + " " + period + " " + toChinese();
  }
}
