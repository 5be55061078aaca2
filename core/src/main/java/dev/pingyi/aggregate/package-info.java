/**
 * Aggregation of projects and the figures reports print: investment totals per county, per list
 * level, category, status, cluster or any key ({@link dev.pingyi.aggregate.InvestmentTotals},
 * {@link dev.pingyi.aggregate.GroupedTotals}), and the start rate, plan completion, progress
 * against the time schedule, share and year-on-year growth ({@link dev.pingyi.aggregate.Figures}).
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
