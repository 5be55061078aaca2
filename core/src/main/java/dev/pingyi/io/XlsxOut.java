package dev.pingyi.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link TableWriter} tables as an {@code .xlsx} workbook with fastexcel, a sheet each: a
 * bold, frozen header row, numbers as numeric cells with their format, text neutralised against
 * formulas. The only class of the writers that needs fastexcel.
 */
final class XlsxOut {

  /** The most significant digits a number cell holds exactly: Excel's 15. */
  private static final int EXCEL_DIGITS = 15;

  private XlsxOut() {}

  static void write(List<TableWriter> tables, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(new CsvOut.KeptOpen(out), "Pingyi", "1.0");
    for (TableWriter table : tables) {
      write(table, workbook.newWorksheet(table.sheetName()));
    }
    workbook.finish();
  }

  private static void write(TableWriter table, Worksheet sheet) {
    List<String> headers = table.headers();
    int[] widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      sheet.value(0, c, headers.get(c));
      sheet.style(0, c).bold().set();
      widths[c] = width(headers.get(c));
    }
    int r = 1;
    for (List<TableWriter.Cell> row : table.rows()) {
      for (int c = 0; c < row.size(); c++) {
        TableWriter.Cell cell = row.get(c);
        BigDecimal number = cell.number();
        if (number != null && number.precision() <= EXCEL_DIGITS) {
          sheet.value(r, c, number);
          sheet.style(r, c).format(cell.format().pattern()).set();
        } else if (!cell.text().isEmpty()) {
          sheet.value(r, c, number == null ? CellText.neutralize(cell.text()) : cell.text());
        }
        widths[c] = Math.max(widths[c], width(cell.text()));
      }
      r++;
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, Math.min(60, widths[c] + 2));
    }
    sheet.freezePane(0, 1);
  }

  /** The width of the text in character widths: two for a Chinese character, one for ASCII. */
  private static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += text.charAt(i) < 0x2E80 ? 1 : 2;
    }
    return width;
  }
}
