package dev.pingyi.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.pingyi.model.Percent;
import dev.pingyi.model.Yuan;
import java.util.List;

/**
 * The figures the report states (报道数字), as {@code figures.csv} holds them: one row a figure, by
 * county-level unit and indicator, with its value as printed (107, 763亿元, 64.6%) and a note.
 * Values are read from their text when a figure is recomputed from them, so a figure the report
 * does not state cannot be used.
 *
 * @param rows the figures in the file's order
 */
record ReportedFigures(ImmutableList<Row> rows) {

  /** The file's name. */
  static final String FILE = "figures.csv";

  /**
   * One figure.
   *
   * @param county the county-level unit's short name, such as 临清市
   * @param indicator the indicator, such as 重点项目数
   * @param value the value as printed, such as 763亿元
   * @param note a note, such as where the report says the figure is its own rounding; may be empty
   */
  record Row(String county, String indicator, String value, String note) {}

  ReportedFigures {
    requireNonNull(rows, "rows");
  }

  static ReportedFigures of(List<NamedCsvRecord> records) {
    return new ReportedFigures(records.stream()
        .map(r -> new Row(r.getField("县区").strip(), r.getField("指标").strip(), r.getField("数值").strip(),
            r.getField("备注").strip()))
        .collect(ImmutableList.toImmutableList()));
  }

  /** The value as printed. */
  String text(String county, String indicator) {
    return rows.stream()
        .filter(r -> r.county().equals(county) && r.indicator().equals(indicator))
        .map(Row::value)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            FILE + " has no figure " + indicator + " for " + county));
  }

  /** A count, such as 107 key projects. */
  int count(String county, String indicator) {
    String text = text(county, indicator);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          FILE + ": " + county + " " + indicator + "=" + text + " is not a count", e);
    }
  }

  /** An amount, such as 4.98亿元. */
  Yuan amount(String county, String indicator) {
    return Yuan.parse(text(county, indicator));
  }

  /** A percentage, such as 64.6%. */
  Percent percent(String county, String indicator) {
    return Percent.parse(text(county, indicator));
  }
}
