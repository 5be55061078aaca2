package dev.pingyi.io;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV file, parsed by FastCSV (RFC 4180: comma-separated, double quotes around
 * fields that hold commas, quotes or line breaks) from text decoded strictly: a byte that is not
 * of the character set stops the reading rather than turning into U+FFFD. Every record is a row,
 * an empty line included, so that rows are numbered as Excel numbers them. The only class of
 * the CSV readers that needs FastCSV.
 *
 * <p>A row's fields are kept as characters and made into strings only when {@link #cell} asks for
 * one, so that a reader that only looks a cell up or parses its number ({@link #chars}) makes no
 * string of it. The fields are those FastCSV's {@code StringArrayHandler} gives, and its limits
 * hold with its messages: at most {@value Fields#MAX_FIELDS} fields in a record, {@value
 * Fields#MAX_FIELD_SIZE} characters in a field and {@value Fields#MAX_RECORD_SIZE} in a record.
 */
final class CsvRows implements RowSource {

  private final DecodingReader text;
  private final Fields fields = new Fields();
  private final CsvReader<Fields> reader;
  private final CloseableIterator<Fields> records;
  private final Charset charset;
  private int rowNumber;

  CsvRows(InputStream in, Charset charset) throws IOException {
    this.charset = charset;
    this.text = new DecodingReader(CsvCharsets.withoutBom(in, charset), charset);
    this.reader = CsvReader.builder()
        .skipEmptyLines(false)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .build(fields, text);
    this.records = reader.iterator();
  }

  @Override
  public boolean next() throws IOException {
    try {
      if (!records.hasNext()) {
        return false;
      }
      records.next();
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
    return fields.count;
  }

  @Override
  public String cell(int column) {
    return column < fields.count ? fields.string(column) : "";
  }

  @Override
  public CharSequence chars(int column) {
    return column < fields.count ? fields.view(column) : "";
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

  /**
   * The fields of the current record, as FastCSV hands them over: the characters of each, one
   * after another in one array, and the strings made of them so far.
   */
  static final class Fields extends CsvCallbackHandler<Fields> {

    /** FastCSV's default limits, which its {@code StringArrayHandler} checks. */
    static final int MAX_FIELDS = 16_384;
    static final int MAX_FIELD_SIZE = 16_777_216;
    static final int MAX_RECORD_SIZE = 4 * MAX_FIELD_SIZE;

    private static final char[] NO_CHARS = new char[0];

    private RecordType recordType = RecordType.DATA;
    private long startingLineNumber;
    private int count;
    private int recordSize;
    private char[] chars = new char[1024];
    /** The end of each field in {@link #chars}; a field starts where the one before it ends. */
    private int[] ends = new int[32];
    private @Nullable String[] strings = new String[32];
    private View[] views = new View[0];

    @Override
    protected RecordType getRecordType() {
      return recordType;
    }

    @Override
    protected int getFieldCount() {
      return count;
    }

    @Override
    protected void beginRecord(long line) {
      startingLineNumber = line;
      count = 0;
      recordSize = 0;
      recordType = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buffer, int offset, int length, boolean quoted) {
      if (length > MAX_FIELD_SIZE) {
        throw new CsvParseException(
            "Field at index %d in record starting at line %d exceeds the max field size of %d characters"
                .formatted(count, startingLineNumber, MAX_FIELD_SIZE));
      }
      if (recordSize + length > MAX_RECORD_SIZE) {
        throw new CsvParseException(
            "Field at index %d in record starting at line %d exceeds the max record size of %d characters"
                .formatted(count, startingLineNumber, MAX_RECORD_SIZE));
      }
      if (count == MAX_FIELDS) {
        throw new CsvParseException("Record starting at line %d has surpassed the maximum limit of %d fields"
            .formatted(startingLineNumber, MAX_FIELDS));
      }
      put(buffer, offset, length);
      recordSize += length;
    }

    @Override
    protected void setComment(char[] buffer, int offset, int length) {
      recordType = RecordType.COMMENT;
      if (length > MAX_FIELD_SIZE) {
        throw new CsvParseException(
            "Field at index %d in record starting at line %d exceeds the max field size of %d characters"
                .formatted(count, startingLineNumber, MAX_FIELD_SIZE));
      }
      count = 0;
      put(buffer, offset, length);
    }

    @Override
    protected void setEmpty() {
      recordType = RecordType.EMPTY;
      count = 0;
      put(NO_CHARS, 0, 0);
    }

    @Override
    protected Fields buildRecord() {
      return this;
    }

    private void put(char[] buffer, int offset, int length) {
      int start = count == 0 ? 0 : ends[count - 1];
      if (start + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, start + length));
      }
      System.arraycopy(buffer, offset, chars, start, length);
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, 2 * count);
        strings = Arrays.copyOf(strings, 2 * count);
      }
      ends[count] = start + length;
      strings[count] = null;
      count++;
    }

    private int start(int field) {
      return field == 0 ? 0 : ends[field - 1];
    }

    /** The field as a string, made once per record. */
    String string(int field) {
      String s = strings[field];
      if (s == null) {
        int start = start(field);
        s = new String(chars, start, ends[field] - start);
        strings[field] = s;
      }
      return s;
    }

    /** The field's characters, valid until the next record: one view per column, set on each call. */
    CharSequence view(int field) {
      if (field >= views.length) {
        View[] grown = Arrays.copyOf(views, Math.max(field + 1, 2 * views.length));
        for (int i = views.length; i < grown.length; i++) {
          grown[i] = new View(i);
        }
        views = grown;
      }
      View view = views[field];
      view.chars = chars;
      view.start = start(field);
      view.length = ends[field] - view.start;
      return view;
    }

    /** The characters of one field of the current record. */
    private final class View implements CharRun {
      private final int field;
      private char[] chars = NO_CHARS;
      private int start;
      private int length;

      View(int field) {
        this.field = field;
      }

      @Override
      public int length() {
        return length;
      }

      @Override
      public char[] charArray() {
        return chars;
      }

      @Override
      public int charStart() {
        return start;
      }

      @Override
      public char charAt(int index) {
        if (index < 0 || index >= length) {
          throw new StringIndexOutOfBoundsException(index);
        }
        return chars[start + index];
      }

      @Override
      public CharSequence subSequence(int start, int end) {
        return string(field).subSequence(start, end);
      }

      @Override
      public String toString() {
        return string(field);
      }
    }
  }
}
