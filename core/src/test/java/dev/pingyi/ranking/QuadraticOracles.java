package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quadratic implementations the n log n ones replaced, kept as oracles: rank correlation as
 * of 65eb1ec, the stable interval over all pairs as of 40b259e, percent-any and percent-top as
 * the least of every critical change, and published orders and places with a scan of the members
 * per name, as d4c50ad looked names up.
 *
 * <p>Each follows the old code, except that the stable interval streams its pairs instead of
 * collecting {@link WeightSensitivity#swapWeights} first, so that 2 000 units fit in a test's
 * heap, and percent-any and percent-top take the list of {@link
 * WeightSensitivity#criticalChanges}, so that a test makes it once for both.
 */
final class QuadraticOracles {

  private QuadraticOracles() {}

  static Optional<BigDecimal> spearman(Ranking a, Ranking b) {
    List<int[]> groups = commonTieGroups(a, b);
    int n = groups.size();
    if (n < 2) {
      return Optional.empty();
    }
    Ratio[] x = averageRanks(groups, 0);
    Ratio[] y = averageRanks(groups, 1);
    Ratio mean = Ratio.of(n + 1, 2);
    Ratio sxy = Ratio.ZERO;
    Ratio sxx = Ratio.ZERO;
    Ratio syy = Ratio.ZERO;
    for (int i = 0; i < n; i++) {
      Ratio dx = x[i].minus(mean);
      Ratio dy = y[i].minus(mean);
      sxy = sxy.plus(dx.times(dy));
      sxx = sxx.plus(dx.times(dx));
      syy = syy.plus(dy.times(dy));
    }
    if (sxx.signum() == 0 || syy.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(divideBySquareRoot(sxy, sxx.times(syy)));
  }

  static Optional<BigDecimal> kendallTauB(Ranking a, Ranking b) {
    List<int[]> groups = commonTieGroups(a, b);
    int n = groups.size();
    if (n < 2) {
      return Optional.empty();
    }
    long concordant = 0;
    long discordant = 0;
    long tiedX = 0;
    long tiedY = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int dx = Integer.compare(groups.get(i)[0], groups.get(j)[0]);
        int dy = Integer.compare(groups.get(i)[1], groups.get(j)[1]);
        tiedX += dx == 0 ? 1 : 0;
        tiedY += dy == 0 ? 1 : 0;
        long s = (long) dx * dy;
        concordant += s > 0 ? 1 : 0;
        discordant += s < 0 ? 1 : 0;
      }
    }
    long pairs = (long) n * (n - 1) / 2;
    if (pairs == tiedX || pairs == tiedY) {
      return Optional.empty();
    }
    return Optional.of(divideBySquareRoot(
        Ratio.of(concordant - discordant, 1),
        Ratio.of(BigInteger.valueOf(pairs - tiedX).multiply(BigInteger.valueOf(pairs - tiedY)), BigInteger.ONE)));
  }

  private static List<int[]> commonTieGroups(Ranking a, Ranking b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    List<int[]> groups = new ArrayList<>();
    for (RankedEntry e : a.entries()) {
      b.entry(e.unit().name()).ifPresent(f -> groups.add(new int[] {e.competitionRank(), f.competitionRank()}));
    }
    return groups;
  }

  private static Ratio[] averageRanks(List<int[]> groups, int side) {
    int n = groups.size();
    Map<Integer, int[]> countAndBetter = new HashMap<>();
    for (int[] g : groups) {
      countAndBetter.computeIfAbsent(g[side], k -> new int[2])[0]++;
    }
    for (Map.Entry<Integer, int[]> e : countAndBetter.entrySet()) {
      int better = 0;
      for (Map.Entry<Integer, int[]> f : countAndBetter.entrySet()) {
        better += f.getKey() < e.getKey() ? f.getValue()[0] : 0;
      }
      e.getValue()[1] = better;
    }
    Ratio[] ranks = new Ratio[n];
    for (int i = 0; i < n; i++) {
      int[] cb = requireNonNull(countAndBetter.get(groups.get(i)[side]));
      ranks[i] = Ratio.of(2L * cb[1] + cb[0] + 1, 2);
    }
    return ranks;
  }

  private static BigDecimal divideBySquareRoot(Ratio numerator, Ratio radicand) {
    MathContext mc = new MathContext(MathContext.DECIMAL128.getPrecision() + 10);
    BigDecimal root = radicand.rounded(mc.getPrecision() + 10, java.math.RoundingMode.HALF_EVEN).sqrt(mc);
    return numerator.rounded(mc.getPrecision(), java.math.RoundingMode.HALF_EVEN)
        .divide(root, MathContext.DECIMAL128);
  }

  /** Every pair's swap weight: the highest at or below the current weight, the lowest at or above. */
  static WeightInterval stableInterval(Ranking ranking) {
    CompositeRule rule = ranking.scheme().orElseThrow().composite();
    List<RankedEntry> scored = ranking.entries().stream().filter(e -> e.status() == EntryStatus.SCORED).toList();
    Ratio current = Ratio.of(rule.arithmetic().scaledWeights[0], CompositeRule.WEIGHT_UNIT);
    Ratio lower = Ratio.ZERO;
    Ratio upper = Ratio.ONE;
    for (int i = 0; i < scored.size(); i++) {
      for (int j = i + 1; j < scored.size(); j++) {
        Optional<Ratio> swap = swapAt(rule, scored.get(i).sheet().orElseThrow(), scored.get(j).sheet().orElseThrow());
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
    }
    return WeightInterval.of(lower, upper);
  }

  private static Optional<Ratio> swapAt(CompositeRule rule, ScoreSheet s, ScoreSheet t) {
    ScoreComponent first = rule.arithmetic().components[0];
    ScoreComponent second = rule.arithmetic().components[1];
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

  private static final Comparator<CriticalWeightChange> BY_RELATIVE_SIZE =
      Comparator.comparing((CriticalWeightChange c) -> abs(c.relativeChange()));

  /**
   * The first critical change of least relative size among all of them, listed as {@link
   * WeightSensitivity#criticalChanges} lists them.
   */
  static Optional<CriticalWeightChange> percentAny(List<CriticalWeightChange> criticalChanges) {
    return criticalChanges.stream().min(BY_RELATIVE_SIZE);
  }

  /** As {@link #percentAny}, among the changes whose upper unit is the ranking's first scored unit. */
  static Optional<CriticalWeightChange> percentTop(Ranking ranking, List<CriticalWeightChange> criticalChanges) {
    List<RankedEntry> scored = ranking.entries().stream().filter(e -> e.status() == EntryStatus.SCORED).toList();
    if (scored.isEmpty()) {
      return Optional.empty();
    }
    String top = scored.get(0).unit().name();
    return criticalChanges.stream()
        .filter(c -> c.above().name().equals(top))
        .min(BY_RELATIVE_SIZE);
  }

  /**
   * A published order as of d4c50ad: each name is looked up by a scan of the members, made into
   * the column form of today's {@link Ranking}.
   */
  static Ranking fromPublishedOrder(EvaluationGroup group, List<String> unitNames) {
    checkArgument(!group.members().isEmpty(), "no members");
    checkArgument(
        unitNames.size() == group.members().size() && unitNames.stream().distinct().count() == unitNames.size(),
        "published order %s does not name each member exactly once", unitNames);
    List<List<String>> places = new ArrayList<>();
    for (String name : unitNames) {
      places.add(List.of(name));
    }
    return fromPublishedPlaces(group, places);
  }

  /** Published places, each name looked up by a scan of the members and of the names before it. */
  static Ranking fromPublishedPlaces(EvaluationGroup group, List<? extends List<String>> places) {
    List<EvaluatedUnit> members = group.members();
    int n = members.size();
    checkArgument(n > 0, "no members");
    List<String> named = new ArrayList<>();
    int[] member = new int[n];
    int[] tieGroup = new int[n];
    int[] tieGroupStart = new int[places.size() + 1];
    for (int g = 0; g < places.size(); g++) {
      checkArgument(!places.get(g).isEmpty(), "place %s is empty", g + 1);
      tieGroupStart[g] = named.size();
      for (String name : places.get(g)) {
        EvaluatedUnit unit = group.member(name).orElseThrow(() -> new IllegalArgumentException(name));
        checkArgument(!named.contains(name) && named.size() < n, "%s named twice", name);
        member[named.size()] = members.indexOf(unit);
        tieGroup[named.size()] = g;
        named.add(name);
      }
    }
    checkArgument(named.size() == n, "not every member is named");
    tieGroupStart[places.size()] = n;
    return new Ranking(group, null, member, dev.pingyi.internal.RefColumn.nulls(n), new long[n], tieGroup, tieGroupStart,
        ImmutableList.of());
  }

  private static Ratio abs(Ratio r) {
    return r.signum() < 0 ? r.negated() : r;
  }
}
