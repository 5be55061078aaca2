package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.nio.charset.Charset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a table reader read from one table: the values of its good rows, in the table's order, and
 * an account of everything else — the problems of bad rows, the title and total rows passed over,
 * the blank rows counted, the columns not read — so that nothing in the table goes unseen.
 *
 * <p>In {@link ReadMode#STRICT} a result has no problems (a table with any throws {@link
 * TableReadException} instead); in {@link ReadMode#COLLECTING} it has the good rows and the
 * problems of the others.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of value read from a row
 */
@Value.Immutable
public abstract class ReadResult<T> {

  ReadResult() {}

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** A builder of results, used by the readers. */
  static final class Builder<T> extends ImmutableReadResult.Builder<T> {
    Builder() {}
  }

  /** The file's name, or the name the caller gave a stream. */
  public abstract String source();

  /** The sheet read, for an {@code .xlsx} workbook; empty for CSV. */
  public abstract Optional<String> sheet();

  /**
   * The character set a CSV file was read in, given or detected — detected, UTF-8, GBK, or GB18030
   * only for a file that needs its four-byte sequences; empty for {@code .xlsx}.
   */
  public abstract Optional<Charset> charset();

  /** The header row, from 1. */
  public abstract int headerRow();

  /** The values of the good rows, in the table's order. */
  public abstract ImmutableList<T> values();

  /**
   * The problems found, in the table's order, at most the reader's cap; {@link #problemCount()}
   * counts them all. Empty in {@link ReadMode#STRICT}.
   */
  public abstract ImmutableList<ReadProblem> problems();

  /** The number of problems found, including any beyond the cap of {@link #problems()}. */
  public abstract int problemCount();

  /** Title rows, total rows and repeated header rows, passed over. */
  public abstract ImmutableList<SkippedRow> skippedRows();

  /** The number of blank rows passed over, rows missing from an {@code .xlsx} sheet included. */
  public abstract int blankRowCount();

  /** The headers of the columns the reader did not read, such as 序号 or 备注, as written. */
  public abstract ImmutableList<String> ignoredColumns();

  /** Whether every data row was read: there is no problem. */
  public boolean isComplete() {
    return problemCount() == 0;
  }

  @Value.Check
  void check() {
    checkArgument(
        problemCount() >= problems().size(),
        "ReadResult problemCount=%s is below the %s problems listed",
        problemCount(),
        problems().size());
    checkArgument(headerRow() >= 1, "ReadResult headerRow=%s must be at least 1", headerRow());
    checkArgument(blankRowCount() >= 0, "ReadResult blankRowCount=%s must not be negative", blankRowCount());
  }
}
