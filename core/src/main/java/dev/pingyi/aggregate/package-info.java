/**
 * Aggregation of projects and the figures reports print: investment totals per county, per list
 * level, category, status, cluster or any key ({@link dev.pingyi.aggregate.InvestmentTotals},
 * {@link dev.pingyi.aggregate.GroupedTotals}), and the start rate, plan completion, progress
 * against the time schedule, share and year-on-year growth ({@link dev.pingyi.aggregate.Figures}).
 *
 * <p>The figures, as reports compute them: 开工率 (start rate) is started ÷ planned projects;
 * 计划完成率 (plan completion) is completed ÷ annual planned investment; progress against the time
 * schedule is plan completion minus the period's 时间进度, in percentage points (快于时间进度14.6个百分点);
 * 占比 (share) is part ÷ whole; 同比增长 (year-on-year growth) is (this period − the same period last
 * year) ÷ the same period last year. Published totals need not equal the sum of published parts,
 * each of which was rounded: these figures are recomputed from the finest inputs, never forced to
 * reconcile.
 *
 * <p>Totals follow Guava's {@code Stats}: an immutable result, a mutable accumulator that merges,
 * and a {@code Collector} whose combiner merges, so a parallel stream gives exactly the answer of
 * one pass. Sums are exact {@code long} counts of fen that throw on overflow. Figures keep their
 * exact ratio and round once, where they are printed.
 */
@PingyiStyle
@NullMarked
package dev.pingyi.aggregate;

import dev.pingyi.internal.PingyiStyle;
import org.jspecify.annotations.NullMarked;
