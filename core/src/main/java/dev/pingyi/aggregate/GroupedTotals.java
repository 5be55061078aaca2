package dev.pingyi.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.County;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

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
public final class GroupedTotals<K> {

  private final ImmutableMap<K, InvestmentTotals> groups;
  private final InvestmentTotals overall;

  private GroupedTotals(ImmutableMap<K, InvestmentTotals> groups, InvestmentTotals overall) {
    this.groups = groups;
    this.overall = overall;
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

  /** The totals of each key, iterating in the grouping's order. */
  public ImmutableMap<K, InvestmentTotals> asMap() {
    return groups;
  }

  /** The totals of the given key, if any project had it. */
  public Optional<InvestmentTotals> get(K key) {
    return Optional.ofNullable(groups.get(requireNonNull(key, "key")));
  }

  /** The totals of all projects of all groups. */
  public InvestmentTotals overall() {
    return overall;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof GroupedTotals && ((GroupedTotals<?>) obj).groups.equals(groups)
        && ((GroupedTotals<?>) obj).groups.keySet().asList().equals(groups.keySet().asList());
  }

  @Override
  public int hashCode() {
    return Objects.hash(groups);
  }

  @Override
  public String toString() {
    return groups.toString();
  }

  /** Collects groups, then orders them and checks that the order tells every key apart. */
  static final class Builder<K> {
    private final Comparator<? super K> order;
    private final List<Map.Entry<K, InvestmentTotals>> entries = new ArrayList<>();

    Builder(Comparator<? super K> order) {
      this.order = order;
    }

    void put(K key, InvestmentTotals totals) {
      entries.add(Map.entry(key, totals));
    }

    GroupedTotals<K> build() {
      entries.sort(Map.Entry.comparingByKey(order));
      ImmutableMap.Builder<K, InvestmentTotals> groups = ImmutableMap.builderWithExpectedSize(entries.size());
      InvestmentAccumulator overall = new InvestmentAccumulator();
      for (int i = 0; i < entries.size(); i++) {
        Map.Entry<K, InvestmentTotals> e = entries.get(i);
        if (i > 0) {
          K previous = entries.get(i - 1).getKey();
          checkArgument(
              order.compare(previous, e.getKey()) != 0,
              "GroupedTotals order calls different keys %s and %s equal; it must tell every key apart",
              previous,
              e.getKey());
        }
        groups.put(e.getKey(), e.getValue());
        overall.addAll(e.getValue());
      }
      return new GroupedTotals<>(groups.buildOrThrow(), overall.snapshot());
    }
  }
}
