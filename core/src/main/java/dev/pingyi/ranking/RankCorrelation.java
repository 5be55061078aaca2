package dev.pingyi.ranking;

import static java.util.Objects.requireNonNull;

import dev.pingyi.model.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rank correlation between two rankings, over the units ranked in both: Spearman's rho and
 * Kendall's tau-b, both with ties.
 *
 * <p>Each ranking's ties are its tie groups, restricted to the common units. The sums are exact;
 * the one square root of each coefficient is taken to 34 significant digits ({@link
 * MathContext#DECIMAL128}). A coefficient is empty where it is undefined: fewer than two common
 * units, or a ranking in which they all tie.
 */
public final class RankCorrelation {

  private RankCorrelation() {}

  /** Spearman's rho: Pearson's correlation of the fractional (average) ranks of the common units. */
  public static Optional<BigDecimal> spearman(Ranking a, Ranking b) {
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

  /** Kendall's tau-b: (concordant − discordant) ÷ √((n₀ − n₁)(n₀ − n₂)). */
  public static Optional<BigDecimal> kendallTauB(Ranking a, Ranking b) {
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
        Ratio.of(concordant - discordant, 1), Ratio.of(BigInteger.valueOf(pairs - tiedX).multiply(BigInteger.valueOf(pairs - tiedY)), BigInteger.ONE)));
  }

  /** For each common unit, its tie group (first position) in a and in b, in a's order. */
  private static List<int[]> commonTieGroups(Ranking a, Ranking b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    List<int[]> groups = new ArrayList<>();
    for (RankedEntry e : a.entries()) {
      b.entry(e.unit().name()).ifPresent(f -> groups.add(new int[] {e.competitionRank(), f.competitionRank()}));
    }
    return groups;
  }

  /** The average rank of each common unit among the common units, by the tie groups of one side. */
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
}
