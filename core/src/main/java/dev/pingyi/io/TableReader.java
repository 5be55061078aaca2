package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

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

  /**
   * The settings every reader's builder has: where a table comes from and what a read does with
   * bad rows. Each reader's own builder adds what its rows need; a setting given twice keeps the
   * later value.
   *
   * @param <B> the reader's own builder, which every setting returns
   */
  public abstract static sealed class Builder<B extends Builder<B>>
      permits ProjectTableReader.Builder, ScoreSheetTableReader.Builder, EvaluatedUnitTableReader.Builder {
    private final String reader;
    private @Nullable Charset charset;
    private @Nullable String sheet;
    private ReadMode mode = ReadMode.STRICT;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;

    Builder(String reader) {
      this.reader = reader;
    }

    /** The character set of CSV files, instead of detecting it. */
    public final B charset(Charset charset) {
      this.charset = requireNonNull(charset, "charset");
      return self();
    }

    /** The sheet of an {@code .xlsx} workbook to read, instead of the first. */
    public final B sheet(String sheet) {
      this.sheet = requireNonNull(sheet, "sheet");
      return self();
    }

    /** Strict (the default) or collecting. */
    public final B mode(ReadMode mode) {
      this.mode = requireNonNull(mode, "mode");
      return self();
    }

    /**
     * The most problems a result or exception lists; more are counted. {@value
     * TableReader#DEFAULT_MAX_PROBLEMS} by default.
     *
     * @throws IllegalArgumentException if the number is below 1
     */
    public final B maxProblems(int maxProblems) {
      checkArgument(maxProblems >= 1, "%s maxProblems=%s must be at least 1", reader, maxProblems);
      this.maxProblems = maxProblems;
      return self();
    }

    /** This builder, as its own type. */
    abstract B self();

    /** The settings of this class, for the reader being built. */
    final TableFiles.Options options() {
      return new TableFiles.Options(charset, sheet, mode, maxProblems);
    }
  }
}
