package dev.pingyi.io;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The problems of one table as it is read: every one is counted, the first {@code cap} are kept,
 * and the row being read knows whether it has one.
 */
final class ProblemLog {

  private final String source;
  private final @Nullable String sheet;
  private final int cap;
  private final List<ReadProblem> kept = new ArrayList<>();
  private int count;
  private int row;
  private boolean rowFailed;

  ProblemLog(String source, @Nullable String sheet, int cap) {
    this.source = source;
    this.sheet = sheet;
    this.cap = cap;
  }

  /** Starts a row: the problems reported next are of it. */
  void startRow(int row) {
    this.row = row;
    this.rowFailed = false;
  }

  /** Whether the current row has a problem. */
  boolean rowFailed() {
    return rowFailed;
  }

  /** Reports a problem of a cell of the current row. */
  void cell(int column, @Nullable String header, String value, String rule) {
    add(row, column + 1, header, value, rule);
  }

  /** Reports a problem of the current row as a whole. */
  void row(String rule) {
    add(row, 0, null, null, rule);
  }

  /** Reports a problem of a whole column, at the header row. */
  void column(int headerRow, int column, String header, String rule) {
    add(headerRow, column + 1, header, null, rule);
  }

  /** Reports a problem of the whole table; row 0 means none. */
  void table(int row, String rule) {
    add(row, 0, null, null, rule);
  }

  private void add(int row, int column, @Nullable String header, @Nullable String value, String rule) {
    count++;
    rowFailed = true;
    if (kept.size() < cap) {
      ReadProblem.Builder problem = ReadProblem.builder().source(source).rule(rule);
      if (sheet != null) {
        problem.sheet(sheet);
      }
      if (row > 0) {
        problem.row(row);
      }
      if (column > 0) {
        problem.column(column);
      }
      if (header != null) {
        problem.header(CellText.kept(header));
      }
      if (value != null) {
        problem.value(CellText.kept(value));
      }
      kept.add(problem.build());
    }
  }

  int count() {
    return count;
  }

  ImmutableList<ReadProblem> kept() {
    return ImmutableList.copyOf(kept);
  }

  /** The exception that lists the problems. */
  TableReadException exception(@Nullable Throwable cause) {
    return cause == null
        ? new TableReadException(source, kept, count)
        : new TableReadException(source, kept, count, cause);
  }
}
