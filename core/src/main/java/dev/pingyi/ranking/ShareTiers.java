package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.model.Ratio;
import java.math.BigInteger;
import org.immutables.value.Value;

/**
 * Tiers by shares of the units ranked, each counted from the top: a share s of n units holds the
 * units ranked within ⌊s × n⌋ places, such as the top fifth 优秀. Made with {@link
 * TierRule#byShare()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ShareTiers extends TierRule {

  ShareTiers() {}

  static Builder builder() {
    return new Builder();
  }

  /** A builder of tiers from the top down, closed by {@link #otherwise}. */
  public static final class Builder extends ImmutableShareTiers.Builder {
    Builder() {}

    /** A tier of the units within the given share from the top, such as 1/5, above the previous one. */
    public Builder top(Ratio share, String label) {
      requireNonNull(share, "share");
      requireNonNull(label, "label");
      return addShares(share).addLabels(label);
    }

    /**
     * The last tier, of every unit not in an earlier one; builds the rule.
     *
     * @throws IllegalArgumentException if shares are not in (0, 1] and rising or a label is used twice
     */
    public ShareTiers otherwise(String label) {
      requireNonNull(label, "label");
      return addLabels(label).build();
    }
  }

  /** The share of each tier but the last, in (0, 1] and strictly rising. */
  public abstract ImmutableList<Ratio> shares();

  @Override
  int thresholdCount() {
    return shares().size();
  }

  @Override
  boolean reaches(RankedEntry entry, int tier) {
    Ratio share = shares().get(tier);
    int n = entry.rankedCount();
    BigInteger places = share.numerator().multiply(BigInteger.valueOf(n)).divide(share.denominator());
    return BigInteger.valueOf(entry.competitionRank()).compareTo(places) <= 0;
  }

  @Value.Check
  void check() {
    for (int t = 0; t < shares().size(); t++) {
      Ratio share = shares().get(t);
      checkArgument(
          share.signum() > 0 && share.compareTo(Ratio.ONE) <= 0 && (t == 0 || share.compareTo(shares().get(t - 1)) > 0),
          "ShareTiers share=%s must be in (0, 1] and above the previous tier's %s", share, shares().subList(0, t));
    }
    checkLabels("ShareTiers");
  }
}
