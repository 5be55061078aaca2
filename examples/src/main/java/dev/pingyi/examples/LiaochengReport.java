package dev.pingyi.examples;

import com.google.common.collect.ImmutableList;
import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.model.County;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.ranking.PublishedRanking;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import dev.pingyi.ranking.WeightSensitivity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * An evaluation office's tool on the 2022 H1 Liaocheng report, written with Pingyi: it reads the
 * office's files (the published ranking lists, the project ledger in {@code .xlsx}, illustrative
 * score sheets in GBK CSV), ranks with the engine, recomputes the report's figures, prints them
 * and writes {@code report.html}, {@code results.json} and {@code results.xlsx}.
 *
 * <p>Run with {@code mvn -q -pl examples -am compile exec:java}, which writes into {@code
 * examples/target/report}; {@code -Dexec.args=DIR} writes into DIR instead.
 */
public final class LiaochengReport {

  private LiaochengReport() {}

  /** Runs the tool; the one argument is the output directory, {@code target/report} if absent. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/report");
    run(dir, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Reads, ranks, figures, prints to {@code out} and writes the three files into {@code dir}. */
  static Results run(Path dir, PrintStream out) throws IOException {
    ReportData data = ReportData.load();
    ImmutableList<Ranking> published = data.rankedGroups().stream()
        .map(group -> PublishedRanking.parse(group, data.publishedList(group)))
        .collect(ImmutableList.toImmutableList());
    EvaluationGroup scoredGroup = data.scoredGroup();
    Ranking scored = Rankings.rank(ScoringScheme.LIAOCHENG_2022, scoredGroup, data.sheets().values());
    Ranking tied = Rankings.rank(ScoringScheme.LIAOCHENG_2022, scoredGroup, data.tieSheets().values());
    GroupedTotals<County> byCounty = data.ledger().values().stream().collect(GroupedTotals.toTotalsByCounty());
    Results results = new Results(data, published, scored, WeightSensitivity.stableInterval(scored), tied,
        byCounty, KeyFigures.of(data.figures(), data.period()));

    ConsoleReport.print(results, out);
    out.println();
    out.println("已写出（示例评分均标为示例数据）：");
    for (Path file : ResultFiles.write(results, dir)) {
      out.println("  " + file);
    }
    return results;
  }
}
