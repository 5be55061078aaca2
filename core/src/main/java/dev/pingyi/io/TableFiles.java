package dev.pingyi.io;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
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

  static <T, R> ReadResult<T> readCsv(Path file, Options options, Supplier<RowFormat<T, R>> format)
      throws IOException {
    requireNonNull(file, "file");
    String source = String.valueOf(file.getFileName());
    Charset charset = options.charset();
    if (charset == null) {
      try (InputStream in = Files.newInputStream(file)) {
        charset = CsvCharsets.detect(in);
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readCsv(in, source, charset, options, format);
    }
  }

  static <T, R> ReadResult<T> readCsv(
      InputStream in, String source, Options options, Supplier<RowFormat<T, R>> format) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    Charset charset = options.charset();
    if (charset != null) {
      return readCsv(in, source, charset, options, format);
    }
    byte[] bytes = in.readAllBytes();
    charset = CsvCharsets.detect(new ByteArrayInputStream(bytes));
    return readCsv(new ByteArrayInputStream(bytes), source, charset, options, format);
  }

  private static <T, R> ReadResult<T> readCsv(
      InputStream in, String source, Charset charset, Options options, Supplier<RowFormat<T, R>> format)
      throws IOException {
    TableDriver.Settings settings =
        new TableDriver.Settings(source, null, charset, options.mode(), options.maxProblems());
    RowSource rows;
    try {
      rows = new CsvRows(in, charset);
    } catch (NoClassDefFoundError e) {
      throw Libraries.missing(e, "Reading CSV", Libraries.FASTCSV);
    }
    try (RowSource open = rows) {
      return TableDriver.read(open, format.get(), settings);
    }
  }

  static <T, R> ReadResult<T> readXlsx(Path file, Options options, Supplier<RowFormat<T, R>> format)
      throws IOException {
    requireNonNull(file, "file");
    return readXlsx(Files.readAllBytes(file), String.valueOf(file.getFileName()), options, format);
  }

  static <T, R> ReadResult<T> readXlsx(
      InputStream in, String source, Options options, Supplier<RowFormat<T, R>> format) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    return readXlsx(in.readAllBytes(), source, options, format);
  }

  private static <T, R> ReadResult<T> readXlsx(
      byte[] bytes, String source, Options options, Supplier<RowFormat<T, R>> format) throws IOException {
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
