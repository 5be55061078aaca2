/**
 * The ranking engine of a comprehensive evaluation (综合评议): a {@link
 * dev.pingyi.ranking.ScoringScheme} turns score sheets into exact composite scores, {@link
 * dev.pingyi.ranking.Rankings} ranks the members of each group under a tie policy, and the
 * resulting {@link dev.pingyi.ranking.Ranking} answers what an evaluation office asks afterwards:
 * rank changes, rank correlation, tiers, and how sensitive the ranking is to the weights. {@link
 * dev.pingyi.ranking.PublishedRanking} reads and writes rankings as notices publish them
 * (第一名:…;并列第二名:…、…).
 *
 * <p>Everything here is pure: values in, values out, no I/O, no clock, no mutable static state,
 * and no result depends on the order of an input collection. Composites are exact scaled
 * integers, never floating point, so units whose composites are mathematically equal tie exactly.
 */
@PingyiStyle
@NullMarked
package dev.pingyi.ranking;

import dev.pingyi.internal.PingyiStyle;
import org.jspecify.annotations.NullMarked;
