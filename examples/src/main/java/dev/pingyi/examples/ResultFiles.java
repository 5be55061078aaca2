package dev.pingyi.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import dev.pingyi.io.PingyiJson;
import dev.pingyi.io.TableWriter;
import dev.pingyi.model.YuanUnit;
import dev.pingyi.ranking.Ranking;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the three result files: the page, the JSON document and the workbook. */
final class ResultFiles {

  static final String HTML = "report.html";
  static final String JSON = "results.json";
  static final String XLSX = "results.xlsx";

  private ResultFiles() {}

  /** Writes {@code report.html}, {@code results.json} and {@code results.xlsx} into the directory. */
  static ImmutableList<Path> write(Results results, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path html = Files.writeString(dir.resolve(HTML), ReportPage.of(results).render(), UTF_8);
    Path json = dir.resolve(JSON);
    PingyiJson.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), ResultsDocument.of(results));
    Path xlsx = dir.resolve(XLSX);
    TableWriter.writeXlsx(tables(results), xlsx);
    return ImmutableList.of(html, json, xlsx);
  }

  /**
   * The workbook's sheets: each published ranking, the two illustrative rankings (named as such),
   * the ledger's projects and the totals by county, in 亿元.
   */
  static List<TableWriter> tables(Results results) {
    List<TableWriter> tables = new ArrayList<>();
    for (Ranking ranking : results.published()) {
      tables.add(TableWriter.ranking(ranking).withSheetName(sheetName("公布-", ranking)));
    }
    tables.add(TableWriter.ranking(results.scored()).withSheetName("示例评分（示例数据）"));
    tables.add(TableWriter.ranking(results.tied()).withSheetName("示例评分·并列（示例数据）"));
    tables.add(TableWriter.projects(results.data().ledger().values(), YuanUnit.YI).withSheetName("重点项目"));
    tables.add(TableWriter.totalsByCounty(results.investmentByCounty(), YuanUnit.YI, results.data().period())
        .withSheetName("分县投资"));
    return tables;
  }

  /** 公布-经济部门: the prefix and the group's name, cut to Excel's 31 characters. */
  private static String sheetName(String prefix, Ranking ranking) {
    String name = prefix + ranking.group().name();
    return name.length() <= 31 ? name : name.substring(0, 31);
  }
}
