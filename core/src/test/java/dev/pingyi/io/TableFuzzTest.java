package dev.pingyi.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Fuzz tests of the readers: whatever the bytes, a reader returns a result or throws {@link
 * TableReadException}, in either mode; any other exception fails the test.
 *
 * <p>A normal test run ({@code mvn test}, {@code mvn verify}) replays the seed corpus committed
 * under {@code src/test/resources/dev/pingyi/io/TableFuzzTestInputs/<method>/}, and the empty
 * input, without instrumenting anything ({@code jazzer.hooks=false} in {@code
 * junit-platform.properties}). To fuzz one reader, set {@code JAZZER_FUZZ=1} and turn the
 * coverage instrumentation on with {@code JAZZER_HOOKS=1}, one method at a time; it fuzzes for
 * the 30 seconds {@code maxDuration} sets, or as long as libFuzzer's {@code -max_total_time}
 * says when given through Jazzer's JUnit parameters (an internal interface of Jazzer 0.24):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 JAZZER_HOOKS=1 mvn -pl core test -Dtest='TableFuzzTest#projectCsv'
 * JAZZER_FUZZ=1 JAZZER_HOOKS=1 mvn -pl core test -Dtest='TableFuzzTest#projectXlsx' \
 *     -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time=600
 * }</pre>
 *
 * <p>An input that fails is saved in the inputs directory, where every later run replays it;
 * inputs that only add coverage go to {@code core/.cifuzz-corpus/}, which git ignores.
 */
class TableFuzzTest {

  private static final ProjectTableReader PROJECTS = TableFixtures.projectReader().clusters(TableFixtures.CLUSTERS).build();
  private static final ProjectTableReader PROJECTS_COLLECTING =
      TableFixtures.projectReader().clusters(TableFixtures.CLUSTERS).mode(ReadMode.COLLECTING).build();
  private static final EvaluatedUnitTableReader UNITS = TableFixtures.unitReader().build();
  private static final EvaluatedUnitTableReader UNITS_COLLECTING =
      TableFixtures.unitReader().mode(ReadMode.COLLECTING).build();
  private static final ScoreSheetTableReader SHEETS = TableFixtures.sheetReader().build();
  private static final ScoreSheetTableReader SHEETS_COLLECTING =
      TableFixtures.sheetReader().mode(ReadMode.COLLECTING).build();

  /** Reads the bytes; only the documented exception may escape. */
  @FunctionalInterface
  private interface Read {
    void read(ByteArrayInputStream in) throws IOException;
  }

  private static void expectResultOrTableReadException(byte[] bytes, Read read) {
    try {
      read.read(new ByteArrayInputStream(bytes));
    } catch (TableReadException expected) {
      if (expected.problems().isEmpty() || expected.getMessage() == null) {
        throw new AssertionError("a TableReadException lists its problems", expected);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a stream in memory cannot fail to be read", e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void projectCsv(byte[] bytes) {
    expectResultOrTableReadException(bytes, in -> PROJECTS.readCsv(in, "fuzz.csv"));
    expectResultOrTableReadException(bytes, in -> PROJECTS_COLLECTING.readCsv(in, "fuzz.csv"));
  }

  @FuzzTest(maxDuration = "30s")
  void sheetCsv(byte[] bytes) {
    expectResultOrTableReadException(bytes, in -> SHEETS.readCsv(in, "fuzz.csv"));
    expectResultOrTableReadException(bytes, in -> SHEETS_COLLECTING.readCsv(in, "fuzz.csv"));
  }

  @FuzzTest(maxDuration = "30s")
  void unitCsv(byte[] bytes) {
    expectResultOrTableReadException(bytes, in -> UNITS.readCsv(in, "fuzz.csv"));
    expectResultOrTableReadException(bytes, in -> UNITS_COLLECTING.readCsv(in, "fuzz.csv"));
  }

  @FuzzTest(maxDuration = "30s")
  void projectXlsx(byte[] bytes) {
    expectResultOrTableReadException(bytes, in -> PROJECTS.readXlsx(in, "fuzz.xlsx"));
    expectResultOrTableReadException(bytes, in -> PROJECTS_COLLECTING.readXlsx(in, "fuzz.xlsx"));
  }

  @FuzzTest(maxDuration = "30s")
  void sheetXlsx(byte[] bytes) {
    expectResultOrTableReadException(bytes, in -> SHEETS.readXlsx(in, "fuzz.xlsx"));
    expectResultOrTableReadException(bytes, in -> SHEETS_COLLECTING.readXlsx(in, "fuzz.xlsx"));
  }
}
