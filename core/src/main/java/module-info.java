/**
 * Pingyi core: the immutable model of county-level units, key projects, industry clusters and
 * comprehensive evaluations ({@code dev.pingyi.model}), exact investment totals and report
 * figures ({@code dev.pingyi.aggregate}), the ranking engine ({@code dev.pingyi.ranking}), and
 * the spreadsheets and JSON offices exchange ({@code dev.pingyi.io}, whose libraries — FastCSV,
 * fastexcel, Jackson 3 — are optional).
 *
 * <p>The API returns Guava's immutable collections, so the module reads Guava transitively: a
 * modular consumer requires {@code dev.pingyi.core} alone. Immutables and JSpecify are needed
 * at compile time only. {@code dev.pingyi.internal} is not exported.
 */
module dev.pingyi.core {
  requires transitive com.google.common;
  requires static java.compiler;
  requires static org.immutables.value;
  requires static org.jspecify;
  // optional: only dev.pingyi.io uses them, and only its readers and writers need them present
  requires static de.siegmar.fastcsv;
  requires static org.dhatim.fastexcel;
  requires static org.dhatim.fastexcel.reader;
  requires static tools.jackson.databind;

  exports dev.pingyi.model;
  exports dev.pingyi.aggregate;
  exports dev.pingyi.ranking;
  exports dev.pingyi.io;
}
