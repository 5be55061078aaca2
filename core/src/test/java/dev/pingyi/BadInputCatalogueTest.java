package dev.pingyi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableMap;
import dev.pingyi.io.IoCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalogue: one table of distinct bad inputs over the public API — the model's
 * values, builders and words, aggregation, ranking, the published lists and the
 * {@code dev.pingyi.io} readers of tables and JSON. Each is rejected
 * with the exception type the API documents, by a message that names the field, the value and
 * the rule, at most {@value #MAX_MESSAGE} characters long; and a call on an existing object (an
 * accumulator, a builder, a value) leaves what can be observed of it as it was.
 *
 * <p>README's reliability section gives the count by category; {@link #countsByCategory} keeps
 * the two in step.
 */
class BadInputCatalogueTest {

  /** Messages are bounded: a message never grows with the input it names. */
  private static final int MAX_MESSAGE = 600;

  /** The counts README's reliability section prints. */
  private static final ImmutableMap<String, Integer> README_COUNTS = ImmutableMap.<String, Integer>builder()
      .put(ModelValuesCatalogue.NUMBERS, 85)
      .put(ModelValuesCatalogue.PERIODS, 48)
      .put(ModelValuesCatalogue.CODES, 36)
      .put(ModelValuesCatalogue.WORDS, 14)
      .put(ModelBuildersCatalogue.BUILDERS, 75)
      .put(AggregateCatalogue.AGGREGATION, 51)
      .put(RankingCatalogue.RULES, 42)
      .put(RankingCatalogue.ENGINE, 33)
      .put(RankingCatalogue.PUBLISHED, 39)
      .put(IoCatalogue.TABLES, 77)
      .put(IoCatalogue.JSON, 49)
      .buildOrThrow();

  static List<CatalogueRow> catalogue() {
    List<CatalogueRow> rows = new ArrayList<>();
    rows.addAll(ModelValuesCatalogue.rows());
    rows.addAll(ModelBuildersCatalogue.rows());
    rows.addAll(AggregateCatalogue.rows());
    rows.addAll(RankingCatalogue.rows());
    rows.addAll(IoCatalogue.rows());
    return rows;
  }

  static Stream<CatalogueRow> rows() {
    return catalogue().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void isRejectedWithTheDocumentedExceptionNamingFieldValueAndRule(CatalogueRow row) throws Throwable {
    Object before = row.state() == null ? null : row.state().get();

    Throwable thrown = catchThrowable(row.call());

    assertThat(thrown).as(row.description()).isInstanceOf(row.type());
    assertThat(thrown.getMessage()).as(row.description()).isNotNull().contains(row.fragments());
    assertThat(thrown.getMessage().length()).as(row.description() + ": message length").isLessThanOrEqualTo(MAX_MESSAGE);
    if (row.state() != null) {
      Object expected = row.expectedState() == null ? before : row.expectedState().get();
      assertThat(row.state().get()).as(row.description() + ": what can be observed afterwards").isEqualTo(expected);
    }
  }

  @Test
  void theCatalogueHoldsAtLeast200DistinctInputs() {
    List<CatalogueRow> rows = catalogue();

    assertThat(rows).extracting(CatalogueRow::description).doesNotHaveDuplicates();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(200);
  }

  @Test
  void countsByCategory() {
    Map<String, Long> counts = catalogue().stream()
        .collect(Collectors.groupingBy(CatalogueRow::category, LinkedHashMap::new, Collectors.counting()));
    StringBuilder table = new StringBuilder("Bad-input catalogue, inputs by category:\n");
    counts.forEach((category, count) -> table.append(String.format("  %-40s %4d%n", category, count)));
    table.append(String.format("  %-40s %4d%n", "total", counts.values().stream().mapToLong(Long::longValue).sum()));
    System.out.print(table);

    assertThat(counts).containsExactlyInAnyOrderEntriesOf(
        README_COUNTS.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue())));
  }

  @Test
  void readmeStatesTheCountsByCategory() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Reliability"));

    README_COUNTS.forEach((category, count) ->
        assertThat(section).as("README's row for %s", category).contains("| " + category + " | " + count + " |"));
    int total = README_COUNTS.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(section).contains("| total | " + total + " |").contains(total + " distinct bad inputs");
  }
}
