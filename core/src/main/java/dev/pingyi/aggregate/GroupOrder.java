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
  public static final Comparator<County> COUNTY = GroupOrder::compareCounties;

  /** List levels provincial, municipal, county; projects whose level is not known last. */
  public static final Comparator<Optional<ProjectLevel>> LEVEL = absentLast(Comparator.naturalOrder());

  /** Clusters by name, then county; projects in no cluster last. */
  public static final Comparator<Optional<IndustryCluster>> CLUSTER = absentLast(
      Comparator.comparing(IndustryCluster::name).thenComparing(IndustryCluster::county, COUNTY));

  private GroupOrder() {}

  /** {@link #COUNTY}, written out: snapshots sort every county group with it. */
  private static int compareCounties(County a, County b) {
    if (a == b) {
      return 0;
    }
    DivisionCode codeA = a.divisionCode().orElse(null);
    DivisionCode codeB = b.divisionCode().orElse(null);
    if ((codeA == null) != (codeB == null)) {
      return codeA != null ? -1 : 1;
    }
    int c = codeA != null && codeB != null ? codeA.compareTo(codeB) : 0;
    if (c == 0) {
      c = a.name().compareTo(b.name());
    }
    if (c == 0) {
      c = a.shortName().compareTo(b.shortName());
    }
    return c != 0 ? c : a.prefecture().code().compareTo(b.prefecture().code());
  }

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
