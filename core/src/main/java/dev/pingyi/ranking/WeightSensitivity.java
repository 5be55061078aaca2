package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How sensitive a scored ranking is to its scheme's weights, computed exactly.
 *
 * <p>Only units ranked by their composite ({@link EntryStatus#SCORED}) take part: vetoed units
 * and units without a sheet keep their places whatever the weights. The analysis is of the exact
 * composites, also when the scheme ranks by published ones, and of the composite alone, not of
 * tie-breakers.
 *
 * <p>For a two-component scheme, the composite of a unit at weight w of the first component is
 * w × a + (1 − w) × b + adjustments, a line in w; two units swap where their lines cross. For
 * any number of components, {@link #percentAny} and {@link #percentTop} find the smallest relative
 * change of one weight that ties two units (Triantaphyllou and Sánchez 1997); see {@link
 * CriticalWeightChange} for the convention on the other weights.
 *
 * <p>Every analysis that answers with one value takes at most O(n log n) time and O(n) memory for
 * n units; only {@link #swapWeights} and {@link #criticalChanges}, which list every pair, grow
 * with n².
 */
public final class WeightSensitivity {

  private WeightSensitivity() {}

  /**
   * For every pair of scored units, in rank order, the weight of the first component at which
   * they swap.
   *
   * <p>There is one swap weight per pair, so the list, and the time to make it, grow with the
   * square of the number of units; {@link #stableInterval} and {@link #mostFragileAdjacentPair} do
   * not make it.
   *
   * @throws IllegalArgumentException if the ranking has no scheme or its scheme does not have
   *     exactly two components
   */
  public static ImmutableList<SwapWeight> swapWeights(Ranking ranking) {
    List<RankedEntry> scored = scored(ranking, true);
    CompositeRule rule = scheme(ranking).composite();
    ImmutableList.Builder<SwapWeight> swaps = ImmutableList.builder();
    for (int i = 0; i < scored.size(); i++) {
      for (int j = i + 1; j < scored.size(); j++) {
        swaps.add(swap(rule, scored.get(i), scored.get(j)));
      }
    }
    return swaps.build();
  }

  /**
   * The weights of the first component for which the ranking of the scored units stays as it is.
   *
   * <p>O(n log n): as the weight moves away from the current one, the first two lines to cross
   * are neighbours in the order of the composites at the current weight, so only neighbours in
   * that order are tried (units with equal composites at the current weight cross there, unless
   * their lines are the same).
   *
   * @throws IllegalArgumentException as {@link #swapWeights}
   */
  public static WeightInterval stableInterval(Ranking ranking) {
    CompositeRule rule = scheme(ranking).composite();
    List<RankedEntry> scored = new ArrayList<>(scored(ranking, true));
    // the analysis is of exact composites, which a ranking by published ones need not follow
    scored.sort(Comparator.comparingLong(RankedEntry::scaledComposite).reversed());
    Ratio current = firstWeight(rule);
    Ratio lower = Ratio.ZERO;
    Ratio upper = Ratio.ONE;
    for (int i = 0; i + 1 < scored.size(); i++) {
      Optional<Ratio> swap = swapAt(rule, sheet(scored.get(i)), sheet(scored.get(i + 1)));
      if (swap.isEmpty()) {
        continue;
      }
      Ratio w = swap.get();
      if (w.compareTo(current) <= 0 && w.compareTo(lower) > 0) {
        lower = w;
      }
      if (w.compareTo(current) >= 0 && w.compareTo(upper) < 0) {
        upper = w;
      }
    }
    return WeightInterval.of(lower, upper);
  }

  /**
   * The adjacent pair of scored units whose swap weight lies nearest the current weight; empty if
   * no adjacent pair swaps inside (0, 1).
   *
   * @throws IllegalArgumentException as {@link #swapWeights}
   */
  public static Optional<SwapWeight> mostFragileAdjacentPair(Ranking ranking) {
    List<RankedEntry> scored = scored(ranking, true);
    CompositeRule rule = scheme(ranking).composite();
    Ratio current = firstWeight(rule);
    SwapWeight best = null;
    Ratio bestDistance = null;
    for (int i = 0; i + 1 < scored.size(); i++) {
      SwapWeight swap = swap(rule, scored.get(i), scored.get(i + 1));
      if (swap.weight().isPresent()) {
        Ratio distance = abs(swap.weight().get().minus(current));
        if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
          best = swap;
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Every critical change: for each component and each pair of scored units whose composites
   * differ, the change of that component's weight that makes them equal, where the weight stays
   * non-negative. Listed by component in the scheme's order, then by pair in rank order (the upper
   * unit's place, then the lower unit's).
   *
   * <p>There is one change per component and pair, so the list, and the time to make it, grow
   * with the square of the number of units; {@link #percentAny} and {@link #percentTop} do not
   * make it.
   *
   * @throws IllegalArgumentException if the ranking has no scheme
   */
  public static ImmutableList<CriticalWeightChange> criticalChanges(Ranking ranking) {
    List<RankedEntry> scored = scored(ranking, false);
    CompositeRule rule = scheme(ranking).composite();
    ImmutableList.Builder<CriticalWeightChange> changes = ImmutableList.builder();
    for (int k = 0; k < rule.weights().size(); k++) {
      for (int i = 0; i < scored.size(); i++) {
        for (int j = i + 1; j < scored.size(); j++) {
          critical(rule, k, scored.get(i), scored.get(j)).ifPresent(changes::add);
        }
      }
    }
    return changes.build();
  }

  /**
   * Percent-any: the critical change smallest relative to its weight over all pairs — the
   * smallest change of one weight that changes any place. Of changes of equal relative size, the
   * first {@link #criticalChanges} lists: the component given first, then the pair placed
   * higher.
   *
   * <p>O(n log n) for each component, without listing the pairs: the steepest line through two
   * units' points (composite, score of the component) gives the least change, and the steepest
   * lines join units of neighbouring composites.
   *
   * @throws IllegalArgumentException if the ranking has no scheme
   */
  public static Optional<CriticalWeightChange> percentAny(Ranking ranking) {
    List<RankedEntry> scored = scored(ranking, false);
    CompositeRule rule = scheme(ranking).composite();
    CriticalWeightChange best = null;
    for (int k = 0; k < rule.weights().size(); k++) {
      CriticalWeightChange least = leastChange(rule, k, scored);
      if (least != null && (best == null || BY_RELATIVE_SIZE.compare(least, best) < 0)) {
        best = least;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Percent-top: the critical change smallest relative to its weight among pairs of the unit
   * placed first with another — the smallest change of one weight that changes the first place.
   * Ties as {@link #percentAny}. O(n) for each component.
   *
   * @throws IllegalArgumentException if the ranking has no scheme
   */
  public static Optional<CriticalWeightChange> percentTop(Ranking ranking) {
    List<RankedEntry> scored = scored(ranking, false);
    CompositeRule rule = scheme(ranking).composite();
    CriticalWeightChange best = null;
    for (int k = 0; k < rule.weights().size(); k++) {
      for (int j = 1; j < scored.size(); j++) {
        Optional<CriticalWeightChange> c = critical(rule, k, scored.get(0), scored.get(j));
        if (c.isPresent() && (best == null || BY_RELATIVE_SIZE.compare(c.get(), best) < 0)) {
          best = c.get();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The first smallest critical change of component k, as {@link #percentAny} picks it.
   *
   * <p>Put each unit at the point (composite c, score s of component k), both scaled to whole
   * numbers. The change of the weight that ties two units is δ = −Δc ÷ (Δs × 10⁶), which
   * depends only on the slope u = Δs ÷ Δc of the line through their points: |δ| is least where
   * |u| is greatest. A fall (u &lt; 0, δ &gt; 0) is always allowed; a rise (u &gt; 0, δ &lt; 0)
   * only while the weight stays non-negative, and the steepest rise is the least such change, so
   * it is enough to test that one. For points with distinct composites c₁ &lt; c₂ &lt; c₃, the slope from the first to the
   * third is an average of the other two slopes weighted by the composite gaps, so the steepest
   * rise and fall are found between neighbouring composites: the highest score at one composite
   * less the lowest score at the one below, and the reverse. Every pair whose slope is that
   * steepest u lies on one line s − u × c = constant, so the pairs that tie for the least change
   * are the pairs of one such line with different composites, and the first of them in rank
   * order is found in one pass over the units sorted by line.
   */
  private static @Nullable CriticalWeightChange leastChange(CompositeRule rule, int k, List<RankedEntry> scored) {
    int n = scored.size();
    ScoreComponent component = rule.arithmetic().components[k];
    long[] score = new long[n];
    long[] composite = new long[n];
    for (int i = 0; i < n; i++) {
      score[i] = CompositeRule.scaledScore(sheet(scored.get(i)), component);
      composite[i] = scored.get(i).scaledComposite();
    }
    Integer[] byComposite = new Integer[n];
    Arrays.setAll(byComposite, i -> i);
    Arrays.sort(byComposite, Comparator.comparingLong(i -> composite[i]));
    Ratio rise = null;
    Ratio fall = null;
    long belowMin = 0;
    long belowMax = 0;
    for (int start = 0, end; start < n; start = end) {
      long c = composite[byComposite[start]];
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (end = start; end < n && composite[byComposite[end]] == c; end++) {
        min = Math.min(min, score[byComposite[end]]);
        max = Math.max(max, score[byComposite[end]]);
      }
      if (start > 0) {
        // scores are at most Score.MAX_POINTS in size, so their differences fit a long
        BigInteger gap = BigInteger.valueOf(c).subtract(BigInteger.valueOf(composite[byComposite[start - 1]]));
        if (max > belowMin) {
          rise = steeper(rise, Ratio.of(BigInteger.valueOf(max - belowMin), gap));
        }
        if (min < belowMax) {
          fall = steeper(fall, Ratio.of(BigInteger.valueOf(belowMax - min), gap));
        }
      }
      belowMin = min;
      belowMax = max;
    }
    // δ = −1 ÷ (u × 10⁶) keeps the weight w = scaled ÷ 10⁶ non-negative exactly when u × scaled ≥ 1
    if (rise != null && rise.times(Ratio.of(rule.arithmetic().scaledWeights[k], 1)).compareTo(Ratio.ONE) < 0) {
      rise = null;
    }
    int[] pair;
    if (rise == null && fall == null) {
      return null;
    } else if (fall == null || rise != null && rise.compareTo(fall) > 0) {
      pair = firstPairOnALine(score, composite, requireNonNull(rise));
    } else if (rise == null || fall.compareTo(rise) > 0) {
      pair = firstPairOnALine(score, composite, fall.negated());
    } else {
      int[] up = firstPairOnALine(score, composite, rise);
      int[] down = firstPairOnALine(score, composite, fall.negated());
      pair = up[0] < down[0] || up[0] == down[0] && up[1] < down[1] ? up : down;
    }
    return critical(rule, k, scored.get(pair[0]), scored.get(pair[1])).orElseThrow();
  }

  private static Ratio steeper(@Nullable Ratio a, Ratio b) {
    return a == null || b.compareTo(a) > 0 ? b : a;
  }

  /**
   * The first pair (i &lt; j) in rank order of units with different composites whose points lie
   * on one line of slope u = p ÷ q, that is with equal q × s − p × c; some pair must.
   */
  private static int[] firstPairOnALine(long[] score, long[] composite, Ratio slope) {
    int n = score.length;
    BigInteger[] line = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      line[i] = slope.denominator().multiply(BigInteger.valueOf(score[i]))
          .subtract(slope.numerator().multiply(BigInteger.valueOf(composite[i])));
    }
    Integer[] byLine = new Integer[n];
    Arrays.setAll(byLine, i -> i);
    // Arrays.sort of objects is stable: the units of one line stay in index order
    Arrays.sort(byLine, Comparator.comparing(i -> line[i]));
    int first = -1;
    int second = -1;
    for (int end = n, start; end > 0; end = start) {
      start = end - 1;
      while (start > 0 && line[byLine[start - 1]].equals(line[byLine[start]])) {
        start--;
      }
      // from the unit placed lowest up: the next unit below on the line, and the next below
      // that one whose composite differs from it
      int next = -1;
      int nextOther = -1;
      for (int t = end - 1; t >= start; t--) {
        int i = byLine[t];
        int j = next >= 0 && composite[next] != composite[i] ? next : nextOther;
        if (j >= 0 && (first < 0 || i < first)) {
          first = i;
          second = j;
        }
        if (next >= 0 && composite[next] != composite[i]) {
          nextOther = next;
        }
        next = i;
      }
    }
    checkState(first >= 0, "WeightSensitivity: no pair of units on a line of slope %s", slope);
    return new int[] {first, second};
  }

  private static final Comparator<CriticalWeightChange> BY_RELATIVE_SIZE =
      Comparator.comparing((CriticalWeightChange c) -> abs(c.relativeChange()));

  private static SwapWeight swap(CompositeRule rule, RankedEntry above, RankedEntry below) {
    return SwapWeight.of(above.unit(), below.unit(), swapAt(rule, sheet(above), sheet(below)));
  }

  /** The weight in (0, 1) of the first component at which the two sheets' composites are equal. */
  private static Optional<Ratio> swapAt(CompositeRule rule, ScoreSheet s, ScoreSheet t) {
    ScoreComponent first = rule.arithmetic().components[0];
    ScoreComponent second = rule.arithmetic().components[1];
    // composite(w) × 10^4 = w·a + (1 − w)·b + adj, all scaled by 10^4 (Score.SCALE), exact
    BigInteger da = scaled(s, first).subtract(scaled(t, first));
    BigInteger db = scaled(s, second).subtract(scaled(t, second));
    BigInteger dAdj = BigInteger.valueOf(rule.scaledAdjustment(s)).subtract(BigInteger.valueOf(rule.scaledAdjustment(t)));
    BigInteger slope = da.subtract(db);
    if (slope.signum() == 0) {
      return Optional.empty();
    }
    Ratio w = Ratio.of(db.add(dAdj).negate(), slope);
    return w.signum() > 0 && w.compareTo(Ratio.ONE) < 0 ? Optional.of(w) : Optional.empty();
  }

  private static BigInteger scaled(ScoreSheet sheet, ScoreComponent component) {
    return BigInteger.valueOf(CompositeRule.scaledScore(sheet, component));
  }

  private static Optional<CriticalWeightChange> critical(
      CompositeRule rule, int k, RankedEntry above, RankedEntry below) {
    // exact: two allowed composites may differ by more than a long holds
    BigInteger gap = BigInteger.valueOf(above.scaledComposite()).subtract(BigInteger.valueOf(below.scaledComposite()));
    ScoreComponent component = rule.arithmetic().components[k];
    BigInteger dScore = scaled(sheet(below), component).subtract(scaled(sheet(above), component));
    if (gap.signum() == 0 || dScore.signum() == 0) {
      return Optional.empty();
    }
    // gap is at scale 10 (score 4 + weight 6) and dScore at scale 4, so δ = gap ÷ (dScore × 10^6)
    Ratio delta = Ratio.of(gap, dScore.multiply(BigInteger.valueOf(CompositeRule.WEIGHT_UNIT)));
    Ratio weight = Ratio.of(rule.arithmetic().scaledWeights[k], CompositeRule.WEIGHT_UNIT);
    if (weight.plus(delta).signum() < 0) {
      return Optional.empty();
    }
    return Optional.of(CriticalWeightChange.of(component, above.unit(), below.unit(), delta, delta.dividedBy(weight)));
  }

  private static ScoringScheme scheme(Ranking ranking) {
    requireNonNull(ranking, "ranking");
    return ranking.scheme().orElseThrow(() -> new IllegalArgumentException(
        "WeightSensitivity: ranking of group " + ranking.group().id()
            + " comes from a published order and has no scores"));
  }

  private static List<RankedEntry> scored(Ranking ranking, boolean twoComponents) {
    ScoringScheme scheme = scheme(ranking);
    checkArgument(
        !twoComponents || scheme.composite().weights().size() == 2,
        "WeightSensitivity: scheme %s has %s components; swap weights need exactly 2",
        scheme.name(), scheme.composite().weights().size());
    return ranking.entries().stream().filter(e -> e.status() == EntryStatus.SCORED).toList();
  }

  /** The weight of the first component: the w of a two-component scheme. */
  private static Ratio firstWeight(CompositeRule rule) {
    return Ratio.of(rule.arithmetic().scaledWeights[0], CompositeRule.WEIGHT_UNIT);
  }

  private static ScoreSheet sheet(RankedEntry entry) {
    return entry.sheet().orElseThrow();
  }

  private static Ratio abs(Ratio r) {
    return r.signum() < 0 ? r.negated() : r;
  }
}
