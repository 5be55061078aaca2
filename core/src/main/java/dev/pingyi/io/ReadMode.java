package dev.pingyi.io;

/**
 * How a table reader treats bad rows: refuse the table ({@link #STRICT}, the default) or keep the
 * good rows and report the bad ones ({@link #COLLECTING}). In both modes every bad cell is
 * reported with its position, and a table that cannot be read at all — no header row, a required
 * column missing, a file that is not CSV text or {@code .xlsx} — throws {@link
 * TableReadException}.
 */
public enum ReadMode {
  /**
   * Return every row, or throw one {@link TableReadException} that lists every problem (up to the
   * reader's cap) with its sheet, row, column, value and rule.
   */
  STRICT,
  /**
   * Return the good rows, and the problems of the bad ones in {@link ReadResult#problems()}; a row
   * with any problem is left out of {@link ReadResult#values()} entirely.
   */
  COLLECTING
}
