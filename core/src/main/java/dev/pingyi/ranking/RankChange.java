package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one unit's rank changed between two rankings of the same group: up or down by how many
 * places, unchanged, new, or gone. Ranks are those of each ranking's own tie policy.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankChange {

  /** The direction of a change. */
  public enum Direction {
    /** A better (smaller) rank than before. */
    UP,
    /** A worse (larger) rank than before. */
    DOWN,
    /** The same rank as before. */
    UNCHANGED,
    /** Ranked now, not before. */
    NEW,
    /** Ranked before, not now. */
    GONE
  }

  private final String unitName;
  private final @Nullable BigDecimal previousRank;
  private final @Nullable BigDecimal currentRank;

  private RankChange(String unitName, @Nullable BigDecimal previousRank, @Nullable BigDecimal currentRank) {
    this.unitName = unitName;
    this.previousRank = previousRank;
    this.currentRank = currentRank;
  }

  /**
   * The change of every unit ranked in either ranking: first the current ranking's units in rank
   * order, then the units gone, in their previous order.
   *
   * @throws IllegalArgumentException if the rankings are of groups with different ids
   */
  public static ImmutableList<RankChange> between(Ranking previous, Ranking current) {
    requireNonNull(previous, "previous");
    requireNonNull(current, "current");
    checkArgument(
        previous.group().id().equals(current.group().id()),
        "RankChange: previous ranking is of group %s, current of group %s; compare one group",
        previous.group().id(), current.group().id());
    ImmutableList.Builder<RankChange> changes = ImmutableList.builder();
    for (RankedEntry e : current.entries()) {
      String name = e.unit().name();
      changes.add(new RankChange(name, previous.entry(name).map(RankedEntry::rank).orElse(null), e.rank()));
    }
    for (RankedEntry e : previous.entries()) {
      if (current.entry(e.unit().name()).isEmpty()) {
        changes.add(new RankChange(e.unit().name(), e.rank(), null));
      }
    }
    return changes.build();
  }

  /** The unit's name. */
  public String unitName() {
    return unitName;
  }

  /** The rank before, unless the unit is new. */
  public Optional<BigDecimal> previousRank() {
    return Optional.ofNullable(previousRank);
  }

  /** The rank now, unless the unit is gone. */
  public Optional<BigDecimal> currentRank() {
    return Optional.ofNullable(currentRank);
  }

  /** The direction of the change. */
  public Direction direction() {
    if (previousRank == null) {
      return Direction.NEW;
    } else if (currentRank == null) {
      return Direction.GONE;
    }
    int c = currentRank.compareTo(previousRank);
    return c < 0 ? Direction.UP : c > 0 ? Direction.DOWN : Direction.UNCHANGED;
  }

  /** Places gained (positive) or lost (negative), for a unit in both rankings. */
  public Optional<BigDecimal> places() {
    return previousRank == null || currentRank == null
        ? Optional.empty()
        : Optional.of(previousRank.subtract(currentRank));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RankChange)) {
      return false;
    }
    RankChange other = (RankChange) obj;
    return unitName.equals(other.unitName)
        && Objects.equals(previousRank, other.previousRank)
        && Objects.equals(currentRank, other.currentRank);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitName, previousRank, currentRank);
  }

  /** Such as {@code 冠县政府 UP 2 (4 → 2)}. */
  @Override
  public String toString() {
    return unitName + " " + direction() + places().map(p -> " " + p.abs().toPlainString()).orElse("")
        + " (" + (previousRank == null ? "-" : previousRank.toPlainString()) + " → "
        + (currentRank == null ? "-" : currentRank.toPlainString()) + ")";
  }
}
