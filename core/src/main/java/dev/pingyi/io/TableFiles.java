package dev.pingyi.io;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Opens table files for the readers: CSV with its character set given or detected, {@code .xlsx}
 * read whole into memory (a workbook is a ZIP archive, read by random access) so that a failure
 * of the library on its bytes is a problem of the file, not of reading it.
 */
final class TableFiles {

  private TableFiles() {}

  /** What the readers share: the character set, the sheet, the mode and the cap on problems kept. */
  record Options(@Nullable Charset charset, @Nullable String sheet, ReadMode mode, int maxProblems) {}

  static <T> ReadResult<T> readCsv(Path file, Options options, Supplier<? extends RowFormat<T, ?>> format)
      throws IOException {
    requireNonNull(file, "file");
    String source = String.valueOf(file.getFileName());
    Charset charset = options.charset();
    if (charset == null) {
      return readDetected(() -> Files.newInputStream(file), source, options, format);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readCsv(in, source, charset, options, format);
    }
  }

  static <T> ReadResult<T> readCsv(
      InputStream in, String source, Options options, Supplier<? extends RowFormat<T, ?>> format) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    Charset charset = options.charset();
    if (charset != null) {
      return readCsv(in, source, charset, options, format);
    }
    byte[] bytes = in.readAllBytes();
    return readDetected(() -> new ByteArrayInputStream(bytes), source, options, format);
  }

  /** Opens the bytes of a table, each time from their start. */
  private interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * Reads a CSV table in the character set {@link CsvCharsets#detect} finds, without its pass over
   * the whole file first: after a byte-order mark, in the character set it names; else as UTF-8 at
   * once, reading the table again only if a byte of the file turns out not to be UTF-8 (the rest
   * of the file is decoded when the table ends early, to know): as GBK if every byte sequence of
   * the file is GBK's, else as GB18030. The result, or the exception, is the one reading in the
   * detected character set gives.
   */
  private static <T> ReadResult<T> readDetected(
      Opener opener, String source, Options options, Supplier<? extends RowFormat<T, ?>> format) throws IOException {
    try (PushbackInputStream in = new PushbackInputStream(opener.open(), 3)) {
      byte[] head = in.readNBytes(3);
      in.unread(head);
      Charset bom = CsvCharsets.byBom(head);
      if (bom != null) {
        return readCsv(in, source, bom, options, format);
      }
      CsvRows rows = csvRows(in, StandardCharsets.UTF_8);
      try (RowSource open = rows) {
        ReadResult<T> result;
        try {
          result = TableDriver.read(open, format.get(), settings(source, StandardCharsets.UTF_8, options));
        } catch (RuntimeException e) {
          if (rows.decodesToEnd()) {
            throw e;
          }
          return readLegacy(opener, source, options, format);
        }
        if (rows.decodesToEnd()) {
          return result;
        }
      }
    }
    return readLegacy(opener, source, options, format);
  }

  /** Reads a table that is not UTF-8 in GBK if every byte sequence is GBK's, else in GB18030. */
  private static <T> ReadResult<T> readLegacy(
      Opener opener, String source, Options options, Supplier<? extends RowFormat<T, ?>> format) throws IOException {
    Charset charset;
    try (InputStream in = opener.open()) {
      charset = CsvCharsets.legacy(in);
    }
    try (InputStream in = opener.open()) {
      return readCsv(in, source, charset, options, format);
    }
  }

  private static <T> ReadResult<T> readCsv(
      InputStream in, String source, Charset charset, Options options, Supplier<? extends RowFormat<T, ?>> format)
      throws IOException {
    try (RowSource open = csvRows(in, charset)) {
      return TableDriver.read(open, format.get(), settings(source, charset, options));
    }
  }

  private static TableDriver.Settings settings(String source, Charset charset, Options options) {
    return new TableDriver.Settings(source, null, charset, options.mode(), options.maxProblems());
  }

  private static CsvRows csvRows(InputStream in, Charset charset) throws IOException {
    try {
      return new CsvRows(in, charset);
    } catch (NoClassDefFoundError e) {
      throw Libraries.missing(e, "Reading CSV", Libraries.FASTCSV);
    }
  }

  static <T> ReadResult<T> readXlsx(Path file, Options options, Supplier<? extends RowFormat<T, ?>> format)
      throws IOException {
    requireNonNull(file, "file");
    return readXlsx(Files.readAllBytes(file), String.valueOf(file.getFileName()), options, format);
  }

  static <T> ReadResult<T> readXlsx(
      InputStream in, String source, Options options, Supplier<? extends RowFormat<T, ?>> format) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    return readXlsx(in.readAllBytes(), source, options, format);
  }

  private static <T> ReadResult<T> readXlsx(
      byte[] bytes, String source, Options options, Supplier<? extends RowFormat<T, ?>> format) throws IOException {
    XlsxRows rows;
    try {
      rows = XlsxRows.open(bytes, options.sheet());
    } catch (NoClassDefFoundError e) {
      throw Libraries.missing(e, "Reading .xlsx", Libraries.FASTEXCEL_READER);
    } catch (RowSource.UnreadableTableException e) {
      throw TableDriver.unreadable(
          new TableDriver.Settings(source, null, null, options.mode(), options.maxProblems()), e);
    }
    TableDriver.Settings settings =
        new TableDriver.Settings(source, rows.sheetName(), null, options.mode(), options.maxProblems());
    try (RowSource open = rows) {
      return TableDriver.read(open, format.get(), settings);
    }
  }
}
