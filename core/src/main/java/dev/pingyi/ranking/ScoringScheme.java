package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;
import dev.pingyi.model.ScoreComponent;
import org.immutables.value.Value;

/**
 * An evaluation's scoring scheme (评分方案): its name, how a composite is computed ({@link
 * CompositeRule}) and how composites become places ({@link RankingRule}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoringScheme implements WithScoringScheme {

  /**
   * The 2022 H1 Liaocheng comprehensive evaluation (政府系统综合评议): 70 % base evaluation score
   * (基础评议分) and 30 % on-site evaluation score (现场评议分), composites published with two
   * decimals rounded half up, and the default {@link RankingRule}. For a later evaluation with
   * the same rules, copy it with {@link #withName}.
   */
  public static final ScoringScheme LIAOCHENG_2022 = of(
      "聊城市2022年上半年政府系统综合评议",
      CompositeRule.builder()
          .weight(ScoreComponent.BASE_EVALUATION, "0.7")
          .weight(ScoreComponent.ON_SITE_EVALUATION, "0.3")
          .build(),
      RankingRule.defaults());

  ScoringScheme() {}

  /** The scheme of the given name and rules. */
  public static ScoringScheme of(String name, CompositeRule composite, RankingRule ranking) {
    return builder().name(name).composite(composite).ranking(ranking).build();
  }

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of schemes; each attribute is set once. */
  public static final class Builder extends ImmutableScoringScheme.Builder {
    Builder() {}

    /** Sets every attribute from the given scheme. */
    public Builder from(ScoringScheme value) {
      requireNonNull(value, "value");
      return this.name(value.name()).composite(value.composite()).ranking(value.ranking());
    }
  }

  /**
   * Required; a name: no surrounding or invisible characters, at most 500 characters. The name,
   * such as 聊城市2022年上半年政府系统综合评议.
   */
  public abstract String name();

  /** Required. How a sheet's composite is computed and published. */
  public abstract CompositeRule composite();

  /**
   * Optional, {@link RankingRule#defaults()} by default; its tie-breakers are components of
   * {@link #composite()}. How composites become places.
   */
  @Value.Default
  public RankingRule ranking() {
    return RankingRule.defaults();
  }

  @Value.Check
  void check() {
    TextRules.checkName("ScoringScheme", "name", name());
    for (ScoreComponent c : ranking().tieBreakers()) {
      checkArgument(
          composite().weights().containsKey(c),
          "ScoringScheme %s: tie-breaker %s is not one of its components %s",
          name(), c.name(), composite().weights().keySet());
    }
  }

  /** The key ranks come from, at scale {@link CompositeRule#COMPOSITE_SCALE}. */
  long rankKey(long scaledComposite) {
    return ranking().rankBasis() == RankBasis.EXACT ? scaledComposite : composite().publishedKey(scaledComposite);
  }
}
