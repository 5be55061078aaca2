package dev.pingyi.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link TableWriter} table as CSV with FastCSV: UTF-8 with a byte-order mark, CRLF,
 * text neutralised against formulas, numbers as plain decimals. The only class of the writers
 * that needs FastCSV.
 */
final class CsvOut {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvOut() {}

  static void write(TableWriter table, OutputStream out) throws IOException {
    OutputStream kept = new KeptOpen(out);
    kept.write(BOM);
    try (CsvWriter csv = CsvWriter.builder()
        .lineDelimiter(LineDelimiter.CRLF)
        .build(new OutputStreamWriter(kept, StandardCharsets.UTF_8))) {
      csv.writeRecord(table.headers());
      List<String> fields = new ArrayList<>(table.headers().size());
      for (List<TableWriter.Cell> row : table.rows()) {
        fields.clear();
        for (TableWriter.Cell cell : row) {
          fields.add(cell.number() == null ? CellText.neutralize(cell.text()) : cell.text());
        }
        csv.writeRecord(fields);
      }
    }
  }

  /** The caller's stream, flushed but not closed when the writer closes. */
  static final class KeptOpen extends FilterOutputStream {
    KeptOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
