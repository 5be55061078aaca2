package dev.pingyi.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link TableWriter} tables as an {@code .xlsx} workbook with fastexcel, a sheet each: a
 * bold, frozen header row, numbers as numeric cells with their format, text neutralised against
 * formulas; the same tables give the same bytes, whenever they are written. The only class of the
 * writers that needs fastexcel.
 */
final class XlsxOut {

  /** The most significant digits a number cell holds exactly: Excel's 15. */
  private static final int EXCEL_DIGITS = 15;

  private XlsxOut() {}

  /**
   * The time every entry of the archive carries: the first a ZIP archive can state, so that the
   * bytes do not depend on when, or in which time zone, they were written.
   */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  /** The creation time fastexcel stamps into {@code docProps/core.xml}; optional in a workbook. */
  private static final Pattern CREATED = Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");

  static void write(List<TableWriter> tables, OutputStream out) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(buffer, "Pingyi", "1.0");
    for (TableWriter table : tables) {
      write(table, workbook.newWorksheet(table.sheetName()));
    }
    workbook.finish();
    writeReproducibly(buffer.toByteArray(), out);
  }

  /**
   * Copies the archive fastexcel wrote, entry by entry in its order, with every entry's time set to
   * {@link #ENTRY_TIME} and the creation time taken out of {@code docProps/core.xml}: fastexcel
   * stamps the clock into the properties and offers no way to set them, so that two writes of one
   * table would differ.
   */
  private static void writeReproducibly(byte[] archive, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(new CsvOut.KeptOpen(out))) {
      new Entries(archive).forEach((name, content) -> {
        if (name.equals("docProps/core.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          content = CREATED.matcher(xml).replaceAll("").getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry); // closes the entry before it; close() closes the last
        zip.write(content);
      });
    }
  }

  /**
   * The entries of the archive fastexcel writes (through opczip), read front to back from their
   * local headers: each is deflated and followed by a data descriptor whose sizes, as Zip64's, take
   * eight bytes each, which {@link java.util.zip.ZipInputStream} cannot read without the Zip64
   * field opczip leaves out of the local header. The deflated data ends where the inflater says it
   * does, so no size is needed. Package-private for its tests.
   */
  static final class Entries {
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int DEFLATED = 8;
    private static final int STORED = 0;
    private static final int HAS_DESCRIPTOR = 8;

    private final ByteBuffer bytes;

    Entries(byte[] archive) {
      this.bytes = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Something done with an entry's name and content. */
    interface EntryConsumer {
      void accept(String name, byte[] content) throws IOException;
    }

    void forEach(EntryConsumer consumer) throws IOException {
      int at = 0;
      while (at + 30 <= bytes.limit() && bytes.getInt(at) == LOCAL_HEADER) {
        int flags = bytes.getShort(at + 6) & 0xFFFF;
        int method = bytes.getShort(at + 8) & 0xFFFF;
        long compressedSize = bytes.getInt(at + 18) & 0xFFFFFFFFL;
        int nameLength = bytes.getShort(at + 26) & 0xFFFF;
        int extraLength = bytes.getShort(at + 28) & 0xFFFF;
        String name = new String(bytes.array(), at + 30, nameLength, StandardCharsets.UTF_8);
        int data = at + 30 + nameLength + extraLength;
        byte[] content;
        int end;
        if (method == DEFLATED) {
          Inflater inflater = new Inflater(true);
          try {
            inflater.setInput(bytes.array(), data, bytes.limit() - data);
            ByteArrayOutputStream inflated = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 14];
            while (!inflater.finished()) {
              int n = inflater.inflate(buffer);
              if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                throw new IOException("fastexcel's entry " + name + " ends before its deflated data");
              }
              inflated.write(buffer, 0, n);
            }
            content = inflated.toByteArray();
            end = bytes.limit() - inflater.getRemaining();
          } catch (DataFormatException e) {
            throw new IOException("fastexcel's entry " + name + " is not deflated data", e);
          } finally {
            inflater.end();
          }
        } else if (method == STORED && (flags & HAS_DESCRIPTOR) == 0) {
          content = Arrays.copyOfRange(bytes.array(), data, Math.toIntExact(data + compressedSize));
          end = data + content.length;
        } else {
          throw new IOException("fastexcel's entry " + name + " has compression method " + method);
        }
        consumer.accept(name, content);
        at = (flags & HAS_DESCRIPTOR) == 0 ? end : skipDescriptor(end);
      }
    }

    /** The offset after the data descriptor at the offset: Zip64's sizes (24 bytes) or the classic (16). */
    private int skipDescriptor(int at) {
      int start = bytes.getInt(at) == DATA_DESCRIPTOR ? at + 4 : at;
      int zip64 = start + 4 + 16;
      return zip64 + 4 <= bytes.limit() && isHeader(bytes.getInt(zip64)) ? zip64 : start + 4 + 8;
    }

    private static boolean isHeader(int signature) {
      return signature == LOCAL_HEADER || signature == 0x02014b50;
    }
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
