package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.InvestmentTotals;
import dev.pingyi.model.County;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.ScoringScheme;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed JSON documents, each with the exception it raises and the position that exception
 * reports: the JSONPath (and the rule) for JSON that is no valid value, the line and column for
 * text that is not JSON at all.
 */
class JsonMalformedTest {

  private static final JsonMapper JSON = PingyiJson.mapper();

  private static final String PREFECTURE = "{\"name\":\"聊城市\",\"code\":\"371500\"}";
  private static final String COUNTY =
      "{\"name\":\"冠县\",\"kind\":\"COUNTY\",\"divisionCode\":\"371525\",\"prefecture\":" + PREFECTURE + "}";

  static List<Case> documents() {
    return List.of(
        // text that is not JSON: Jackson's StreamReadException at a line and column
        notJson("a document cut off inside an object", Prefecture.class, "{\"name\":\"聊城市\",\n\"code\":\"371500\"", 2, 16),
        notJson("a trailing comma", Prefecture.class, "{\"name\":\"聊城市\",\n \"code\":\"371500\",\n}", 3, 1),
        notJson("single quotes", Prefecture.class, "{\n  'name': '聊城市'}", 2, 3),
        notJson("NaN where a year belongs", Project.class, "{\"planYear\":\n NaN}", 2, 5),
        notJson("a number with a leading zero", Project.class, "{\"planYear\": 02022}", 1, 15),
        notJson("a comment", Prefecture.class, "{// 聊城\n\"name\":\"聊城市\"}", 1, 2),
        new Case("a second document after the first", JSON.constructType(Prefecture.class),
            PREFECTURE + "\n{}", MismatchedInputException.class, "", "", 2, 1),

        // properties: unknown, missing, twice, null
        rule("an unknown property", Prefecture.class,
            "{\"name\":\"聊城市\",\"code\":\"371500\",\"population\":6000000}",
            "$.population", "Prefecture has no property 'population'; its properties are name, code"),
        rule("a type tag, as polymorphic typing would write", Prefecture.class,
            "{\"@class\":\"java.lang.ProcessBuilder\",\"name\":\"聊城市\",\"code\":\"371500\"}",
            "$['@class']", "Prefecture has no property '@class'"),
        rule("a missing required property", Prefecture.class, "{\"name\":\"聊城市\"}",
            "$", "Prefecture is missing required property code"),
        rule("missing required properties, all named", County.class, "{\"name\":\"冠县\"}",
            "$", "County is missing required properties kind, prefecture"),
        rule("a property given twice", Prefecture.class, "{\"name\":\"聊城市\",\"name\":\"聊城\",\"code\":\"371500\"}",
            "$.name", "Prefecture property 'name' is given twice"),
        rule("null for a required property", Prefecture.class, "{\"name\":null,\"code\":\"371500\"}",
            "$.name", "Prefecture property 'name' is required and must not be null"),
        rule("an object that is a string", County.class, "\"冠县\"", "$", "County: expected an object, not a string"),
        rule("an array where a project belongs", Project.class, "[]", "$", "Project: expected an object, not an array"),
        rule("a null element of a list", ScoreSheet.class,
            sheet("\"bonuses\":[null]"), "$.bonuses[0]", "an element of an array must not be null"),
        rule("an object where a list belongs", ScoreSheet.class,
            "{\"scores\":{}}", "$.scores", "expected an array, not an object"),

        // codes, enums, numbers
        rule("a five-digit division code", Prefecture.class, "{\"name\":\"聊城市\",\"code\":\"37150\"}",
            "$.code", "DivisionCode code='37150' is not six digits 0-9"),
        rule("a county code for a prefecture", Prefecture.class, "{\"name\":\"聊城市\",\"code\":\"371525\"}",
            "$", "Prefecture 聊城市: code=371525 is a COUNTY code, not a prefecture code"),
        rule("a division code given to a functional zone", County.class,
            "{\"name\":\"度假区\",\"kind\":\"FUNCTIONAL_ZONE\",\"divisionCode\":\"371525\",\"prefecture\":" + PREFECTURE + "}",
            "$", "divisionCode=371525 given to a FUNCTIONAL_ZONE"),
        rule("a division code outside the prefecture", County.class,
            "{\"name\":\"冠县\",\"kind\":\"COUNTY\",\"divisionCode\":\"371625\",\"prefecture\":" + PREFECTURE + "}",
            "$", "divisionCode=371625 is not within its prefecture 聊城市 371500"),
        rule("an enum as a Chinese word", County.class,
            "{\"name\":\"冠县\",\"kind\":\"县\",\"divisionCode\":\"371525\",\"prefecture\":" + PREFECTURE + "}",
            "$.kind", "CountyKind is one of DISTRICT, COUNTY, COUNTY_LEVEL_CITY, FUNCTIONAL_ZONE"),
        rule("an enum in lower case", County.class,
            "{\"name\":\"冠县\",\"kind\":\"county\",\"divisionCode\":\"371525\",\"prefecture\":" + PREFECTURE + "}",
            "$.kind", "CountyKind is one of"),
        rule("an enum as its index", County.class,
            "{\"name\":\"冠县\",\"kind\":1,\"divisionCode\":\"371525\",\"prefecture\":" + PREFECTURE + "}",
            "$.kind", "CountyKind: expected a string"),
        rule("an amount as a JSON number", Project.class, project("\"totalInvestment\":1380000000"),
            "$.totalInvestment", "decimals are written as JSON strings, never as numbers"),
        rule("an amount as a binary floating-point number", Project.class, project("\"totalInvestment\":13.8"),
            "$.totalInvestment", "not a number with a fraction or an exponent; decimals are written as JSON strings"),
        rule("an amount with a unit", Project.class, project("\"totalInvestment\":\"13.8亿元\""),
            "$.totalInvestment", "Yuan amount='13.8亿元' holds '亿'"),
        rule("an amount below a fen", Project.class, project("\"totalInvestment\":\"0.001\""),
            "$.totalInvestment", "Yuan amount=0.001元 is not a whole number of fen"),
        rule("a year as a string", Project.class, project("\"planYear\":\"2022\""),
            "$.planYear", "expected a whole JSON number, not a string"),
        rule("a year with a fraction", Project.class, project("\"planYear\":2022.5"),
            "$.planYear", "expected a whole JSON number, not a number with a fraction"),
        rule("a year beyond int", Project.class, project("\"planYear\":99999999999"),
            "$.planYear", "expected a whole JSON number within [-2147483648, 2147483647]"),
        rule("a month of thirteen", Project.class, project("\"startMonth\":\"2022-13\""),
            "$.startMonth", "MonthOfYear"),
        rule("a month without its zero", Project.class, project("\"startMonth\":\"2022-7\""),
            "$.startMonth", "month='2022-7' is not a year and a month written YYYY-MM"),

        // rules of the builders
        rule("completed investment above the total", Project.class,
            project("\"totalInvestment\":\"1380000000.00\",\"completedInvestment\":\"1400000000.00\""),
            "$", "Project p: completedInvestment=14亿元 exceeds totalInvestment=13.8亿元"),
        rule("phases out of order", Project.class, project("\"phases\":[{\"number\":2,\"status\":\"COMPLETED\"}]"),
            "$", "phases[0] has number=2"),
        rule("a capacity that is not positive", Project.class,
            project("\"capacities\":[{\"amount\":\"-35\",\"unit\":\"万吨\",\"perYear\":true}]"),
            "$.capacities[0]", "Capacity amount=-35 must be positive"),
        rule("a name with a zero-width space", County.class,
            COUNTY.replace("\"冠县\"", "\"冠县\\u200b\""), "$", "County name="),
        rule("a score of 130 on a 0-100 component", ScoreSheet.class,
            sheet("\"scores\":[{\"component\":{\"name\":\"基础评议分\",\"min\":\"0\",\"max\":\"100\"},\"score\":\"130\"}]"),
            "$", "ScoreSheet 市财政局 2022H1: score 基础评议分=130 is outside [0, 100]"),
        rule("a score with five decimals", ScoreSheet.class,
            sheet("\"scores\":[{\"component\":{\"name\":\"基础评议分\",\"min\":\"0\",\"max\":\"100\"},\"score\":\"92.12345\"}]"),
            "$.scores[0].score", "Score value=92.12345 has more than 4 decimals"),
        rule("a sheet without scores", ScoreSheet.class, sheet("\"scores\":[]"),
            "$", "scores is empty; a sheet needs one"),
        rule("a parent of another period, two levels up", EvaluationGroup.class,
            "{\"id\":\"a\",\"name\":\"A\",\"category\":\"c\",\"period\":\"2022H1\",\"parent\":"
                + "{\"id\":\"b\",\"name\":\"B\",\"category\":\"c\",\"period\":\"2022H1\",\"parent\":"
                + "{\"id\":\"c\",\"name\":\" C\",\"category\":\"c\",\"period\":\"2022H1\"}}}",
            "$.parent.parent", "EvaluationGroup c name=' C' has whitespace around it"),
        rule("weights that do not sum to one", ScoringScheme.class,
            JSON.writeValueAsString(ScoringScheme.LIAOCHENG_2022).replace("\"0.3\"", "\"0.2\""),
            "$.composite", "CompositeRule weights sum to 0.9, not exactly 1"),
        rule("a weight as a JSON number", ScoringScheme.class,
            JSON.writeValueAsString(ScoringScheme.LIAOCHENG_2022).replace("\"0.7\"", "0.7"),
            "$.composite.weights[0].weight", "decimals are written as JSON strings"),
        rule("totals whose started projects outnumber them", InvestmentTotals.class,
            JSON.writeValueAsString(JsonSamples.TOTALS).replace("\"startedCount\":1", "\"startedCount\":3"),
            "$", "InvestmentTotals startedCount=3 is outside [0, count=2]"),
        rule("grouped totals whose overall is not the sum of the groups", new TypeReference<GroupedTotals<County>>() {},
            mutate(JsonSamples.BY_COUNTY, "/overall/startedCount", "0"),
            "$", "GroupedTotals states overall.startedCount=0, which is not the sum over its groups"),
        rule("grouped totals asked for as the raw class", GroupedTotals.class,
            JSON.writeValueAsString(JsonSamples.BY_COUNTY), "$", "GroupedTotals needs the type of its keys"),

        // rankings: ranked again, stated values checked
        rule("a stated rank that differs", Ranking.class,
            mutate(JsonSamples.SCORED, "/entries/1/rank", "\"1\""),
            "$.entries[1].rank", "states rank=1, and ranking again gives rank=2"),
        rule("a stated composite that differs", Ranking.class,
            mutate(JsonSamples.SCORED, "/entries/0/compositeScore", "\"93.4\""),
            "$.entries[0].compositeScore",
            "Ranking entry at position 1 (茌平区政府) states compositeScore=93.4, and ranking again gives compositeScore=93.5"),
        rule("a stated unit out of order", Ranking.class,
            mutate(JsonSamples.SCORED, "/entries/0/unit", "\"冠县政府\""),
            "$.entries[0].unit", "states unit=冠县政府, and ranking again gives unit=茌平区政府"),
        rule("an entry left out", Ranking.class, mutate(JsonSamples.SCORED, "/entries/2", null),
            "$.entries", "Ranking states 2 entries, and ranking again gives 3"),
        rule("no entries stated", Ranking.class, mutate(JsonSamples.SCORED, "/entries", null),
            "$", "Ranking is missing required property entries"),
        rule("an exclusion not stated", Ranking.class, mutate(JsonSamples.EXCLUDING, "/exclusions/1", null),
            "$.exclusions", "Ranking states 1 exclusions, and ranking again gives 2"),
        rule("a veto exclusion under a scheme that ranks vetoed units last", Ranking.class,
            mutate(JsonSamples.SCORED, "/sheets/2", null, "/entries/2", null, "/exclusions",
                "[{\"unit\":\"度假区管委会\",\"reason\":\"VETOED\",\"vetoReason\":\"安全生产事故\"}]"),
            "$.exclusions[0].reason", "its scheme's vetoPolicy is RANK_LAST"),
        rule("a sheet for a unit outside the group", Ranking.class,
            mutate(JsonSamples.SCORED, "/sheets/0/unit/name", "\"阳谷县政府\""),
            "$", "sheet for unit 阳谷县政府, which is not a member of the group"),
        rule("a published place naming a stranger", Ranking.class,
            mutate(JsonSamples.PUBLISHED, "/publishedPlaces/1/0", "\"阳谷县政府\""),
            "$", "published place 2 names 阳谷县政府, which is not a member"),
        rule("both a scheme and published places", Ranking.class,
            mutate(JsonSamples.PUBLISHED, "/scheme", JSON.writeValueAsString(ScoringScheme.LIAOCHENG_2022)),
            "$", "Ranking gives both a scheme and publishedPlaces"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void raisesTheDocumentedExceptionAtItsPosition(Case c) {
    JacksonException e = catchThrowableOfType(JacksonException.class, () -> JSON.readValue(c.json, c.type));

    assertThat(e).as("exception for %s", c.json).isInstanceOf(c.exception);
    assertThat(e.getLocation().getLineNr()).as("line of %s", e.getMessage()).isEqualTo(c.line);
    if (c.column > 0) {
      assertThat(e.getLocation().getColumnNr()).as("column of %s", e.getMessage()).isEqualTo(c.column);
    }
    if (e instanceof JsonRuleException r) {
      assertThat(r.path()).isEqualTo(c.path);
      assertThat(r.rule()).contains(c.rule);
      assertThat(r.getMessage()).startsWith(c.path + " (line ").contains(c.rule);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void raisesOnlyJacksonExceptions(Case c) {
    assertThat(catchThrowableOfType(JacksonException.class, () -> JSON.readValue(c.json, c.type))).isNotNull();
  }

  /** The table holds at least twenty JSON documents of each kind it checks. */
  @org.junit.jupiter.api.Test
  void theTableIsLargeEnough() {
    assertThat(documents()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(documents().stream().filter(c -> c.exception == JsonRuleException.class)).hasSizeGreaterThanOrEqualTo(20);
  }

  /** A malformed document, the type read, and what reading it must raise. */
  static final class Case {
    final String description;
    final JavaType type;
    final String json;
    final Class<? extends JacksonException> exception;
    final String path;
    final String rule;
    final int line;
    final int column;

    Case(String description, JavaType type, String json, Class<? extends JacksonException> exception, String path,
        String rule, int line, int column) {
      this.description = description;
      this.type = type;
      this.json = json;
      this.exception = exception;
      this.path = path;
      this.rule = rule;
      this.line = line;
      this.column = column;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  private static Case notJson(String description, Class<?> type, String json, int line, int column) {
    return new Case(description, JSON.constructType(type), json, StreamReadException.class, "", "", line, column);
  }

  private static Case rule(String description, Object type, String json, String path, String rule) {
    JavaType javaType = type instanceof TypeReference<?> t ? JSON.constructType(t) : JSON.constructType((Class<?>) type);
    // documents of one line; the column is checked where the table gives one
    int line = (int) json.lines().count();
    return new Case(description, javaType, json, JsonRuleException.class, path, rule, line > 1 ? line : 1, 0);
  }

  /** A project with the required properties (planYear 2022 unless given) and the given ones. */
  private static String project(String properties) {
    return "{\"id\":\"p\",\"name\":\"项目\",\"county\":" + COUNTY + ",\"category\":\"INDUSTRY\",\"status\":\"PLANNED\","
        + (properties.contains("\"planYear\"") ? "" : "\"planYear\":2022,") + properties + "}";
  }

  /** A sheet of 市财政局 for 2022H1 with the given properties. */
  private static String sheet(String properties) {
    return "{\"unit\":{\"name\":\"市财政局\",\"kind\":\"MUNICIPAL_DEPARTMENT\"},\"period\":\"2022H1\"," + properties + "}";
  }

  /**
   * The value's document with the value at each JSON Pointer replaced by the JSON that follows it,
   * or removed where that is null.
   */
  private static String mutate(Object value, @Nullable String... pointersAndJson) {
    JsonNode root = JSON.readTree(JSON.writeValueAsString(value));
    for (int i = 0; i < pointersAndJson.length; i += 2) {
      String pointer = requireNonNull(pointersAndJson[i]);
      String json = pointersAndJson[i + 1];
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = root.at(pointer.substring(0, slash));
      String last = pointer.substring(slash + 1);
      JsonNode replacement = json == null ? null : JSON.readTree(json);
      if (parent instanceof ArrayNode array) {
        if (replacement == null) {
          array.remove(Integer.parseInt(last));
        } else {
          array.set(Integer.parseInt(last), replacement);
        }
      } else if (replacement == null) {
        ((ObjectNode) parent).remove(last);
      } else {
        ((ObjectNode) parent).set(last, replacement);
      }
    }
    return JSON.writeValueAsString(root);
  }
}
