/**
 * The JMH suite of Pingyi: ranking and totals against a primitive-array floor, plain records,
 * DuckDB and H2; reading a projects CSV against FastCSV's bare parse, a floor and DuckDB's {@code
 * read_csv}; the analyses' growth, object sizes, and the report made from one run.
 */
@NullMarked
package dev.pingyi.benchmarks;

import org.jspecify.annotations.NullMarked;
