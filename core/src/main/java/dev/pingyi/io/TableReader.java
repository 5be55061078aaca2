package dev.pingyi.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A reader of one kind of table, from CSV or {@code .xlsx}: {@link ProjectTableReader} reads
 * projects, {@link ScoreSheetTableReader} score sheets and {@link EvaluatedUnitTableReader} the
 * list of units evaluated. What they share is here: where a table comes from, how its character
 * set is found, and what a read returns or throws. What a row holds, and the headers that name
 * its columns, each reader's class comment says.
 *
 * <p>CSV is read with FastCSV, in the character set given to the reader's builder or, by default,
 * detected: UTF-8 after a byte-order mark, UTF-8 if the file decodes as UTF-8, else GBK if every
 * byte sequence is GBK's, else GB18030; {@link ReadResult#charset()} names the one read. {@code
 * .xlsx} is read with fastexcel-reader, the first sheet unless the builder names one. Both
 * libraries are optional dependencies of pingyi-core: {@code readCsv} needs FastCSV only, {@code
 * readXlsx} fastexcel-reader only.
 *
 * <p>In {@link ReadMode#STRICT} (the default) a read returns every value or throws one {@link
 * TableReadException} listing every problem, up to the builder's cap, with its sheet, row,
 * column, value and rule; in {@link ReadMode#COLLECTING} it returns the good rows beside the
 * problems of the others. A table without a header row or a required column, or a file that is
 * not text in its character set or not an {@code .xlsx} workbook, throws in both modes.
 *
 * <p>Readers are immutable and thread-safe; each read uses state of its own.
 *
 * @param <T> what a row of the table is read as
 */
public abstract sealed class TableReader<T>
    permits ProjectTableReader, ScoreSheetTableReader, EvaluatedUnitTableReader {

  /** The number of problems a reader keeps unless its builder says otherwise. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  private final TableFiles.Options options;

  TableReader(TableFiles.Options options) {
    this.options = requireNonNull(options, "options");
  }

  /**
   * Reads the table of a CSV file.
   *
   * @throws TableReadException if the table, or in strict mode a row, cannot be read
   * @throws IOException if reading the file fails
   * @throws IllegalStateException if FastCSV is not on the class path
   */
  public final ReadResult<T> readCsv(Path file) throws IOException {
    return TableFiles.readCsv(file, options, this::format);
  }

  /**
   * Reads the table of the CSV text the stream holds, to its end; the stream is not closed.
   * Unless the builder gave a character set, the stream is read into memory to detect it.
   *
   * @param source the name problems give for the stream, such as an uploaded file's name
   * @throws TableReadException if the table, or in strict mode a row, cannot be read
   * @throws IOException if reading the stream fails
   * @throws IllegalStateException if FastCSV is not on the class path
   */
  public final ReadResult<T> readCsv(InputStream in, String source) throws IOException {
    return TableFiles.readCsv(in, source, options, this::format);
  }

  /**
   * Reads the table of the first sheet, or the builder's sheet, of an {@code .xlsx} workbook.
   *
   * @throws TableReadException if the workbook, the table, or in strict mode a row, cannot be read
   * @throws IOException if reading the file fails
   * @throws IllegalStateException if fastexcel-reader is not on the class path
   */
  public final ReadResult<T> readXlsx(Path file) throws IOException {
    return TableFiles.readXlsx(file, options, this::format);
  }

  /**
   * Reads the table of the first sheet, or the builder's sheet, of the {@code .xlsx} workbook the
   * stream holds, to its end; the stream is not closed.
   *
   * @param source the name problems give for the stream, such as an uploaded file's name
   * @throws TableReadException if the workbook, the table, or in strict mode a row, cannot be read
   * @throws IOException if reading the stream fails
   * @throws IllegalStateException if fastexcel-reader is not on the class path
   */
  public final ReadResult<T> readXlsx(InputStream in, String source) throws IOException {
    return TableFiles.readXlsx(in, source, options, this::format);
  }

  /** A fresh format of this reader's rows, for one read. */
  abstract RowFormat<T, ?> format();
}
