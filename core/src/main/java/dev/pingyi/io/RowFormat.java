package dev.pingyi.io;

import dev.pingyi.model.YuanUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A kind of table — projects, score sheets — as {@link TableDriver} reads it: which headers name
 * which columns, which row is the header row, and how a data row becomes a value. A format is made
 * for one table and may keep state across its rows (the ids seen so far).
 *
 * @param <T> the value a row gives
 * @param <R> what a header names
 */
interface RowFormat<T, R> {

  /** A column of the table: its 0-based index, its header as written, what it names and its unit. */
  record Column<R>(int index, String header, R role, @Nullable YuanUnit unit) {}

  /** The column the header names, or null if the format does not read it. */
  Headers.@Nullable Match<R> match(String header);

  /**
   * What a header row must name, completing "no row among the first 30 …": {@code has 项目名称
   * and another column of a project table}.
   */
  String headerRule();

  /** Whether the columns a row's cells name make it the header row. */
  boolean isHeader(List<Column<R>> columns);

  /**
   * Takes the header row's columns; reports a problem of the whole table (a required column
   * missing, one named twice) to the log.
   *
   * @param tableUnit the unit a title row states for the table's amounts, or null
   */
  void begin(List<Column<R>> columns, @Nullable YuanUnit tableUnit, ProblemLog log);

  /**
   * The value of a data row, or null if the row has a problem, which is reported to the log.
   */
  @Nullable T read(RowSource row, ProblemLog log);
}
