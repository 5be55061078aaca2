package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
 */
public final class WeightSensitivity {

  private WeightSensitivity() {}

  /**
   * For every pair of scored units, in rank order, the weight of the first component at which
   * they swap.
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
   * non-negative.
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
   * smallest change of one weight that changes any place. Ties of size go to the pair placed
   * higher, then the component given first.
   */
  public static Optional<CriticalWeightChange> percentAny(Ranking ranking) {
    return criticalChanges(ranking).stream().min(BY_RELATIVE_SIZE);
  }

  /**
   * Percent-top: the critical change smallest relative to its weight among pairs of the unit
   * placed first with another — the smallest change of one weight that changes the first place.
   */
  public static Optional<CriticalWeightChange> percentTop(Ranking ranking) {
    List<RankedEntry> scored = scored(ranking, false);
    if (scored.isEmpty()) {
      return Optional.empty();
    }
    String top = scored.get(0).unit().name();
    return criticalChanges(ranking).stream()
        .filter(c -> c.above().name().equals(top))
        .min(BY_RELATIVE_SIZE);
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
