package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.math.LongMath;
import dev.pingyi.internal.TextRules;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How a composite score (综合得分) is computed from a score sheet, and how it is published:
 * weighted components whose exact decimal weights sum to exactly 1, bonus and deduction points
 * added after weighting (each sum optionally capped), and the decimals and rounding of the
 * published composite.
 *
 * <p>The composite of a sheet is Σ weight × score + min(Σ bonuses, bonus cap) − min(Σ
 * deductions, deduction cap), computed exactly at scale {@value #COMPOSITE_SCALE}: weights carry
 * at most {@value #WEIGHT_SCALE} decimals and scores {@value Score#SCALE}, so each product is
 * exact, and every sum is checked for overflow.
 *
 * <p>Weights are kept without trailing zeros, so {@code 0.7} and {@code 0.70} make equal rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompositeRule implements WithCompositeRule {

  /** The most decimals a weight may carry. */
  public static final int WEIGHT_SCALE = 6;

  /** The scale of the exact composite: the decimals of a score plus those of a weight. */
  public static final int COMPOSITE_SCALE = Score.SCALE + WEIGHT_SCALE;

  /** The default decimals of a published composite: two, as evaluation notices print. */
  public static final int DEFAULT_PUBLISHED_SCALE = 2;

  static final long WEIGHT_UNIT = 1_000_000L;

  CompositeRule() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of composite rules. Each attribute is set once; weights are put one component at a
   * time, in the order the composite lists them.
   */
  public static final class Builder extends ImmutableCompositeRule.Builder {
    Builder() {}

    /** Puts a component with its weight written as text, such as {@code "0.7"}. */
    public Builder weight(ScoreComponent component, String weight) {
      requireNonNull(component, "component");
      return putWeights(component, TextRules.parseDecimal(weight, "CompositeRule weight of " + component.name()));
    }

    /** Sets every attribute from the given rule. */
    public Builder from(CompositeRule value) {
      requireNonNull(value, "value");
      return this
          .putAllWeights(value.weights())
          .bonusCap(value.bonusCap())
          .deductionCap(value.deductionCap())
          .publishedScale(value.publishedScale())
          .publishedRounding(value.publishedRounding());
    }
  }

  /**
   * Required, at least one; distinct component names; each weight in (0, 1] with at most {@value
   * #WEIGHT_SCALE} decimals; the weights sum to exactly 1. The weight of each component, in
   * order.
   */
  public abstract ImmutableMap<ScoreComponent, BigDecimal> weights();

  /** Optional; not negative. The cap on the sum of a sheet's bonus points. */
  public abstract Optional<Score> bonusCap();

  /** Optional; not negative. The cap on the sum of a sheet's deduction points. */
  public abstract Optional<Score> deductionCap();

  /**
   * Optional, {@value #DEFAULT_PUBLISHED_SCALE} by default; in [0, {@value #COMPOSITE_SCALE}].
   * The decimals of a published composite.
   */
  @Value.Default
  public int publishedScale() {
    return DEFAULT_PUBLISHED_SCALE;
  }

  /**
   * Optional, {@link RoundingMode#HALF_UP} by default; not {@link RoundingMode#UNNECESSARY}. The
   * rounding of a published composite.
   */
  @Value.Default
  public RoundingMode publishedRounding() {
    return RoundingMode.HALF_UP;
  }

  /**
   * The exact composite of a sheet, as a decimal without trailing zeros.
   *
   * @throws IllegalArgumentException if the sheet's components are not exactly this rule's, or a
   *     sum exceeds the range of the exact composite
   */
  public BigDecimal composite(ScoreSheet sheet) {
    return decimal(scaledComposite(requireNonNull(sheet, "sheet")));
  }

  /** The given exact composite as published: rounded to {@link #publishedScale()}. */
  public BigDecimal published(BigDecimal composite) {
    requireNonNull(composite, "composite");
    return composite.setScale(publishedScale(), publishedRounding());
  }

  /**
   * How the composite of a sheet is made up.
   *
   * @throws IllegalArgumentException as {@link #composite}
   */
  public Breakdown breakdown(ScoreSheet sheet) {
    long composite = scaledComposite(requireNonNull(sheet, "sheet"));
    Breakdown.Builder breakdown = Breakdown.builder();
    for (Map.Entry<ScoreComponent, BigDecimal> e : weights().entrySet()) {
      Score score = sheet.scores().getOrDefault(e.getKey(), Score.ZERO);
      breakdown.putWeightedScores(e.getKey(), strip(e.getValue().multiply(score.toBigDecimal())));
    }
    return breakdown
        .bonus(strip(BigDecimal.valueOf(capped(sheet, sheet.bonuses(), bonusCap(), "bonuses"), Score.SCALE)))
        .deduction(
            strip(BigDecimal.valueOf(capped(sheet, sheet.deductions(), deductionCap(), "deductions"), Score.SCALE)))
        .composite(decimal(composite))
        .vetoReason(sheet.vetoReason())
        .build();
  }

  @Value.Check
  CompositeRule normalize() {
    checkArgument(!weights().isEmpty(), "CompositeRule weights is empty; a composite needs a component");
    Set<String> names = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    boolean stripped = true;
    for (Map.Entry<ScoreComponent, BigDecimal> e : weights().entrySet()) {
      String component = e.getKey().name();
      BigDecimal w = e.getValue();
      checkArgument(names.add(component), "CompositeRule component %s is weighted twice", component);
      checkArgument(
          w.signum() > 0 && w.compareTo(BigDecimal.ONE) <= 0,
          "CompositeRule weight of %s=%s is outside (0, 1]", component, TextRules.shown(w));
      checkArgument(
          w.stripTrailingZeros().scale() <= WEIGHT_SCALE,
          "CompositeRule weight of %s=%s has more than %s decimals", component, TextRules.shown(w), WEIGHT_SCALE);
      stripped &= strip(w).equals(w);
      sum = sum.add(w);
    }
    checkArgument(
        sum.compareTo(BigDecimal.ONE) == 0,
        "CompositeRule weights sum to %s, not exactly 1: %s", sum.toPlainString(), weights());
    bonusCap().ifPresent(c -> checkArgument(c.signum() >= 0, "CompositeRule bonusCap=%s must not be negative", c));
    deductionCap().ifPresent(
        c -> checkArgument(c.signum() >= 0, "CompositeRule deductionCap=%s must not be negative", c));
    checkArgument(
        publishedScale() >= 0 && publishedScale() <= COMPOSITE_SCALE,
        "CompositeRule publishedScale=%s is outside [0, %s]", publishedScale(), COMPOSITE_SCALE);
    checkArgument(
        publishedRounding() != RoundingMode.UNNECESSARY,
        "CompositeRule publishedRounding=UNNECESSARY cannot publish a composite with more decimals; "
            + "name a rounding such as HALF_UP");
    if (stripped) {
      return this;
    }
    ImmutableMap.Builder<ScoreComponent, BigDecimal> normal = ImmutableMap.builder();
    weights().forEach((c, w) -> normal.put(c, strip(w)));
    return ImmutableCompositeRule.copyOf(this).withWeights(normal.buildOrThrow());
  }

  /** The components and scaled weights as arrays, for the engine's loops. */
  @Value.Lazy
  Arithmetic arithmetic() {
    return new Arithmetic(this);
  }

  /** The exact composite at scale {@link #COMPOSITE_SCALE}; checks the sheet's components. */
  long scaledComposite(ScoreSheet sheet) {
    Arithmetic a = arithmetic();
    int[] weightOf = a.match(sheet, this);
    long sum = 0;
    for (int j = 0; j < weightOf.length; j++) {
      sum = add(sheet, sum, multiply(sheet, a.scaledWeights[weightOf[j]], sheet.scaledScore(j)));
    }
    return add(sheet, sum, multiply(sheet, scaledAdjustment(sheet), WEIGHT_UNIT));
  }

  /** Bonus minus deduction points of a sheet, after their caps, scaled as {@link Score#scaled()}. */
  long scaledAdjustment(ScoreSheet sheet) {
    return capped(sheet, sheet.bonuses(), bonusCap(), "bonuses")
        - capped(sheet, sheet.deductions(), deductionCap(), "deductions");
  }

  /** The raw score of a component on a sheet, scaled as {@link Score#scaled()}; 0 if absent. */
  static long scaledScore(ScoreSheet sheet, ScoreComponent component) {
    List<ScoreComponent> components = sheet.components();
    for (int j = 0; j < components.size(); j++) {
      if (components.get(j) == component) {
        return sheet.scaledScore(j);
      }
    }
    for (int j = 0; j < components.size(); j++) {
      if (components.get(j).equals(component)) {
        return sheet.scaledScore(j);
      }
    }
    return 0;
  }

  /** The published composite of an exact one at scale {@link #COMPOSITE_SCALE}. */
  BigDecimal published(long scaledComposite) {
    return BigDecimal.valueOf(scaledComposite, COMPOSITE_SCALE).setScale(publishedScale(), publishedRounding());
  }

  /** The published composite at scale {@link #COMPOSITE_SCALE}, for ranking by what is published. */
  long publishedKey(long scaledComposite) {
    long unit = LongMath.pow(10, COMPOSITE_SCALE - publishedScale());
    return LongMath.divide(scaledComposite, unit, publishedRounding()) * unit;
  }

  /** A composite at scale {@link #COMPOSITE_SCALE} as a decimal without trailing zeros. */
  static BigDecimal decimal(long scaledComposite) {
    return strip(BigDecimal.valueOf(scaledComposite, COMPOSITE_SCALE));
  }

  static BigDecimal strip(BigDecimal value) {
    BigDecimal d = value.stripTrailingZeros();
    // a negative scale (trailing zeros of a whole number) becomes 0; setting the scale a decimal has returns it
    return d.setScale(Math.max(d.scale(), 0));
  }

  private static long capped(ScoreSheet sheet, List<ScoreAdjustment> items, Optional<Score> cap, String field) {
    long sum = 0;
    for (int i = 0; i < items.size(); i++) {
      // each item is at most Score's maximum, so n items cannot overflow before n > 10^9
      sum = add(sheet, sum, items.get(i).points().scaled());
    }
    return cap.isPresent() ? Math.min(sum, cap.get().scaled()) : sum;
  }

  private static long add(ScoreSheet sheet, long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw tooLarge(sheet);
    }
    return r;
  }

  private static long multiply(ScoreSheet sheet, long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
      throw tooLarge(sheet);
    }
    return lo;
  }

  private static IllegalArgumentException tooLarge(ScoreSheet sheet) {
    return new IllegalArgumentException(String.format(
        "ScoreSheet %s %s: composite exceeds ±%s, the range of an exact composite at scale %s "
            + "(bonuses=%s, deductions=%s)",
        sheet.unit().name(), sheet.period(), BigDecimal.valueOf(Long.MAX_VALUE, COMPOSITE_SCALE).toBigInteger(),
        COMPOSITE_SCALE, sheet.bonuses().size(), sheet.deductions().size()));
  }

  /** The error for a sheet whose components are not exactly the rule's, naming the first difference. */
  IllegalArgumentException mismatch(ScoreSheet sheet) {
    for (ScoreComponent c : sheet.scores().keySet()) {
      ScoreComponent same = null;
      for (ScoreComponent own : weights().keySet()) {
        same = own.name().equals(c.name()) ? own : same;
      }
      if (same == null) {
        return new IllegalArgumentException(String.format(
            "ScoreSheet %s %s: component %s is not one of the scheme's components %s",
            sheet.unit().name(), sheet.period(), c.name(), weights().keySet()));
      } else if (!same.equals(c)) {
        return new IllegalArgumentException(String.format(
            "ScoreSheet %s %s: component %s differs from the scheme's %s",
            sheet.unit().name(), sheet.period(), c, same));
      }
    }
    for (ScoreComponent c : weights().keySet()) {
      if (!sheet.scores().containsKey(c)) {
        return new IllegalArgumentException(String.format(
            "ScoreSheet %s %s: component %s of the scheme is missing", sheet.unit().name(), sheet.period(), c.name()));
      }
    }
    throw new IllegalStateException("ScoreSheet " + sheet.unit().name() + ": components match the scheme");
  }

  /** The rule's components and weights in arrays: the engine reads them in its inner loops. */
  static final class Arithmetic {
    final ScoreComponent[] components;
    final long[] scaledWeights;
    /**
     * The last component list matched and, for each of its components, the index of the rule's:
     * sheets built alike share one list, so matching is one reference comparison a sheet. The
     * pair is immutable and replaced whole, so threads sharing the rule see one or the other.
     */
    private volatile Match last = new Match(ImmutableList.of(), new int[0]);

    Arithmetic(CompositeRule rule) {
      this.components = rule.weights().keySet().toArray(new ScoreComponent[0]);
      this.scaledWeights = rule.weights().values().stream()
          .mapToLong(w -> w.movePointRight(WEIGHT_SCALE).longValueExact())
          .toArray();
    }

    /**
     * For each of the sheet's components, the index of the rule's equal one.
     *
     * @throws IllegalArgumentException naming the sheet if its components are not the rule's
     */
    int[] match(ScoreSheet sheet, CompositeRule rule) {
      ImmutableList<ScoreComponent> list = sheet.components();
      Match m = last;
      if (m.list == list) {
        return m.weightOf;
      }
      if (list.size() != components.length) {
        throw rule.mismatch(sheet);
      }
      int[] weightOf = new int[list.size()];
      for (int j = 0; j < weightOf.length; j++) {
        int k = components[j] == list.get(j) ? j : indexOf(list.get(j));
        if (k < 0) {
          throw rule.mismatch(sheet);
        }
        weightOf[j] = k;
      }
      last = new Match(list, weightOf);
      return weightOf;
    }

    /** The index of the component equal to the given one, or −1. */
    int indexOf(ScoreComponent component) {
      for (int k = 0; k < components.length; k++) {
        if (components[k].equals(component)) {
          return k;
        }
      }
      return -1;
    }
  }

  /** A component list and the rule's index for each of its components. */
  private static final class Match {
    final ImmutableList<ScoreComponent> list;
    final int[] weightOf;

    Match(ImmutableList<ScoreComponent> list, int[] weightOf) {
      this.list = list;
      this.weightOf = weightOf;
    }
  }
}
