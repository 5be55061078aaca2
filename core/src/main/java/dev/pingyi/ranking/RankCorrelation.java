package dev.pingyi.ranking;

import static java.util.Objects.requireNonNull;

import dev.pingyi.model.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * Rank correlation between two rankings, over the units ranked in both: Spearman's rho and
 * Kendall's tau-b, both with ties.
 *
 * <p>Each ranking's ties are its tie groups, restricted to the common units. The sums are exact;
 * the one square root of each coefficient is taken to 34 significant digits ({@link
 * MathContext#DECIMAL128}). A coefficient is empty where it is undefined: fewer than two common
 * units, or a ranking in which they all tie.
 *
 * <p>Both take O(n log n) time and O(n) memory for n ranked units: ranks are found by sorting,
 * and Kendall's pairs are counted by Knight's merge sort, never one pair at a time.
 */
public final class RankCorrelation {

  private static final int CARRY_BITS = 62;
  private static final long CARRY_LIMIT = 1L << CARRY_BITS;

  private RankCorrelation() {}

  /** Spearman's rho: Pearson's correlation of the fractional (average) ranks of the common units. */
  public static Optional<BigDecimal> spearman(Ranking a, Ranking b) {
    long[] pairs = commonTieGroups(a, b);
    int n = pairs.length;
    if (n < 2) {
      return Optional.empty();
    }
    int[] x = new int[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = (int) (pairs[i] >>> 32);
      y[i] = (int) pairs[i];
    }
    long[] rx = doubledAverageRanks(x);
    long[] ry = doubledAverageRanks(y);
    // doubled ranks are whole numbers, and so are their deviations from the doubled mean n + 1
    ExactSum sxy = new ExactSum();
    ExactSum sxx = new ExactSum();
    ExactSum syy = new ExactSum();
    for (int i = 0; i < n; i++) {
      long dx = rx[i] - (n + 1L);
      long dy = ry[i] - (n + 1L);
      sxy.add(dx * dy);
      sxx.add(dx * dx);
      syy.add(dy * dy);
    }
    if (sxx.signum() == 0 || syy.signum() == 0) {
      return Optional.empty();
    }
    // undo the doubling, so that the quotient is rounded from the same fractions as ever
    BigInteger four = BigInteger.valueOf(4);
    return Optional.of(divideBySquareRoot(
        Ratio.of(sxy.value(), four), Ratio.of(sxx.value().multiply(syy.value()), four.multiply(four))));
  }

  /** Kendall's tau-b: (concordant − discordant) ÷ √((n₀ − n₁)(n₀ − n₂)). */
  public static Optional<BigDecimal> kendallTauB(Ranking a, Ranking b) {
    long[] pairs = commonTieGroups(a, b);
    int n = pairs.length;
    if (n < 2) {
      return Optional.empty();
    }
    // Knight (1966): by (x, y), the pairs tied in x and tied in both are runs; a merge sort by y
    // then moves each discordant pair exactly once, and leaves the ties in y as runs
    Arrays.sort(pairs);
    long tiedX = 0;
    long tiedBoth = 0;
    int[] y = new int[n];
    for (int i = 0, runX = 0, runBoth = 0; i < n; i++) {
      y[i] = (int) pairs[i];
      boolean sameX = i > 0 && pairs[i] >>> 32 == pairs[i - 1] >>> 32;
      runX = sameX ? runX + 1 : 0;
      runBoth = sameX && pairs[i] == pairs[i - 1] ? runBoth + 1 : 0;
      tiedX += runX;
      tiedBoth += runBoth;
    }
    long discordant = inversions(y, new int[n], 0, n);
    long tiedY = 0;
    for (int i = 1, run = 0; i < n; i++) {
      run = y[i] == y[i - 1] ? run + 1 : 0;
      tiedY += run;
    }
    long all = (long) n * (n - 1) / 2;
    if (all == tiedX || all == tiedY) {
      return Optional.empty();
    }
    long concordant = all - tiedX - tiedY + tiedBoth - discordant;
    return Optional.of(divideBySquareRoot(
        Ratio.of(concordant - discordant, 1),
        Ratio.of(BigInteger.valueOf(all - tiedX).multiply(BigInteger.valueOf(all - tiedY)), BigInteger.ONE)));
  }

  /**
   * For each common unit, in a's order, its tie group (first position) in a in the high 32 bits
   * and in b in the low 32 bits.
   */
  private static long[] commonTieGroups(Ranking a, Ranking b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    long[] pairs = new long[a.size()];
    int n = 0;
    for (int p = 0; p < a.size(); p++) {
      Optional<RankedEntry> f = b.entry(a.unit(p).name());
      if (f.isPresent()) {
        pairs[n++] = (long) a.tieStart(p) << 32 | b.tieStart(f.get().index());
      }
    }
    return Arrays.copyOf(pairs, n);
  }

  /**
   * Twice the average rank of each key among all the keys, a smaller key ranked better: a key
   * with {@code lo} keys before it and {@code hi} keys up to and including its ties has average
   * rank (lo + 1 + hi) ÷ 2.
   */
  private static long[] doubledAverageRanks(int[] keys) {
    int[] sorted = keys.clone();
    Arrays.sort(sorted);
    long[] ranks = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      ranks[i] = (long) firstAbove(sorted, keys[i] - 1) + firstAbove(sorted, keys[i]) + 1;
    }
    return ranks;
  }

  /** The number of sorted keys not above the given one (keys are not negative, so −1 counts none). */
  private static int firstAbove(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Sorts y[from, to) stably and returns the number of pairs it found out of order. */
  private static long inversions(int[] y, int[] buffer, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long count = inversions(y, buffer, from, mid) + inversions(y, buffer, mid, to);
    System.arraycopy(y, from, buffer, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || i < mid && buffer[i] <= buffer[j]) {
        y[k] = buffer[i++];
      } else {
        // buffer[j] goes before every element left in the first half
        count += mid - i;
        y[k] = buffer[j++];
      }
    }
    return count;
  }

  /**
   * A sum of longs, each less than 2⁶² in size, that cannot overflow: high × 2⁶² + low, with low
   * in [0, 2⁶²). Adding a term to low stays within (−2⁶², 2⁶³), and its floor quotient by 2⁶²,
   * −1, 0 or 1, is carried; high counts at most one a term.
   */
  private static final class ExactSum {
    private long low;
    private long high;

    void add(long term) {
      low += term;
      high += low >> CARRY_BITS;
      low &= CARRY_LIMIT - 1;
    }

    BigInteger value() {
      return BigInteger.valueOf(high).shiftLeft(CARRY_BITS).add(BigInteger.valueOf(low));
    }

    int signum() {
      return value().signum();
    }
  }

  private static BigDecimal divideBySquareRoot(Ratio numerator, Ratio radicand) {
    MathContext mc = new MathContext(MathContext.DECIMAL128.getPrecision() + 10);
    BigDecimal root = radicand.rounded(mc.getPrecision() + 10, RoundingMode.HALF_EVEN).sqrt(mc);
    return numerator.rounded(mc.getPrecision(), RoundingMode.HALF_EVEN)
        .divide(root, MathContext.DECIMAL128);
  }
}
