package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;

import dev.pingyi.internal.TextRules;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One problem a table reader found: where it is — the file, the sheet of an {@code .xlsx}, the
 * row and column as a spreadsheet numbers them — the value found there, and the rule it breaks.
 *
 * <p>A problem of one cell has a row and a column; a problem of a row as a whole (an investment
 * above the total, a project id already used) has a row only; a problem of the whole table (no
 * header row, a required column missing, a file that is not valid text) may have neither. Rows
 * and columns count from 1, blank rows and the rows above the header included, so that they are
 * the numbers Excel shows; in a CSV file a row is a record, which a quoted line break can spread
 * over several lines.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadProblem {

  ReadProblem() {}

  static Builder builder() {
    return new Builder();
  }

  /** A builder of problems, used by the readers. */
  static final class Builder extends ImmutableReadProblem.Builder {
    Builder() {}
  }

  /** The file's name, or the name the caller gave a stream. */
  public abstract String source();

  /** The sheet of an {@code .xlsx} workbook; empty for CSV. */
  public abstract Optional<String> sheet();

  /** The row, from 1; empty for a problem of the whole table. */
  public abstract OptionalInt row();

  /** The column, from 1 (A is 1); empty for a problem of a whole row or table. */
  public abstract OptionalInt column();

  /** The column's letters as a spreadsheet shows them (A, B, … AA), if the problem has a column. */
  public Optional<String> columnLetters() {
    return column().isPresent()
        ? Optional.of(CellText.columnLetters(column().getAsInt()))
        : Optional.empty();
  }

  /** The column's header as the table writes it, if the column has one. */
  public abstract Optional<String> header();

  /**
   * The value found, as the table holds it, cut after 200 characters; {@link #toString()} shows
   * it with invisible characters escaped.
   */
  public abstract Optional<String> value();

  /** The rule the value breaks, such as {@code is not a number: a number cell starts with digits}. */
  public abstract String rule();

  @Value.Check
  void check() {
    checkArgument(row().orElse(1) >= 1, "ReadProblem row=%s must be at least 1", row());
    checkArgument(column().orElse(1) >= 1, "ReadProblem column=%s must be at least 1", column());
  }

  /**
   * The problem in one line, with the value shown safely (invisible characters escaped, long text
   * cut): {@code projects.csv row 5, column D (总投资（亿元）) '12,50': has thousands separators …}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source());
    sheet().ifPresent(sheet -> s.append(" sheet ").append(sheet));
    row().ifPresent(row -> s.append(" row ").append(row));
    if (column().isPresent()) {
      s.append(row().isPresent() ? ", column " : " column ").append(columnLetters().orElse(""));
      header().ifPresent(header -> s.append(" (").append(TextRules.shown(header)).append(')'));
    }
    value().ifPresent(value -> s.append(" '").append(TextRules.shown(value)).append('\''));
    return s.append(": ").append(rule()).toString();
  }
}
