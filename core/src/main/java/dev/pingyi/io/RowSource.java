package dev.pingyi.io;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one table, one at a time, as text cells: a CSV file or a sheet of a workbook. The
 * cells of the current row are valid until the next call to {@link #next()}.
 */
interface RowSource extends Closeable {

  /**
   * Moves to the next row.
   *
   * @return false at the end of the table
   * @throws UnreadableTableException if the rest of the table cannot be read: text that is not in
   *     its character set, a CSV quote out of place, a workbook that is damaged
   * @throws IOException if reading the file fails
   */
  boolean next() throws IOException;

  /** The current row, from 1, as a spreadsheet numbers it. */
  int rowNumber();

  /** The number of cells in the current row; a cell beyond it is blank. */
  int size();

  /** The text of the cell at the 0-based column, or the empty string beyond the row's end. */
  String cell(int column);

  /**
   * The characters of the cell at the 0-based column, equal to {@link #cell}'s text, for a reader
   * that only looks at them; valid until the next call to {@link #next()}, and not to be kept. A
   * source may make no string of a cell read this way.
   */
  default CharSequence chars(int column) {
    return cell(column);
  }

  /**
   * Why the cell at the 0-based column has no text that can be read, such as a formula error
   * ({@code #DIV/0!}); null for a cell that has text, blank or not.
   */
  @Nullable String cellProblem(int column);

  /** Thrown when the rest of a table cannot be read, with the rule broken. */
  final class UnreadableTableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableTableException(String rule, @Nullable Throwable cause) {
      super(rule, cause);
    }
  }
}
