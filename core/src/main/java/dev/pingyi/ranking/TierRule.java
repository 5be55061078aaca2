package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule that puts ranked units into tiers (等次), such as 优秀 / 良好 / 一般 / 较差: by composite
 * cut-offs, by the top k places, or by the top share of units.
 *
 * <p>Tiers by places and shares go by competition rank, so tied units always share a tier: a
 * tier of the top 3 holds every unit ranked 3rd or better, which may be more than 3 when units
 * tie for 3rd. A share s of n units gives k = ⌊s × n⌋ places. Vetoed units and units without a
 * sheet always fall in the last tier.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TierRule {

  private enum Kind { SCORE, PLACES, SHARE }

  private final Kind kind;
  private final ImmutableList<Object> thresholds;
  private final ImmutableList<String> labels;

  private TierRule(Kind kind, List<Object> thresholds, List<String> labels) {
    this.kind = kind;
    this.thresholds = ImmutableList.copyOf(thresholds);
    this.labels = ImmutableList.copyOf(labels);
  }

  /** A rule by composite cut-offs: a unit is in the first tier whose minimum its composite reaches. */
  public static Builder byScore() {
    return new Builder(Kind.SCORE);
  }

  /** A rule by places: a unit is in the first tier whose place count its rank is within. */
  public static Builder byPlaces() {
    return new Builder(Kind.PLACES);
  }

  /** A rule by shares of the units ranked, each counted from the top. */
  public static Builder byShare() {
    return new Builder(Kind.SHARE);
  }

  ImmutableMap<String, ImmutableList<RankedEntry>> apply(Ranking ranking) {
    List<ImmutableList.Builder<RankedEntry>> tiers = new ArrayList<>();
    labels.forEach(l -> tiers.add(ImmutableList.builder()));
    int n = ranking.entries().size();
    for (RankedEntry e : ranking.entries()) {
      tiers.get(tierOf(e, n, ranking)).add(e);
    }
    ImmutableMap.Builder<String, ImmutableList<RankedEntry>> result = ImmutableMap.builder();
    for (int t = 0; t < labels.size(); t++) {
      result.put(labels.get(t), tiers.get(t).build());
    }
    return result.buildOrThrow();
  }

  private int tierOf(RankedEntry e, int n, Ranking ranking) {
    int last = labels.size() - 1;
    if (e.status() == EntryStatus.VETOED || e.status() == EntryStatus.MISSING_SHEET) {
      return last;
    }
    for (int t = 0; t < thresholds.size(); t++) {
      if (within(e, thresholds.get(t), n, ranking)) {
        return t;
      }
    }
    return last;
  }

  private boolean within(RankedEntry e, Object threshold, int n, Ranking ranking) {
    switch (kind) {
      case SCORE: {
        BigDecimal composite = e.compositeScore().orElseThrow(() -> new IllegalArgumentException(
            "TierRule by score: ranking of group " + ranking.group().id()
                + " has no scores (it comes from a published order)"));
        return composite.compareTo((BigDecimal) threshold) >= 0;
      }
      case PLACES:
        return e.competitionRank() <= (Integer) threshold;
      default: {
        Ratio share = (Ratio) threshold;
        BigInteger places = share.numerator().multiply(BigInteger.valueOf(n)).divide(share.denominator());
        return BigInteger.valueOf(e.competitionRank()).compareTo(places) <= 0;
      }
    }
  }

  /** A builder of tiers from the top down, closed by {@link #otherwise}. */
  public static final class Builder {
    private final Kind kind;
    private final List<Object> thresholds = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    private Builder(Kind kind) {
      this.kind = kind;
    }

    /** A tier of the units whose composite is at least the given minimum. */
    public Builder atLeast(BigDecimal minimum, String label) {
      requireNonNull(minimum, "minimum");
      requireNonNull(label, "label");
      checkState(kind == Kind.SCORE, "TierRule by %s takes top(...), not atLeast(...)", kind);
      checkArgument(
          thresholds.isEmpty() || minimum.compareTo((BigDecimal) thresholds.get(thresholds.size() - 1)) < 0,
          "TierRule: minimum=%s must be below the previous tier's %s", minimum, thresholds);
      return add(minimum, label);
    }

    /** A tier of the units ranked within the given number of places from the top. */
    public Builder top(int places, String label) {
      requireNonNull(label, "label");
      checkState(kind == Kind.PLACES, "TierRule by %s does not take a number of places", kind);
      checkArgument(
          places > 0 && (thresholds.isEmpty() || places > (Integer) thresholds.get(thresholds.size() - 1)),
          "TierRule: places=%s must be positive and above the previous tier's %s", places, thresholds);
      return add(places, label);
    }

    /** A tier of the units within the given share of units from the top, such as 1/5. */
    public Builder top(Ratio share, String label) {
      requireNonNull(share, "share");
      requireNonNull(label, "label");
      checkState(kind == Kind.SHARE, "TierRule by %s does not take a share", kind);
      checkArgument(
          share.signum() > 0 && share.compareTo(Ratio.ONE) <= 0
              && (thresholds.isEmpty() || share.compareTo((Ratio) thresholds.get(thresholds.size() - 1)) > 0),
          "TierRule: share=%s must be in (0, 1] and above the previous tier's %s", share, thresholds);
      return add(share, label);
    }

    /** The last tier, of every unit not in an earlier one; builds the rule. */
    public TierRule otherwise(String label) {
      requireNonNull(label, "label");
      checkArgument(!labels.contains(label), "TierRule: label %s is used twice", label);
      List<String> all = new ArrayList<>(labels);
      all.add(label);
      return new TierRule(kind, thresholds, all);
    }

    private Builder add(Object threshold, String label) {
      requireNonNull(label, "label");
      checkArgument(!labels.contains(label), "TierRule: label %s is used twice", label);
      thresholds.add(threshold);
      labels.add(label);
      return this;
    }
  }
}
