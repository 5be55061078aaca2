package dev.pingyi.examples;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.model.County;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Percent;
import dev.pingyi.model.PercentagePoints;
import dev.pingyi.model.Project;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.Yuan;
import dev.pingyi.ranking.Ranking;
import java.util.List;

/**
 * The document {@code results.json} holds, written and read by {@code PingyiJson.mapper()}: every
 * ranking with its group (and, for a scored one, its scheme and sheets), so that reading it ranks
 * again and checks each stated rank; amounts, scores and figures as exact decimals and fractions.
 *
 * @param title the evaluation's title
 * @param period the evaluation period, such as 2022H1
 * @param illustrative the label of the illustrative rankings: the report publishes no scores
 * @param publishedRankings the five published rankings, in the report's order
 * @param illustrativeRanking the county-level group ranked from the illustrative sheets
 * @param stableBaseWeightLower the lower end of the base-score weights that keep its order
 * @param stableBaseWeightUpper the upper end
 * @param illustrativeTieRanking the ranking from the illustrative sheets with one tie
 * @param projects the key projects of the ledger
 * @param investmentByCounty their investment totals by county
 * @param clusters the industry clusters the report names
 * @param figures the report's derived figures, recomputed
 * @param reportedFigures the figures the report states, as printed
 */
record ResultsDocument(
    String title,
    String period,
    String illustrative,
    List<Ranking> publishedRankings,
    Ranking illustrativeRanking,
    Ratio stableBaseWeightLower,
    Ratio stableBaseWeightUpper,
    Ranking illustrativeTieRanking,
    List<Project> projects,
    GroupedTotals<County> investmentByCounty,
    List<IndustryCluster> clusters,
    Figures figures,
    List<ReportedFigures.Row> reportedFigures) {

  /**
   * The recomputed figures, exact, each beside the value the report prints.
   *
   * @param startRate 临清市开工率, started ÷ key projects
   * @param printedStartRate the start rate as the report prints it
   * @param aheadOfSchedule 临清市 provincial key projects' plan completion minus the time schedule
   * @param printedSchedule the report's phrase
   * @param spending 度假区 general public budget spending
   * @param livelihoodSpending of which livelihood spending
   * @param livelihoodShare livelihood ÷ spending
   * @param printedLivelihoodShare the share as the report prints it (81.2 %, from unrounded inputs)
   */
  record Figures(
      Percent startRate,
      Percent printedStartRate,
      PercentagePoints aheadOfSchedule,
      String printedSchedule,
      Yuan spending,
      Yuan livelihoodSpending,
      Percent livelihoodShare,
      Percent printedLivelihoodShare) {}

  static ResultsDocument of(Results results) {
    ReportData data = results.data();
    KeyFigures f = results.figures();
    return new ResultsDocument(
        data.city().name() + data.title(),
        data.period().toString(),
        Results.ILLUSTRATIVE,
        results.published(),
        results.scored(),
        results.stableInterval().lower(),
        results.stableInterval().upper(),
        results.tied(),
        data.ledger().values(),
        results.investmentByCounty(),
        data.clusters(),
        new Figures(f.startRate(), f.printedStartRate(), f.provincialProgress().difference(), f.printedProgress(),
            f.spending(), f.livelihood(), f.livelihoodShare(), f.printedShare()),
        data.figures().rows());
  }
}
