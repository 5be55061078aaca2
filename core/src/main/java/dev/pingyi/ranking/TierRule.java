package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule that puts ranked units into tiers (等次), such as 优秀 / 良好 / 一般 / 较差: by composite
 * cut-offs ({@link ScoreTiers}), by the top k places ({@link PlaceTiers}), or by the top share of
 * units ({@link ShareTiers}). Each kind is its own type, with a builder that takes only its own
 * kind of threshold.
 *
 * <p>Tiers by places and shares go by competition rank, so tied units always share a tier: a
 * tier of the top 3 holds every unit ranked 3rd or better, which may be more than 3 when units
 * tie for 3rd. A share s of n units gives k = ⌊s × n⌋ places. Vetoed units and units without a
 * sheet always fall in the last tier.
 *
 * <p>Rules are immutable values, equal when their kind, thresholds and labels are.
 */
public abstract class TierRule {

  TierRule() {}

  /** A rule by composite cut-offs: a unit is in the first tier whose minimum its composite reaches. */
  public static ScoreTiers.Builder byScore() {
    return ScoreTiers.builder();
  }

  /** A rule by places: a unit is in the first tier whose place count its rank is within. */
  public static PlaceTiers.Builder byPlaces() {
    return PlaceTiers.builder();
  }

  /** A rule by shares of the units ranked, each counted from the top. */
  public static ShareTiers.Builder byShare() {
    return ShareTiers.builder();
  }

  /** The labels of the tiers, from the top; the last is the tier of every other unit. */
  public abstract ImmutableList<String> labels();

  /** The number of thresholds: one fewer than the labels. */
  abstract int thresholdCount();

  /** Whether a ranked (not vetoed, not missing) entry reaches the threshold of the given tier. */
  abstract boolean reaches(RankedEntry entry, int tier);

  /**
   * The label of the tier the entry falls in.
   *
   * @throws IllegalArgumentException for a {@link ScoreTiers} rule and an entry without a score
   */
  public String tierOf(RankedEntry entry) {
    requireNonNull(entry, "entry");
    return labels().get(tierIndex(entry));
  }

  final int tierIndex(RankedEntry entry) {
    int last = labels().size() - 1;
    if (entry.status() == EntryStatus.VETOED || entry.status() == EntryStatus.MISSING_SHEET) {
      return last;
    }
    for (int t = 0; t < thresholdCount(); t++) {
      if (reaches(entry, t)) {
        return t;
      }
    }
    return last;
  }

  final ImmutableMap<String, ImmutableList<RankedEntry>> tiers(Ranking ranking) {
    List<ImmutableList.Builder<RankedEntry>> tiers = new ArrayList<>();
    labels().forEach(l -> tiers.add(ImmutableList.builder()));
    for (RankedEntry e : ranking.entries()) {
      tiers.get(tierIndex(e)).add(e);
    }
    ImmutableMap.Builder<String, ImmutableList<RankedEntry>> result = ImmutableMap.builder();
    for (int t = 0; t < labels().size(); t++) {
      result.put(labels().get(t), tiers.get(t).build());
    }
    return result.buildOrThrow();
  }

  /** Checks the labels: one more than the thresholds, each a name, none twice. */
  final void checkLabels(String kind) {
    checkArgument(
        labels().size() == thresholdCount() + 1,
        "%s has %s labels for %s thresholds; end the rule with otherwise(label)",
        kind, labels().size(), thresholdCount());
    Set<String> seen = new HashSet<>();
    for (String label : labels()) {
      dev.pingyi.internal.TextRules.checkName(kind, "label", label);
      checkArgument(seen.add(label), "%s label %s is used twice", kind, label);
    }
  }
}
