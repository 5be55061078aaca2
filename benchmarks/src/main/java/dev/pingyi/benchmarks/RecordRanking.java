package dev.pingyi.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a Java developer writes without Pingyi: records with {@link BigDecimal} scores, a
 * composite per record, one sort with a {@link Comparator} (group, then composite from high to
 * low) and one pass that assigns competition ranks.
 */
final class RecordRanking implements RankingEngine {

  /** A score sheet as a plain record. */
  record SheetRow(String group, String unit, BigDecimal base, BigDecimal onSite) {}

  /** A sheet with its composite. */
  record Scored(SheetRow row, BigDecimal composite) {}

  /** A unit with its rank. */
  record RankedRow(String group, String unit, int rank) {}

  private static final BigDecimal BASE_WEIGHT = new BigDecimal("0.7");
  private static final BigDecimal ON_SITE_WEIGHT = new BigDecimal("0.3");
  private static final Comparator<Scored> ORDER = Comparator
      .comparing((Scored s) -> s.row().group())
      .thenComparing(Scored::composite, Comparator.reverseOrder());

  private final List<SheetRow> rows;

  RecordRanking(SheetWorkload w) {
    rows = new ArrayList<>(w.size);
    for (int s = 0; s < w.size; s++) {
      int u = w.unit[s];
      rows.add(new SheetRow(
          SheetWorkload.groupId(w.groupOf(u)),
          SheetWorkload.unitName(u),
          BigDecimal.valueOf(w.base[s], 2),
          BigDecimal.valueOf(w.onSite[s], 2)));
    }
  }

  /** The records, in workload order. */
  List<SheetRow> rows() {
    return rows;
  }

  @Override
  public List<RankedRow> rank() {
    List<Scored> scored = new ArrayList<>(rows.size());
    for (SheetRow row : rows) {
      scored.add(new Scored(row, row.base().multiply(BASE_WEIGHT).add(row.onSite().multiply(ON_SITE_WEIGHT))));
    }
    scored.sort(ORDER);
    List<RankedRow> ranked = new ArrayList<>(scored.size());
    Scored previous = null;
    int position = 0;
    int rank = 0;
    for (Scored s : scored) {
      if (previous == null || !previous.row().group().equals(s.row().group())) {
        position = 0;
        previous = null;
      }
      position++;
      if (previous == null || previous.composite().compareTo(s.composite()) != 0) {
        rank = position;
      }
      ranked.add(new RankedRow(s.row().group(), s.row().unit(), rank));
      previous = s;
    }
    return ranked;
  }

  @Override
  public int[] ranksOf(Object result) {
    int[] ranks = new int[rows.size()];
    for (Object o : (List<?>) result) {
      RankedRow r = (RankedRow) o;
      ranks[Integer.parseInt(r.unit().substring(2))] = r.rank();
    }
    return ranks;
  }
}
