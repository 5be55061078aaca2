package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.StringArrayHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rows of a CSV file are the records FastCSV's own {@code StringArrayHandler} gives, field for
 * field, whether read as strings or as characters, and its limits fail with its messages.
 */
class CsvRowsTest {

  /** The rows as FastCSV's handler gives them, then the rule of the exception that ended them, if any. */
  private static List<String> expected(String text) {
    List<String> rows = new ArrayList<>();
    try (CsvReader<String[]> reader = CsvReader.builder()
        .skipEmptyLines(false)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .build(StringArrayHandler.of(), new StringReader(text))) {
      for (String[] record : reader) {
        rows.add(record.length + " " + Arrays.toString(record));
      }
    } catch (CsvParseException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      rows.add("is not valid CSV: " + CellText.describe(cause));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  /** The rows CsvRows gives, read as strings and as characters, which must agree. */
  private static List<String> actual(String text) throws IOException {
    List<String> rows = new ArrayList<>();
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    try (CsvRows csv = new CsvRows(in, StandardCharsets.UTF_8)) {
      while (csv.next()) {
        String[] cells = new String[csv.size()];
        for (int i = 0; i < cells.length; i++) {
          CharSequence chars = csv.chars(i);
          String asChars = new StringBuilder(chars).toString();
          cells[i] = csv.cell(i);
          assertThat(asChars).isEqualTo(cells[i]);
          assertThat(chars.length()).isEqualTo(cells[i].length());
          assertThat(chars.toString()).isSameAs(cells[i]);
        }
        assertThat(csv.cell(cells.length)).isEmpty();
        assertThat(csv.chars(cells.length + 3).length()).isZero();
        rows.add(cells.length + " " + Arrays.toString(cells));
      }
    } catch (RowSource.UnreadableTableException e) {
      rows.add(e.getMessage());
    }
    return rows;
  }

  private static void assertSameRows(String text) throws IOException {
    assertThat(actual(text)).as("%s", text.length() > 200 ? text.substring(0, 200) + "…" : text)
        .isEqualTo(expected(text));
  }

  @Test
  void rowsAreFastCsvsRecordsOnRandomText() throws IOException {
    String[] pieces = {"a", "12.5", "冠县", ",", ",", "\"", "\"\"", "\r\n", "\n", "\r", " ", "'", "x\"y", "", "\u3000"};
    SplittableRandom random = new SplittableRandom(10);
    for (int t = 0; t < 5_000; t++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameRows(text.toString());
    }
  }

  @Test
  void rowsAreFastCsvsRecordsOnTheFuzzCorpusAndLongFields() throws IOException {
    Path corpus = Path.of("src/test/resources/dev/pingyi/io/TableFuzzTestInputs");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".csv")).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      if (!text.startsWith("\uFEFF")) {
        assertSameRows(text);
      }
    }
    assertSameRows("a," + "中".repeat(5_000) + ",\"" + "x\"\"".repeat(3_000) + "\"\r\n\r\nb\n");
  }

  @Test
  void tooManyFieldsFailAsFastCsvFails() throws IOException {
    String tooMany = "h\r\n" + ",".repeat(CsvRows.Fields.MAX_FIELDS) + "\r\n";
    String justEnough = "h\r\n" + ",".repeat(CsvRows.Fields.MAX_FIELDS - 1) + "\r\n";
    assertSameRows(tooMany);
    assertSameRows(justEnough);
    assertThat(actual(tooMany).get(1)).contains("surpassed the maximum limit of 16384 fields");
  }
}
