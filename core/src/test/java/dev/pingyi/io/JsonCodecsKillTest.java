package dev.pingyi.io;

import static dev.pingyi.io.JsonSamples.BARE_PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pingyi.aggregate.InvestmentSum;
import dev.pingyi.model.Project;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Counts and years are JSON integers: a string there is refused with a hint about quotes, another
 * kind without one, a count beyond {@code long} is refused and one beyond {@code int} is read; a
 * month of a year past 9999 is read in ISO 8601's signed form, +12345-01.
 */
class JsonCodecsKillTest {

  private static final JsonMapper JSON = PingyiJson.mapper();

  private static ObjectNode project() {
    return (ObjectNode) JSON.readTree(JSON.writeValueAsString(BARE_PROJECT));
  }

  private static JsonRuleException refused(Class<?> type, Object document) {
    JsonRuleException e = catchThrowableOfType(JsonRuleException.class,
        () -> JSON.readValue(document.toString(), type));
    assertThat(e).as("refused: %s", document).isNotNull();
    return e;
  }

  @Test
  void aYearInQuotesIsRefusedWithAHintAboutQuotes() {
    ObjectNode root = project();
    root.put("planYear", "2022");

    JsonRuleException e = refused(Project.class, root);

    assertThat(e.path()).isEqualTo("$.planYear");
    assertThat(e.rule()).isEqualTo("expected a whole JSON number, not a string; counts and years are written without quotes");
  }

  @Test
  void aYearOfAnotherKindIsRefusedWithoutTheHint() {
    ObjectNode root = project();
    root.put("planYear", true);

    assertThat(refused(Project.class, root).rule()).isEqualTo("expected a whole JSON number, not a boolean");
  }

  @Test
  void aCountInQuotesIsRefusedWithAHintAboutQuotes() {
    String json = "{\"amount\":\"0.00\",\"reportedCount\":\"1\",\"absentCount\":0}";

    JsonRuleException e = refused(InvestmentSum.class, json);

    assertThat(e.path()).isEqualTo("$.reportedCount");
    assertThat(e.rule()).isEqualTo("expected a whole JSON number, not a string; counts and years are written without quotes");
  }

  @Test
  void aCountBeyondIntIsReadAndOneBeyondLongIsRefused() {
    InvestmentSum sum = JSON.readValue(
        "{\"amount\":\"1.00\",\"reportedCount\":3000000000,\"absentCount\":0}", InvestmentSum.class);
    assertThat(sum.reportedCount()).isEqualTo(3_000_000_000L);

    JsonRuleException e = refused(InvestmentSum.class,
        "{\"amount\":\"1.00\",\"reportedCount\":1,\"absentCount\":100000000000000000000}");

    assertThat(e.path()).isEqualTo("$.absentCount");
    assertThat(e.rule()).isEqualTo(
        "expected a whole JSON number within [-9223372036854775808, 9223372036854775807]");
  }

  @Test
  void aMonthOfAYearPast9999IsReadInItsSignedForm() {
    Project late = BARE_PROJECT.withCompletionMonth(YearMonth.of(12345, 1));
    ObjectNode root = project();
    root.put("completionMonth", "+12345-01");

    assertThat(JSON.treeToValue(root, Project.class)).isEqualTo(late);
  }

  @Test
  void everyMonthWrittenIsReadBack() {
    for (int year : new int[] {-12345, -1, 0, 999, 1000, 2022, 9999, 10000, 12345, 999_999_999}) {
      for (int month : new int[] {1, 12}) {
        Project p = BARE_PROJECT.withStartMonth(YearMonth.of(year, month));
        JsonNode written = JSON.valueToTree(p);

        assertThat(written.get("startMonth").asString())
            .as("year %s", year)
            .isEqualTo((year > 9999 ? "+" : "") + YearMonth.of(year, month));
        assertThat(JSON.treeToValue(written, Project.class)).as("year %s", year).isEqualTo(p);
      }
    }
  }
}
