package dev.pingyi.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.County;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectStatus;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * Investment totals per key — per county, list level, category, status, cluster or any key the
 * caller gives — in a stable, documented order, with the overall totals.
 *
 * <p>Only keys with at least one project appear. Make one with a collector such as {@link
 * #toTotalsByCounty()} or {@link #toGroupedTotals}, or with a {@link GroupedTotalsAccumulator}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the grouping key
 */
@Value.Immutable
public abstract class GroupedTotals<K> {

  GroupedTotals() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static <K> Builder<K> builder() {
    return new Builder<>();
  }

  /**
   * A builder of grouped totals: put the groups in the order they are to iterate in. {@link
   * #build()} checks that no group is empty.
   *
   * @param <K> the type of the grouping key
   */
  public static final class Builder<K> extends ImmutableGroupedTotals.Builder<K> {
    Builder() {}

    /** Puts every group of the given totals, in their order. */
    public Builder<K> from(GroupedTotals<K> value) {
      requireNonNull(value, "value");
      return this.putAllGroups(value.groups());
    }
  }

  /**
   * A collector of totals per key, in the given order, whose combiner merges.
   *
   * @param key the key of each project; must not return null
   * @param order the order of the groups; must not call two different keys equal
   */
  public static <K> Collector<Project, ?, GroupedTotals<K>> toGroupedTotals(
      Function<? super Project, ? extends K> key, Comparator<? super K> order) {
    requireNonNull(key, "key");
    requireNonNull(order, "order");
    return Collector.of(
        () -> new GroupedTotalsAccumulator<K>(key, order),
        GroupedTotalsAccumulator::add,
        (a, b) -> {
          a.addAll(b);
          return a;
        },
        GroupedTotalsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /** Totals per county, in {@link GroupOrder#COUNTY} order. */
  public static Collector<Project, ?, GroupedTotals<County>> toTotalsByCounty() {
    return toGroupedTotals(Project::county, GroupOrder.COUNTY);
  }

  /** Totals per list level, in {@link GroupOrder#LEVEL} order; empty for an unknown level. */
  public static Collector<Project, ?, GroupedTotals<Optional<ProjectLevel>>> toTotalsByLevel() {
    return toGroupedTotals(Project::level, GroupOrder.LEVEL);
  }

  /** Totals per category, in the order of {@link ProjectCategory}'s constants. */
  public static Collector<Project, ?, GroupedTotals<ProjectCategory>> toTotalsByCategory() {
    return toGroupedTotals(Project::category, Comparator.naturalOrder());
  }

  /** Totals per status, in the order of {@link ProjectStatus}'s constants. */
  public static Collector<Project, ?, GroupedTotals<ProjectStatus>> toTotalsByStatus() {
    return toGroupedTotals(Project::status, Comparator.naturalOrder());
  }

  /** Totals per industry cluster, in {@link GroupOrder#CLUSTER} order; empty for no cluster. */
  public static Collector<Project, ?, GroupedTotals<Optional<IndustryCluster>>> toTotalsByCluster() {
    return toGroupedTotals(Project::cluster, GroupOrder.CLUSTER);
  }

  /**
   * Required, possibly empty. The totals of each key with at least one project, iterating in the
   * grouping's order; two grouped totals with the same groups in another order are not equal.
   */
  public abstract ImmutableMap<K, InvestmentTotals> groups();

  /** The totals of the given key, if any project had it. */
  public Optional<InvestmentTotals> get(K key) {
    return Optional.ofNullable(groups().get(requireNonNull(key, "key")));
  }

  /**
   * The totals of all projects of all groups.
   *
   * @throws ArithmeticException when built, if a sum overflows
   */
  @Value.Derived
  public InvestmentTotals overall() {
    InvestmentAccumulator overall = new InvestmentAccumulator();
    for (InvestmentTotals group : groups().values()) {
      overall.addAll(group);
    }
    return overall.snapshot();
  }

  /** The keys in their order, so that equality sees the order in which the groups iterate. */
  @Value.Derived
  @Value.Redacted
  ImmutableList<K> keyOrder() {
    return groups().keySet().asList();
  }

  @Value.Check
  void check() {
    groups().forEach((key, totals) -> checkArgument(
        totals.count() > 0, "GroupedTotals group %s has count=0; only keys with a project appear", key));
  }

  /**
   * The grouped totals of the given keys and totals, sorted by the order, which must tell every
   * key apart.
   */
  static <K> GroupedTotals<K> sorted(
      List<K> keys, List<InvestmentTotals> totals, Comparator<? super K> order) {
    Integer[] slots = new Integer[keys.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = i;
    }
    Arrays.sort(slots, (a, b) -> order.compare(keys.get(a), keys.get(b)));
    Builder<K> builder = builder();
    for (int i = 0; i < slots.length; i++) {
      K key = keys.get(slots[i]);
      if (i > 0) {
        K previous = keys.get(slots[i - 1]);
        checkArgument(
            order.compare(previous, key) != 0,
            "GroupedTotals order calls different keys %s and %s equal; it must tell every key apart",
            previous,
            key);
      }
      builder.putGroups(key, totals.get(slots[i]));
    }
    return builder.build();
  }
}
