package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A row's cells beyond its end are blank however long an earlier row was; closing the rows closes
 * the file; and the record handler keeps FastCSV's limits to the character, counts its fields,
 * keeps a comment as a field, grows its buffer only when a field does not fit and then at least
 * twofold, and refuses an index outside a field.
 */
class CsvRowsKillTest {

  private static CsvRows rows(String text) throws IOException {
    return new CsvRows(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void cellsBeyondAShortRowAreBlankAfterALongerRow() throws IOException {
    try (CsvRows rows = rows("abc,def,ghi,jkl\r\nxy\r\n")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.size()).isEqualTo(4);
      assertThat(rows.next()).isTrue();
      assertThat(rows.size()).isEqualTo(1);
      assertThat(rows.chars(0).toString()).isEqualTo("xy");
      for (int column = 1; column < 6; column++) {
        assertThat(rows.chars(column).length()).as("column %s", column).isZero();
        assertThat(rows.chars(column).toString()).isEmpty();
        assertThat(rows.cell(column)).isEmpty();
      }
    }
  }

  @Test
  void cellsBeyondEveryRowAreBlankOnRandomRows() throws IOException {
    Random random = new Random(12);
    for (int trial = 0; trial < 200; trial++) {
      String[][] records = new String[2 + random.nextInt(4)][];
      StringBuilder text = new StringBuilder();
      for (int r = 0; r < records.length; r++) {
        records[r] = new String[1 + random.nextInt(5)];
        for (int c = 0; c < records[r].length; c++) {
          records[r][c] = "x".repeat(random.nextInt(4)) + (char) ('a' + random.nextInt(26));
        }
        text.append(String.join(",", records[r])).append("\r\n");
      }
      try (CsvRows rows = rows(text.toString())) {
        for (String[] record : records) {
          assertThat(rows.next()).isTrue();
          for (int c = 0; c < 7; c++) {
            String expected = c < record.length ? record[c] : "";
            assertThat(rows.chars(c).toString()).as("%s column %s", text, c).isEqualTo(expected);
            assertThat(rows.chars(c).length()).isEqualTo(expected.length());
          }
        }
        assertThat(rows.next()).isFalse();
      }
    }
  }

  @Test
  void closingTheRowsClosesTheFile() throws IOException {
    ClosingStream in = new ClosingStream("a,b\r\n".getBytes(StandardCharsets.UTF_8));
    CsvRows rows = new CsvRows(in, StandardCharsets.UTF_8);
    assertThat(rows.next()).isTrue();

    rows.close();

    assertThat(in.closed).isTrue();
  }

  @Test
  void theHandlerCountsTheFieldsOfItsRecord() {
    CsvRows.Fields fields = new CsvRows.Fields();
    fields.beginRecord(1);
    for (int i = 1; i <= 40; i++) {
      char[] chars = ("f" + i).toCharArray();
      fields.addField(chars, 0, chars.length, false);
      assertThat(fields.getFieldCount()).isEqualTo(i);
      assertThat(fields.getRecordType()).isEqualTo(RecordType.DATA);
    }
    fields.beginRecord(2);
    assertThat(fields.getFieldCount()).isZero();
    fields.setEmpty();
    assertThat(fields.getFieldCount()).isEqualTo(1);
    assertThat(fields.getRecordType()).isEqualTo(RecordType.EMPTY);
  }

  @Test
  void aCommentIsTheOneFieldOfItsRecord() {
    CsvRows.Fields fields = new CsvRows.Fields();
    fields.beginRecord(1);
    char[] data = "a,b".toCharArray();
    fields.addField(data, 0, 1, false);
    fields.addField(data, 2, 1, false);
    fields.beginRecord(2);
    char[] comment = "#一条注释".toCharArray();

    fields.setComment(comment, 1, comment.length - 1);

    assertThat(fields.getRecordType()).isEqualTo(RecordType.COMMENT);
    assertThat(fields.getFieldCount()).isEqualTo(1);
    assertThat(fields.string(0)).isEqualTo("一条注释");
    assertThat(fields.view(0).toString()).isEqualTo("一条注释");
  }

  @Test
  void aFieldOrCommentOfTheMaximumSizeIsKeptAndOneCharacterMoreIsRefused() {
    int max = CsvRows.Fields.MAX_FIELD_SIZE;
    char[] big = new char[max + 1];
    Arrays.fill(big, 'x');
    big[max - 1] = 'y';

    CsvRows.Fields fields = new CsvRows.Fields();
    fields.beginRecord(7);
    fields.addField(big, 0, max, false);
    assertThat(fields.getFieldCount()).isEqualTo(1);
    assertThat(fields.view(0).length()).isEqualTo(max);
    assertThat(fields.view(0).charAt(max - 1)).isEqualTo('y');
    fields.beginRecord(8);
    assertThatThrownBy(() -> fields.addField(big, 0, max + 1, false))
        .isInstanceOf(CsvParseException.class)
        .hasMessage("Field at index 0 in record starting at line 8 exceeds the max field size of 16777216 characters");

    fields.beginRecord(9);
    fields.setComment(big, 0, max);
    assertThat(fields.getFieldCount()).isEqualTo(1);
    assertThat(fields.view(0).length()).isEqualTo(max);
    fields.beginRecord(10);
    assertThatThrownBy(() -> fields.setComment(big, 0, max + 1))
        .isInstanceOf(CsvParseException.class)
        .hasMessageContaining("exceeds the max field size of 16777216 characters");
  }

  @Test
  void aRecordOfTheMaximumSizeIsKeptAndOneCharacterMoreIsRefused() {
    int max = CsvRows.Fields.MAX_FIELD_SIZE;
    char[] field = new char[max];
    Arrays.fill(field, 'z');
    CsvRows.Fields fields = new CsvRows.Fields();
    fields.beginRecord(3);
    for (int i = 0; i < CsvRows.Fields.MAX_RECORD_SIZE / max; i++) {
      fields.addField(field, 0, max, false);
    }
    assertThat(fields.getFieldCount()).isEqualTo(4);

    assertThatThrownBy(() -> fields.addField(field, 0, 1, false))
        .isInstanceOf(CsvParseException.class)
        .hasMessage("Field at index 4 in record starting at line 3 exceeds the max record size of 67108864 characters");

    fields.beginRecord(4);
    fields.addField(field, 0, 1, false);
    assertThat(fields.getFieldCount()).isEqualTo(1);
  }

  @Test
  void theBufferGrowsOnlyWhenAFieldDoesNotFitAndThenAtLeastTwofold() {
    CsvRows.Fields fields = new CsvRows.Fields();
    fields.beginRecord(1);
    char[] one = {'a'};
    fields.addField(one, 0, 1, false);
    char[] buffer = ((CharRun) fields.view(0)).charArray();
    int capacity = buffer.length;

    fields.beginRecord(2);
    char[] exact = new char[capacity];
    Arrays.fill(exact, 'b');
    fields.addField(exact, 0, capacity, false);
    assertThat(((CharRun) fields.view(0)).charArray()).as("a field that fits exactly").isSameAs(buffer);

    fields.addField(one, 0, 1, false);
    char[] grown = ((CharRun) fields.view(1)).charArray();
    assertThat(grown).isNotSameAs(buffer);
    assertThat(grown.length).isGreaterThanOrEqualTo(2 * capacity);
    assertThat(fields.string(0)).isEqualTo(new String(exact));
    assertThat(fields.string(1)).isEqualTo("a");
  }

  @Test
  void aFieldsCharactersEndAtItsLength() throws IOException {
    try (CsvRows rows = rows("ab,cd\r\n")) {
      assertThat(rows.next()).isTrue();
      CharSequence first = rows.chars(0);
      assertThat(first.charAt(0)).isEqualTo('a');
      assertThat(first.charAt(1)).isEqualTo('b');
      assertThatThrownBy(() -> first.charAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> first.charAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  /** A stream of bytes that records whether it was closed. */
  private static final class ClosingStream extends ByteArrayInputStream {
    boolean closed;

    ClosingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
