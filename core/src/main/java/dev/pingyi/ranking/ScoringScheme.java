package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.math.LongMath;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How score sheets become a ranking: weighted components whose exact decimal weights sum to
 * exactly 1, bonus and deduction points added after weighting (optionally capped), what a veto
 * and a missing sheet do, the tie policy and tie-breakers, and how composites are published.
 *
 * <p>The composite of a sheet is Σ weight × score + min(Σ bonuses, bonus cap) − min(Σ
 * deductions, deduction cap), computed exactly as a {@code long} at scale {@value
 * #COMPOSITE_SCALE}: weights carry at most {@value #WEIGHT_SCALE} decimals and scores {@value
 * Score#SCALE}, so the product of the two is exact.
 *
 * <p>Defaults: tie policy {@link TiePolicy#COMPETITION} (Chinese evaluations publish tied units
 * at the same place and skip the next), no tie-breakers, veto {@link VetoPolicy#RANK_LAST},
 * missing sheets {@link MissingSheetPolicy#REJECT}, no caps, published scores with 2 decimals
 * rounded {@link RoundingMode#HALF_UP}, ranks from the {@link RankBasis#EXACT} composite.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoringScheme {

  /** The most decimals a weight may carry. */
  public static final int WEIGHT_SCALE = 6;

  /** The scale of the exact composite: the decimals of a score plus those of a weight. */
  public static final int COMPOSITE_SCALE = Score.SCALE + WEIGHT_SCALE;

  /**
   * The 2022 H1 Liaocheng comprehensive evaluation (政府系统综合评议): 70 % base evaluation score
   * (基础评议分) and 30 % on-site evaluation score (现场评议分), with the defaults above.
   */
  public static final ScoringScheme LIAOCHENG_2022 = builder("聊城市2022年上半年政府系统综合评议")
      .component(ScoreComponent.BASE_EVALUATION, "0.7")
      .component(ScoreComponent.ON_SITE_EVALUATION, "0.3")
      .build();

  private static final long WEIGHT_UNIT = 1_000_000L;

  private final String name;
  private final ImmutableMap<ScoreComponent, BigDecimal> weights;
  private final ScoreComponent[] components;
  private final long[] scaledWeights;
  private final Optional<Score> bonusCap;
  private final Optional<Score> deductionCap;
  private final TiePolicy tiePolicy;
  private final ImmutableList<ScoreComponent> tieBreakers;
  private final VetoPolicy vetoPolicy;
  private final MissingSheetPolicy missingSheetPolicy;
  private final int publishedScale;
  private final RoundingMode publishedRounding;
  private final RankBasis rankBasis;

  private ScoringScheme(Builder b) {
    this.name = b.name;
    this.weights = ImmutableMap.copyOf(b.weights);
    this.components = weights.keySet().toArray(new ScoreComponent[0]);
    this.scaledWeights = weights.values().stream()
        .mapToLong(w -> w.movePointRight(WEIGHT_SCALE).longValueExact())
        .toArray();
    this.bonusCap = b.bonusCap;
    this.deductionCap = b.deductionCap;
    this.tiePolicy = b.tiePolicy;
    this.tieBreakers = ImmutableList.copyOf(b.tieBreakers);
    this.vetoPolicy = b.vetoPolicy;
    this.missingSheetPolicy = b.missingSheetPolicy;
    this.publishedScale = b.publishedScale;
    this.publishedRounding = b.publishedRounding;
    this.rankBasis = b.rankBasis;
  }

  /** A builder of a scheme of the given name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder that starts from this scheme's settings. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.weights.putAll(weights);
    b.bonusCap = bonusCap;
    b.deductionCap = deductionCap;
    b.tiePolicy = tiePolicy;
    b.tieBreakers.addAll(tieBreakers);
    b.vetoPolicy = vetoPolicy;
    b.missingSheetPolicy = missingSheetPolicy;
    b.publishedScale = publishedScale;
    b.publishedRounding = publishedRounding;
    b.rankBasis = rankBasis;
    return b;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The weight of each component, in the order given; the weights sum to exactly 1. */
  public ImmutableMap<ScoreComponent, BigDecimal> weights() {
    return weights;
  }

  /** The cap on the sum of bonus points, if any. */
  public Optional<Score> bonusCap() {
    return bonusCap;
  }

  /** The cap on the sum of deduction points, if any. */
  public Optional<Score> deductionCap() {
    return deductionCap;
  }

  /** How tied units are ranked. */
  public TiePolicy tiePolicy() {
    return tiePolicy;
  }

  /** The components whose higher raw score breaks a tie of composites, in order. */
  public ImmutableList<ScoreComponent> tieBreakers() {
    return tieBreakers;
  }

  /** What a veto does. */
  public VetoPolicy vetoPolicy() {
    return vetoPolicy;
  }

  /** What happens to a member without a sheet. */
  public MissingSheetPolicy missingSheetPolicy() {
    return missingSheetPolicy;
  }

  /** The decimals of a published composite. */
  public int publishedScale() {
    return publishedScale;
  }

  /** The rounding of a published composite. */
  public RoundingMode publishedRounding() {
    return publishedRounding;
  }

  /** Whether ranks come from the exact or the published composite. */
  public RankBasis rankBasis() {
    return rankBasis;
  }

  /**
   * The exact composite of a sheet, as a decimal without trailing zeros.
   *
   * @throws IllegalArgumentException if the sheet lacks a component of the scheme or holds one
   *     the scheme does not know
   */
  public BigDecimal composite(ScoreSheet sheet) {
    return decimal(scaledComposite(requireNonNull(sheet, "sheet")));
  }

  /**
   * How the composite of a sheet is made up.
   *
   * @throws IllegalArgumentException if the sheet's components are not the scheme's
   */
  public Breakdown breakdown(ScoreSheet sheet) {
    long composite = scaledComposite(requireNonNull(sheet, "sheet"));
    ImmutableMap.Builder<ScoreComponent, BigDecimal> weighted = ImmutableMap.builder();
    for (Map.Entry<ScoreComponent, BigDecimal> e : weights.entrySet()) {
      Score score = sheet.scores().getOrDefault(e.getKey(), Score.ZERO);
      weighted.put(e.getKey(), strip(e.getValue().multiply(score.toBigDecimal())));
    }
    return new Breakdown(
        weighted.buildOrThrow(),
        strip(BigDecimal.valueOf(capped(sheet.bonuses(), bonusCap), Score.SCALE)),
        strip(BigDecimal.valueOf(capped(sheet.deductions(), deductionCap), Score.SCALE)),
        decimal(composite),
        sheet.vetoReason());
  }

  /** The exact composite at scale {@link #COMPOSITE_SCALE}; checks the sheet's components. */
  long scaledComposite(ScoreSheet sheet) {
    Map<ScoreComponent, Score> scores = sheet.scores();
    if (scores.size() != components.length) {
      throw mismatch(sheet);
    }
    long sum = 0;
    int j = 0;
    for (Map.Entry<ScoreComponent, Score> e : scores.entrySet()) {
      // sheets usually hold the scheme's own component instances, in the scheme's order
      int k = components[j] == e.getKey() ? j : indexOf(e.getKey());
      if (k < 0) {
        throw mismatch(sheet);
      }
      sum = Math.addExact(sum, Math.multiplyExact(scaledWeights[k], e.getValue().scaled()));
      j++;
    }
    return Math.addExact(sum, Math.multiplyExact(scaledAdjustment(sheet), WEIGHT_UNIT));
  }

  /** Bonus minus deduction points of a sheet, after their caps, scaled as {@link Score#scaled()}. */
  long scaledAdjustment(ScoreSheet sheet) {
    return Math.subtractExact(capped(sheet.bonuses(), bonusCap), capped(sheet.deductions(), deductionCap));
  }

  /**
   * The index of the scheme's component equal to the given one, or −1. A sheet with as many
   * components as the scheme and none unknown holds exactly the scheme's, since its component
   * names are distinct.
   */
  private int indexOf(ScoreComponent component) {
    for (int k = 0; k < components.length; k++) {
      if (components[k].equals(component)) {
        return k;
      }
    }
    return -1;
  }

  /** The error for a sheet whose components are not exactly the scheme's, naming the first difference. */
  private IllegalArgumentException mismatch(ScoreSheet sheet) {
    for (ScoreComponent c : sheet.scores().keySet()) {
      ScoreComponent same = null;
      for (ScoreComponent own : components) {
        same = own.name().equals(c.name()) ? own : same;
      }
      if (same == null) {
        return new IllegalArgumentException(String.format(
            "ScoreSheet %s %s: component %s is unknown to scheme %s, whose components are %s",
            sheet.unit().name(), sheet.period(), c.name(), name, weights.keySet()));
      } else if (!same.equals(c)) {
        return new IllegalArgumentException(String.format(
            "ScoreSheet %s %s: component %s differs from scheme %s's %s",
            sheet.unit().name(), sheet.period(), c, name, same));
      }
    }
    for (ScoreComponent c : components) {
      if (!sheet.scores().containsKey(c)) {
        return new IllegalArgumentException(String.format(
            "ScoreSheet %s %s: component %s of scheme %s is missing",
            sheet.unit().name(), sheet.period(), c.name(), name));
      }
    }
    throw new IllegalStateException("ScoreSheet " + sheet.unit().name() + ": components match scheme " + name);
  }

  /** The raw score of a tie-breaker component on a sheet, scaled as {@link Score#scaled()}. */
  long scaledScore(ScoreSheet sheet, ScoreComponent component) {
    return sheet.scores().getOrDefault(component, Score.ZERO).scaled();
  }

  /** A composite at scale {@link #COMPOSITE_SCALE} as a decimal without trailing zeros. */
  static BigDecimal decimal(long scaledComposite) {
    return strip(BigDecimal.valueOf(scaledComposite, COMPOSITE_SCALE));
  }

  private static BigDecimal strip(BigDecimal value) {
    BigDecimal d = value.stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** The published composite: the exact one rounded to the published scale. */
  BigDecimal published(long scaledComposite) {
    return BigDecimal.valueOf(scaledComposite, COMPOSITE_SCALE).setScale(publishedScale, publishedRounding);
  }

  /** The key ranks come from: the exact composite, or the published one at the same scale. */
  long rankKey(long scaledComposite) {
    if (rankBasis == RankBasis.EXACT) {
      return scaledComposite;
    }
    long unit = LongMath.pow(10, COMPOSITE_SCALE - publishedScale);
    return LongMath.divide(scaledComposite, unit, publishedRounding) * unit;
  }

  long scaledWeight(int index) {
    return scaledWeights[index];
  }

  ScoreComponent component(int index) {
    return components[index];
  }

  int componentCount() {
    return components.length;
  }

  private static long capped(List<ScoreAdjustment> items, Optional<Score> cap) {
    long sum = 0;
    for (int i = 0; i < items.size(); i++) {
      sum = Math.addExact(sum, items.get(i).points().scaled());
    }
    return cap.isPresent() ? Math.min(sum, cap.get().scaled()) : sum;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("name", name)
        .add("weights", weights)
        .add("tiePolicy", tiePolicy)
        .add("tieBreakers", tieBreakers)
        .add("veto", vetoPolicy)
        .add("missingSheets", missingSheetPolicy)
        .add("published", publishedScale + " " + publishedRounding)
        .add("rankBasis", rankBasis)
        .toString();
  }

  /** A builder of {@link ScoringScheme}; {@link #build()} checks every setting. */
  public static final class Builder {
    private final String name;
    private final Map<ScoreComponent, BigDecimal> weights = new LinkedHashMap<>();
    private Optional<Score> bonusCap = Optional.empty();
    private Optional<Score> deductionCap = Optional.empty();
    private TiePolicy tiePolicy = TiePolicy.COMPETITION;
    private final List<ScoreComponent> tieBreakers = new ArrayList<>();
    private VetoPolicy vetoPolicy = VetoPolicy.RANK_LAST;
    private MissingSheetPolicy missingSheetPolicy = MissingSheetPolicy.REJECT;
    private int publishedScale = 2;
    private RoundingMode publishedRounding = RoundingMode.HALF_UP;
    private RankBasis rankBasis = RankBasis.EXACT;

    private Builder(String name) {
      this.name = requireNonNull(name, "name");
    }

    /** Adds a weighted component, or replaces the weight of one already added. */
    public Builder component(ScoreComponent component, BigDecimal weight) {
      weights.put(requireNonNull(component, "component"), requireNonNull(weight, "weight"));
      return this;
    }

    /** Adds a weighted component with the weight as text, such as {@code "0.7"}. */
    public Builder component(ScoreComponent component, String weight) {
      requireNonNull(component, "component");
      requireNonNull(weight, "weight");
      try {
        return component(component, new BigDecimal(weight));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "ScoringScheme " + name + ": weight='" + weight + "' is not a decimal number", e);
      }
    }

    /** Caps the sum of bonus points. */
    public Builder bonusCap(Score cap) {
      this.bonusCap = Optional.of(requireNonNull(cap, "cap"));
      return this;
    }

    /** Caps the sum of deduction points. */
    public Builder deductionCap(Score cap) {
      this.deductionCap = Optional.of(requireNonNull(cap, "cap"));
      return this;
    }

    /** Sets the tie policy. */
    public Builder tiePolicy(TiePolicy policy) {
      this.tiePolicy = requireNonNull(policy, "policy");
      return this;
    }

    /** Sets the tie-breakers: components whose higher raw score wins a tie, in order. */
    public Builder tieBreakers(ScoreComponent... components) {
      tieBreakers.clear();
      for (ScoreComponent c : components) {
        tieBreakers.add(requireNonNull(c, "component"));
      }
      return this;
    }

    /** Sets what a veto does. */
    public Builder vetoPolicy(VetoPolicy policy) {
      this.vetoPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /** Sets what happens to a member without a sheet. */
    public Builder missingSheetPolicy(MissingSheetPolicy policy) {
      this.missingSheetPolicy = requireNonNull(policy, "policy");
      return this;
    }

    /** Sets the decimals and rounding of published composites. */
    public Builder published(int scale, RoundingMode rounding) {
      this.publishedScale = scale;
      this.publishedRounding = requireNonNull(rounding, "rounding");
      return this;
    }

    /** Sets whether ranks come from the exact or the published composite. */
    public Builder rankBasis(RankBasis basis) {
      this.rankBasis = requireNonNull(basis, "basis");
      return this;
    }

    /**
     * The scheme.
     *
     * @throws IllegalArgumentException if there is no component, two share a name, a weight is
     *     not in (0, 1] or has more than {@value #WEIGHT_SCALE} decimals, the weights do not sum
     *     to exactly 1, a cap is negative, a tie-breaker is not a component, or the published
     *     scale is outside [0, {@value #COMPOSITE_SCALE}]
     */
    public ScoringScheme build() {
      checkArgument(!name.isBlank(), "ScoringScheme name='%s' must not be blank", name);
      checkArgument(!weights.isEmpty(), "ScoringScheme %s: no component is weighted", name);
      Set<String> names = new HashSet<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (Map.Entry<ScoreComponent, BigDecimal> e : weights.entrySet()) {
        String component = e.getKey().name();
        BigDecimal w = e.getValue();
        checkArgument(names.add(component), "ScoringScheme %s: component %s is weighted twice", name, component);
        checkArgument(
            w.signum() > 0 && w.compareTo(BigDecimal.ONE) <= 0,
            "ScoringScheme %s: weight of %s=%s is outside (0, 1]", name, component, w.toPlainString());
        checkArgument(
            w.stripTrailingZeros().scale() <= WEIGHT_SCALE,
            "ScoringScheme %s: weight of %s=%s has more than %s decimals",
            name, component, w.toPlainString(), WEIGHT_SCALE);
        sum = sum.add(w);
      }
      checkArgument(
          sum.compareTo(BigDecimal.ONE) == 0,
          "ScoringScheme %s: weights sum to %s, not exactly 1", name, sum.toPlainString());
      bonusCap.ifPresent(c -> checkArgument(
          c.signum() >= 0, "ScoringScheme %s: bonusCap=%s must not be negative", name, c));
      deductionCap.ifPresent(c -> checkArgument(
          c.signum() >= 0, "ScoringScheme %s: deductionCap=%s must not be negative", name, c));
      Set<String> breakers = new HashSet<>();
      for (ScoreComponent c : tieBreakers) {
        checkArgument(
            weights.containsKey(c),
            "ScoringScheme %s: tie-breaker %s is not one of its components %s", name, c.name(), names);
        checkArgument(breakers.add(c.name()), "ScoringScheme %s: tie-breaker %s is given twice", name, c.name());
      }
      checkArgument(
          publishedScale >= 0 && publishedScale <= COMPOSITE_SCALE,
          "ScoringScheme %s: published scale=%s is outside [0, %s]", name, publishedScale, COMPOSITE_SCALE);
      return new ScoringScheme(this);
    }
  }
}
