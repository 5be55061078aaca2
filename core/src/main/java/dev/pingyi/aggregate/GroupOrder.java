package dev.pingyi.aggregate;

import static java.util.Objects.requireNonNull;

import dev.pingyi.model.County;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.ProjectLevel;
import java.util.Comparator;
import java.util.Optional;

/**
 * The orders in which grouped figures are printed, so that reports do not reshuffle between
 * runs.
 */
public final class GroupOrder {

  /**
   * Counties by division code; functional zones, which have none, last by name. Counties with
   * the same code (which happens only across code editions) are ordered by name, then short name.
   */
  public static final Comparator<County> COUNTY =
      Comparator.comparing(
              (County c) -> c.divisionCode(),
              Comparator.comparing((Optional<DivisionCode> code) -> code.isEmpty())
                  .thenComparing(code -> code.map(DivisionCode::code).orElse("")))
          .thenComparing(County::name)
          .thenComparing(County::shortName)
          .thenComparing(c -> c.prefecture().code());

  /** List levels provincial, municipal, county; projects whose level is not known last. */
  public static final Comparator<Optional<ProjectLevel>> LEVEL = absentLast(Comparator.naturalOrder());

  /** Clusters by name, then county; projects in no cluster last. */
  public static final Comparator<Optional<IndustryCluster>> CLUSTER = absentLast(
      Comparator.comparing(IndustryCluster::name).thenComparing(IndustryCluster::county, COUNTY));

  private GroupOrder() {}

  /** The given order on present values, with the empty value after them. */
  public static <T> Comparator<Optional<T>> absentLast(Comparator<? super T> order) {
    requireNonNull(order, "order");
    return (a, b) -> {
      if (a.isPresent() && b.isPresent()) {
        return order.compare(a.get(), b.get());
      }
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    };
  }
}
