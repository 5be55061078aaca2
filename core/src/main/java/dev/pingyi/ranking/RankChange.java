package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one unit's rank changed between two rankings of the same group: up or down by how many
 * places, unchanged, new, or gone. Ranks are those of each ranking's own tie policy.
 *
 * <p>{@link #toChinese()} gives the words evaluation notices print: 上升2位, 下降1位, 持平, 新进
 * (ranked now, not before) and 退出 (ranked before, not now).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RankChange {

  /** The direction of a change. */
  public enum Direction {
    /** 上升: a better (smaller) rank than before. */
    UP,
    /** 下降: a worse (larger) rank than before. */
    DOWN,
    /** 持平: the same rank as before. */
    UNCHANGED,
    /** 新进: ranked now, not before. */
    NEW,
    /** 退出: ranked before, not now. */
    GONE
  }

  RankChange() {}

  /**
   * The change of every unit ranked in either ranking: first the units of the current ranking in
   * its order, then the units only the previous one ranked, in its order.
   *
   * @throws IllegalArgumentException if the rankings are of different groups
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
      changes.add(of(name, previous.entry(name).map(RankedEntry::rank), Optional.of(e.rank())));
    }
    for (RankedEntry e : previous.entries()) {
      if (current.entry(e.unit().name()).isEmpty()) {
        changes.add(of(e.unit().name(), Optional.of(e.rank()), Optional.empty()));
      }
    }
    return changes.build();
  }

  private static RankChange of(String unitName, Optional<BigDecimal> previousRank, Optional<BigDecimal> currentRank) {
    return ImmutableRankChange.builder()
        .unitName(unitName)
        .previousRank(previousRank)
        .currentRank(currentRank)
        .build();
  }

  /** The unit's name. */
  public abstract String unitName();

  /** The rank before, unless the unit is new. */
  public abstract Optional<BigDecimal> previousRank();

  /** The rank now, unless the unit is gone. */
  public abstract Optional<BigDecimal> currentRank();

  /** The direction of the change. */
  public Direction direction() {
    if (previousRank().isEmpty()) {
      return Direction.NEW;
    } else if (currentRank().isEmpty()) {
      return Direction.GONE;
    }
    int c = currentRank().get().compareTo(previousRank().get());
    return c < 0 ? Direction.UP : c > 0 ? Direction.DOWN : Direction.UNCHANGED;
  }

  /** Places gained (positive) or lost (negative), for a unit in both rankings. */
  public Optional<BigDecimal> places() {
    return previousRank().isEmpty() || currentRank().isEmpty()
        ? Optional.empty()
        : Optional.of(previousRank().get().subtract(currentRank().get()));
  }

  /** The change as notices print it: 上升2位, 下降1位, 持平, 新进 or 退出. */
  public String toChinese() {
    return switch (direction()) {
      case UP -> "上升" + places().orElseThrow().toPlainString() + "位";
      case DOWN -> "下降" + places().orElseThrow().negate().toPlainString() + "位";
      case UNCHANGED -> "持平";
      case NEW -> "新进";
      case GONE -> "退出";
    };
  }

  @Value.Check
  void check() {
    checkArgument(
        previousRank().isPresent() || currentRank().isPresent(),
        "RankChange of %s has neither a previous nor a current rank", unitName());
  }
}
