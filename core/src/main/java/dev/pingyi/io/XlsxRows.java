package dev.pingyi.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one sheet of an {@code .xlsx} workbook, read by fastexcel-reader, as text cells: a
 * text cell as it is; a number as the shortest decimal of its value, at most 15 significant
 * digits as Excel holds and shows numbers (a computed 13.800000000000001 is 13.8); a formula as
 * the value the file saved for it; TRUE or FALSE for a logical cell. An error value ({@code
 * #DIV/0!}) or a formula saved without a value is a problem of its cell. A merged cell is the text
 * of its top-left cell, and the others blank. A number whose format shows a date (a built-in date
 * format, or one with y, m, d, h or s outside quotes and brackets) is its date, {@code 2022-03-15},
 * with the time of day after a space if it has one. The only class of the readers that needs
 * fastexcel-reader.
 */
final class XlsxRows implements RowSource {

  /** The significant digits of an Excel number: a double, printed by Excel with 15. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private static final String[] NO_CELLS = new String[0];

  /** The first bytes of a ZIP archive, as every .xlsx workbook is. */
  private static final int[] ZIP = {'P', 'K', 3, 4};

  /** The first bytes of an OLE2 compound file, as an .xls workbook is. */
  private static final int[] OLE2 = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

  private final ReadableWorkbook workbook;
  private final String sheetName;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private String[] cells = NO_CELLS;
  private String[] problems = NO_CELLS;
  private int rowNumber;

  private XlsxRows(ReadableWorkbook workbook, Sheet sheet) throws IOException {
    this.workbook = workbook;
    this.sheetName = sheet.getName();
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
  }

  /**
   * The rows of the named sheet of the workbook, or of its first sheet.
   *
   * @throws UnreadableTableException if the bytes are not an {@code .xlsx} workbook, or it has no
   *     such sheet
   */
  static XlsxRows open(byte[] bytes, @Nullable String sheet) {
    if (startsWith(bytes, OLE2)) {
      throw new UnreadableTableException(
          "is an Excel 97-2003 (.xls) workbook or another OLE2 file; save it as .xlsx", null);
    }
    if (!startsWith(bytes, ZIP)) {
      throw new UnreadableTableException("is not an .xlsx workbook: it does not start as a ZIP file", null);
    }
    ReadableWorkbook workbook = null;
    try {
      workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
      Optional<Sheet> found = sheet == null ? workbook.getSheet(0) : workbook.findSheet(sheet);
      if (found.isEmpty()) {
        throw new UnreadableTableException(
            sheet == null ? "has no sheet" : "has no sheet named " + sheet, null);
      }
      return new XlsxRows(workbook, found.get());
    } catch (IOException | RuntimeException e) {
      closeQuietly(workbook, e);
      if (e instanceof UnreadableTableException unreadable) {
        throw unreadable;
      }
      throw new UnreadableTableException("is not a readable .xlsx workbook: " + CellText.describe(e), e);
    }
  }

  private static boolean startsWith(byte[] bytes, int[] signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static void closeQuietly(@Nullable ReadableWorkbook workbook, Exception failure) {
    if (workbook != null) {
      try {
        workbook.close();
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** The name of the sheet read. */
  String sheetName() {
    return sheetName;
  }

  @Override
  public boolean next() {
    Row row;
    try {
      if (!rows.hasNext()) {
        return false;
      }
      row = rows.next();
      int n = row.getCellCount();
      cells = n == 0 ? NO_CELLS : new String[n];
      problems = n == 0 ? NO_CELLS : new String[n];
      for (int i = 0; i < n; i++) {
        read(i, row.getCell(i));
      }
    } catch (RuntimeException e) {
      throw new UnreadableTableException("is not a readable .xlsx workbook: " + CellText.describe(e), e);
    }
    rowNumber = Math.max(row.getRowNum(), rowNumber + 1);
    return true;
  }

  private void read(int i, @Nullable Cell cell) {
    cells[i] = "";
    problems[i] = null;
    if (cell == null) {
      return;
    }
    String raw = cell.getRawValue();
    switch (cell.getType()) {
      case NUMBER -> cells[i] = raw == null ? "" : isDate(cell) ? date(cell, raw) : excelNumber(raw);
      case STRING -> cells[i] = raw == null ? "" : raw;
      case BOOLEAN -> cells[i] = "1".equals(raw) ? "TRUE" : "FALSE";
      case FORMULA -> {
        if (raw == null) {
          problems[i] = "holds the formula =" + cell.getFormula() + " with no value saved; open the"
              + " workbook in a spreadsheet program and save it";
        } else if (isErrorValue(raw)) {
          problems[i] = "holds the formula =" + cell.getFormula() + ", whose value is the error " + raw;
        } else {
          cells[i] = cell.getValue() instanceof BigDecimal ? excelNumber(raw) : raw;
        }
      }
      case ERROR -> problems[i] = "holds the error value " + raw;
      case EMPTY -> { }
    }
  }

  /** Whether the number cell's format shows it as a date or time, as Excel decides it. */
  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58))) {
      return true;
    }
    String format = cell.getDataFormatString();
    if (format == null) {
      return false;
    }
    boolean quoted = false;
    boolean bracketed = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\') {
        i++;
      } else if (c == '[') {
        bracketed = true;
      } else if (c == ']') {
        bracketed = false;
      } else if (!bracketed && "yYmMdDhHsS".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date cell as an ISO date, 2022-03-15, with the time of day after a space if it has one;
   * the number itself if it is no date Excel shows. (fastexcel gives a date for every number cell,
   * or throws for a number beyond the dates it can show.)
   */
  private static String date(Cell cell, String raw) {
    LocalDateTime time;
    try {
      time = cell.asDate();
    } catch (RuntimeException e) {
      return excelNumber(raw);
    }
    return time.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? time.toLocalDate().toString() : time.toLocalDate() + " " + time.toLocalTime();
  }

  private static boolean isErrorValue(String raw) {
    return switch (raw) {
      case "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
          "#CALC!" -> true;
      default -> false;
    };
  }

  /** The number as Excel shows it: at most 15 significant digits, plain, no trailing zeros. */
  static String excelNumber(String raw) {
    int significant = 0;
    boolean leading = true;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == 'e' || c == 'E') {
        break;
      }
      if ((c >= '1' && c <= '9') || (c == '0' && !leading)) {
        leading = false;
        significant++;
      }
    }
    if (significant <= EXCEL_DIGITS.getPrecision() || raw.length() > 64) {
      return raw;
    }
    try {
      BigDecimal rounded = new BigDecimal(raw).round(EXCEL_DIGITS).stripTrailingZeros();
      return rounded.scale() < -64 || rounded.scale() > 64 ? raw : rounded.toPlainString();
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  @Override
  public int rowNumber() {
    return rowNumber;
  }

  @Override
  public int size() {
    return cells.length;
  }

  @Override
  public String cell(int column) {
    return column < cells.length ? cells[column] : "";
  }

  @Override
  public @Nullable String cellProblem(int column) {
    return column < problems.length ? problems[column] : null;
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      workbook.close();
    }
  }
}
