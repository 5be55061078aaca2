package dev.pingyi.examples;

import com.google.common.collect.ImmutableList;
import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.model.County;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.WeightInterval;

/**
 * What the program computed from the office's data: everything the console, the page, the JSON
 * and the workbook show.
 *
 * @param data the data read
 * @param published the five published rankings, in the report's order
 * @param scored the county-level group ranked from the illustrative score sheets
 * @param stableInterval the base-score weights for which {@code scored} keeps its order
 * @param tied the county-level group ranked from the illustrative sheets with one tie
 * @param investmentByCounty the ledger's investment totals by county
 * @param figures the report's derived figures, recomputed
 */
record Results(
    ReportData data,
    ImmutableList<Ranking> published,
    Ranking scored,
    WeightInterval stableInterval,
    Ranking tied,
    GroupedTotals<County> investmentByCounty,
    KeyFigures figures) {

  /** The label every output puts on the illustrative scores: the report publishes none. */
  static final String ILLUSTRATIVE = "示例数据：报道未公布分数，此处得分仅为演示";

  /** The published ranking of the scored group. */
  Ranking publishedScoredGroup() {
    return published.stream()
        .filter(r -> r.group().equals(scored.group()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no published ranking of " + scored.group().id()));
  }
}
