package dev.pingyi.io;

import dev.pingyi.CatalogueRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code dev.pingyi.io} part of the bad-input catalogue: every malformed table of
 * {@link TableMalformedTest} and every malformed JSON document of {@link JsonMalformedTest}, as
 * catalogue rows. A table is read in strict mode and must be refused with a
 * {@link TableReadException} whose message names the row and column (the field), the value and
 * the rule; a document that is JSON but breaks a rule must be refused with a
 * {@link JsonRuleException} whose message names the JSONPath, the value and the rule. Text that is
 * not JSON at all is Jackson's to refuse: {@link JsonMalformedTest} checks the line and column
 * of those, and they are not counted here.
 *
 * <p>The two tests keep checking what only they check (the first problem's parts, the collecting
 * mode, Jackson's location); the catalogue adds the checks every bad input gets: the message's
 * fragments and its bounded length.
 */
public final class IoCatalogue {

  /** The catalogue's category of malformed CSV and .xlsx tables. */
  public static final String TABLES = "io: tables (CSV, .xlsx)";

  /** The catalogue's category of malformed JSON documents. */
  public static final String JSON = "io: JSON documents";

  private IoCatalogue() {}

  /** One row for each malformed table and each malformed JSON document. */
  public static List<CatalogueRow> rows() {
    List<CatalogueRow> rows = new ArrayList<>();
    TableMalformedTest.allCases().forEach(c -> rows.add(CatalogueRow.of(
        TABLES, c.toString(),
        () -> c.kind().read(c.bytes(), ReadMode.STRICT, c.reader()),
        TableReadException.class,
        position(c), c.rule())));
    for (JsonMalformedTest.Case c : JsonMalformedTest.documents()) {
      if (c.exception == JsonRuleException.class) {
        rows.add(CatalogueRow.of(
            JSON, c.description,
            () -> PingyiJson.mapper().readValue(c.json, c.type),
            JsonRuleException.class,
            c.path + " (line ", c.rule));
      }
    }
    return rows;
  }

  /** How a problem's message gives its place: {@code row 3, column E}, {@code row 3} or {@code column E}. */
  private static String position(TableMalformedTest.Case c) {
    if (c.row() == 0) {
      return c.column().isEmpty() ? "case." : " column " + c.column();
    }
    return c.column().isEmpty() ? " row " + c.row() : " row " + c.row() + ", column " + c.column();
  }
}
