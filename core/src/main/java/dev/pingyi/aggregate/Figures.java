package dev.pingyi.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.model.Growth;
import dev.pingyi.model.Percent;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.Yuan;
import java.util.Optional;

/**
 * The figures city reports print, computed exactly: start rate, plan completion, progress against
 * the time schedule, share and year-on-year growth.
 *
 * <p>A ratio over a zero denominator — no projects planned, no investment planned, a whole of
 * zero, nothing last year — is {@link Optional#empty()}, never NaN, infinity or an exception. A
 * negative count or amount where none can be is rejected with {@link IllegalArgumentException}.
 * Each figure keeps its exact ratio; rounding happens once, when it is printed.
 */
public final class Figures {

  private Figures() {}

  /**
   * 开工率: started ÷ planned projects; 102 of 107 is 95.3 %.
   *
   * @throws IllegalArgumentException if a count is negative or started exceeds planned
   */
  public static Optional<Percent> startRate(long started, long planned) {
    checkArgument(planned >= 0, "startRate planned=%s must not be negative", planned);
    checkArgument(started >= 0, "startRate started=%s must not be negative", started);
    checkArgument(
        started <= planned, "startRate started=%s exceeds planned=%s", started, planned);
    return planned == 0 ? Optional.empty() : Optional.of(Percent.of(Ratio.of(started, planned)));
  }

  /**
   * 计划完成率: completed ÷ planned investment of the year. It may exceed 100 %.
   *
   * @throws IllegalArgumentException if an amount is negative
   */
  public static Optional<Percent> planCompletion(Yuan completed, Yuan planned) {
    requireNonNull(completed, "completed");
    requireNonNull(planned, "planned");
    checkArgument(!completed.isNegative(), "planCompletion completed=%s must not be negative", completed);
    checkArgument(!planned.isNegative(), "planCompletion planned=%s must not be negative", planned);
    return ratio(completed, planned);
  }

  /**
   * Progress of a plan completion against the time schedule of the period: 64.6 % at the end of
   * 2022H1 is 快于时间进度14.6个百分点.
   */
  public static ScheduleProgress scheduleProgress(Percent completion, ReportPeriod period) {
    return ScheduleProgress.of(completion, period);
  }

  /**
   * 占比: part ÷ whole; 4.04 亿元 of 4.98 亿元 is 81.1 %.
   *
   * @throws IllegalArgumentException if an amount is negative or the part exceeds the whole
   */
  public static Optional<Percent> share(Yuan part, Yuan whole) {
    requireNonNull(part, "part");
    requireNonNull(whole, "whole");
    checkArgument(!part.isNegative(), "share part=%s must not be negative", part);
    checkArgument(!whole.isNegative(), "share whole=%s must not be negative", whole);
    checkArgument(
        !part.isGreaterThan(whole),
        "share part=%s exceeds whole=%s; a part is at most its whole",
        part.toReportString(),
        whole.toReportString());
    return ratio(part, whole);
  }

  /**
   * 占比: part ÷ whole, of counts.
   *
   * @throws IllegalArgumentException if a count is negative or the part exceeds the whole
   */
  public static Optional<Percent> share(long part, long whole) {
    checkArgument(part >= 0, "share part=%s must not be negative", part);
    checkArgument(whole >= 0, "share whole=%s must not be negative", whole);
    checkArgument(part <= whole, "share part=%s exceeds whole=%s; a part is at most its whole", part, whole);
    return whole == 0 ? Optional.empty() : Optional.of(Percent.of(Ratio.of(part, whole)));
  }

  /**
   * 同比增长: (current − previous) ÷ previous.
   *
   * @throws IllegalArgumentException if previous is negative: growth from a negative base has no
   *     meaning a report could print
   */
  public static Optional<Growth> growth(Yuan current, Yuan previous) {
    requireNonNull(current, "current");
    requireNonNull(previous, "previous");
    checkArgument(
        !previous.isNegative(), "growth previous=%s must not be negative", previous);
    if (previous.isZero()) {
      return Optional.empty();
    }
    return Optional.of(Growth.of(Percent.of(
        Ratio.of(current.fen(), previous.fen()).minus(Ratio.ONE))));
  }

  private static Optional<Percent> ratio(Yuan part, Yuan whole) {
    return whole.isZero() ? Optional.empty() : Optional.of(Percent.of(Ratio.of(part.fen(), whole.fen())));
  }
}
