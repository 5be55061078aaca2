package dev.pingyi.io;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.StringArrayHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV file, parsed by FastCSV (RFC 4180: comma-separated, double quotes around
 * fields that hold commas, quotes or line breaks) from text decoded strictly: a byte that is not
 * of the character set stops the reading rather than turning into U+FFFD. Every record is a row,
 * an empty line included, so that rows are numbered as Excel numbers them. The only class of
 * the CSV readers that needs FastCSV.
 */
final class CsvRows implements RowSource {

  private static final String[] NO_CELLS = new String[0];

  private final DecodingReader text;
  private final CsvReader<String[]> reader;
  private final CloseableIterator<String[]> records;
  private final Charset charset;
  private String[] cells = NO_CELLS;
  private int rowNumber;

  CsvRows(InputStream in, Charset charset) throws IOException {
    this.charset = charset;
    this.text = new DecodingReader(CsvCharsets.withoutBom(in, charset), charset);
    this.reader = CsvReader.builder()
        .skipEmptyLines(false)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .build(StringArrayHandler.of(), text);
    this.records = reader.iterator();
  }

  @Override
  public boolean next() throws IOException {
    try {
      if (!records.hasNext()) {
        return false;
      }
      cells = records.next();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new UnreadableTableException(
            "holds bytes that are not " + charset.name() + " text (" + e.getCause().getMessage()
                + "); give the reader the file's character set, or save the file as UTF-8", e);
      }
      throw e.getCause();
    } catch (CsvParseException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new UnreadableTableException("is not valid CSV: " + CellText.describe(cause), e);
    }
    rowNumber++;
    return true;
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
    return null;
  }

  /**
   * Whether the whole input is text of the character set, the part not read yet included; reads
   * that part to its end. Call before {@link #close()}.
   *
   * @throws IOException if reading the input fails
   */
  boolean decodesToEnd() throws IOException {
    return text.decodesToEnd();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
