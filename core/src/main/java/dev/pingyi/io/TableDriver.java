package dev.pingyi.io;

import com.google.common.collect.ImmutableList;
import dev.pingyi.internal.TextRules;
import dev.pingyi.model.YuanUnit;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads one table, of any {@link RowFormat}, in one pass over its rows: finds the header row below
 * any title rows, passes over blank, total and repeated header rows, reads every other row, and
 * returns a {@link ReadResult} or throws a {@link TableReadException} as the {@link ReadMode}
 * says.
 *
 * <p>The header row is the first row whose cells the format accepts as a header; the rows above
 * it are title rows, and there may be at most {@value #MAX_HEADER_ROW} − 1 of them.
 */
final class TableDriver {

  /** The last row the header row may be on. */
  static final int MAX_HEADER_ROW = 30;

  private TableDriver() {}

  /** Where a table comes from and how to read it. */
  record Settings(String source, @Nullable String sheet, @Nullable Charset charset, ReadMode mode, int maxProblems) {}

  static <T, R> ReadResult<T> read(RowSource rows, RowFormat<T, R> format, Settings settings)
      throws IOException {
    ProblemLog log = new ProblemLog(settings.source(), settings.sheet(), settings.maxProblems());
    ImmutableList.Builder<T> values = ImmutableList.builder();
    List<SkippedRow> skipped = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    int blank = 0;
    int last = 0;
    int headerRow = 0;
    String[] header = new String[0];
    int[] unheaded = new int[0];
    @Nullable YuanUnit tableUnit = null;
    try {
      while (rows.next()) {
        int row = rows.rowNumber();
        blank += row - last - 1;
        last = row;
        int first = firstNonBlank(rows);
        if (first < 0) {
          blank++;
          continue;
        }
        log.startRow(row);
        if (headerRow == 0) {
          List<RowFormat.Column<R>> columns = columns(rows, format);
          if (format.isHeader(columns)) {
            headerRow = row;
            header = cells(rows);
            unheaded = unheaded(header);
            for (String text : header) {
              if (!CellText.isBlank(text) && format.match(text) == null) {
                ignored.add(CellText.kept(text));
              }
            }
            format.begin(columns, tableUnit, log);
            if (log.count() > 0) {
              throw log.exception(null);
            }
            continue;
          }
          skipped.add(SkippedRow.of(row, SkipReason.TITLE, text(rows)));
          for (int i = 0; i < rows.size() && tableUnit == null; i++) {
            tableUnit = Headers.titleUnit(rows.cell(i));
          }
          if (row >= MAX_HEADER_ROW) {
            break;
          }
          continue;
        }
        if (isTotal(rows.chars(first))) {
          skipped.add(SkippedRow.of(row, SkipReason.TOTAL, text(rows)));
          continue;
        }
        if (repeats(rows, header)) {
          skipped.add(SkippedRow.of(row, SkipReason.REPEATED_HEADER, text(rows)));
          continue;
        }
        T value = format.read(rows, log);
        checkUnheaded(rows, header.length, unheaded, log);
        if (value != null && !log.rowFailed()) {
          values.add(value);
        }
      }
    } catch (RowSource.UnreadableTableException e) {
      log.table(last + 1, String.valueOf(e.getMessage()));
      throw log.exception(e);
    }
    if (headerRow == 0) {
      log.table(0, "has no header row: no row among the first " + MAX_HEADER_ROW + " "
          + format.headerRule());
      throw log.exception(null);
    }
    if (settings.mode() == ReadMode.STRICT && log.count() > 0) {
      throw log.exception(null);
    }
    ReadResult.Builder<T> result = ReadResult.<T>builder()
        .source(settings.source())
        .headerRow(headerRow)
        .addAllValues(values.build())
        .addAllProblems(log.kept())
        .problemCount(log.count())
        .addAllSkippedRows(skipped)
        .blankRowCount(blank)
        .addAllIgnoredColumns(ignored);
    if (settings.sheet() != null) {
      result.sheet(settings.sheet());
    }
    if (settings.charset() != null) {
      result.charset(settings.charset());
    }
    return result.build();
  }

  /** The exception for a table that cannot be opened at all. */
  static TableReadException unreadable(Settings settings, RowSource.UnreadableTableException e) {
    ProblemLog log = new ProblemLog(settings.source(), settings.sheet(), settings.maxProblems());
    log.table(0, String.valueOf(e.getMessage()));
    return log.exception(e);
  }

  private static <T, R> List<RowFormat.Column<R>> columns(RowSource rows, RowFormat<T, R> format) {
    List<RowFormat.Column<R>> columns = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String text = rows.cell(i);
      Headers.Match<R> match = format.match(text);
      if (match != null) {
        columns.add(new RowFormat.Column<>(i, text, match.role(), match.unit()));
      }
    }
    return columns;
  }

  private static String[] cells(RowSource rows) {
    String[] cells = new String[rows.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = rows.cell(i);
    }
    return cells;
  }

  /** The columns, within the header's width, whose header is blank. */
  private static int[] unheaded(String[] header) {
    return IntStream.range(0, header.length).filter(i -> CellText.isBlank(header[i])).toArray();
  }

  private static void checkUnheaded(RowSource rows, int width, int[] unheaded, ProblemLog log) {
    for (int i : unheaded) {
      reportIfFilled(rows, i, log);
    }
    for (int i = width; i < rows.size(); i++) {
      reportIfFilled(rows, i, log);
    }
  }

  private static void reportIfFilled(RowSource rows, int column, ProblemLog log) {
    if (!CellText.isBlank(rows.chars(column))) {
      log.cell(column, null, rows.cell(column), "is in a column with no header; give the column a header, or"
          + " clear the cell");
    }
  }

  /** The index of the row's first cell that is not blank, or −1 for a blank row. */
  private static int firstNonBlank(RowSource rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (!CellText.isBlank(rows.chars(i)) || rows.cellProblem(i) != null) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the text starts a total row: 合计, 总计, 小计, 共计, or 全市/全县/总 before 合计 or 总计. */
  static boolean isTotal(CharSequence text) {
    int start = 0;
    while (start < text.length() && TextRules.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start == text.length() || "合总小共全".indexOf(text.charAt(start)) < 0) {
      return false;
    }
    String s = Headers.normalize(text.toString());
    for (String word : TOTAL_WORDS) {
      if (s.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] TOTAL_WORDS = {
    "合计", "总计", "小计", "共计", "总合计", "全市合计", "全市总计", "全县合计", "全县总计"
  };

  private static boolean repeats(RowSource rows, String[] header) {
    for (int i = 0; i < header.length; i++) {
      if (!CellText.sameText(header[i], rows.chars(i))) {
        return false;
      }
    }
    return true;
  }

  /** The row's non-blank cells joined by " | ", cut as problems cut values. */
  private static String text(RowSource rows) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < rows.size() && s.length() <= CellText.MAX_KEPT; i++) {
      String cell = rows.cell(i);
      if (!CellText.isBlank(cell)) {
        if (s.length() > 0) {
          s.append(" | ");
        }
        s.append(TextRules.strip(cell));
      }
    }
    return CellText.kept(s.toString());
  }
}
