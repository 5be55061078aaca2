package dev.pingyi.io;

import static dev.pingyi.io.JsonSamples.EXCLUDING;
import static dev.pingyi.io.JsonSamples.RESORT_SHEET;
import static dev.pingyi.io.JsonSamples.SCORED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pingyi.model.ScoreSheet;
import dev.pingyi.ranking.Ranking;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every stated property of an entry and of an exclusion is compared with the ranking made again,
 * and the first that differs is the error, at its own path; a document may carry the sheet of a
 * unit it states was left out for a veto.
 */
class JsonRankingFormKillTest {

  private static final JsonMapper JSON = PingyiJson.mapper();

  private static ObjectNode tree(Ranking ranking) {
    return (ObjectNode) JSON.readTree(JSON.writeValueAsString(ranking));
  }

  private static JsonRuleException refused(ObjectNode root) {
    JsonRuleException e = catchThrowableOfType(JsonRuleException.class, () -> JSON.treeToValue(root, Ranking.class));
    assertThat(e).as("refused: %s", root).isNotNull();
    return e;
  }

  private static JsonNode sheet(ScoreSheet sheet) {
    return JSON.readTree(JSON.writeValueAsString(sheet));
  }

  private static ObjectNode entry(ObjectNode root, int index) {
    return (ObjectNode) root.at("/entries/" + index);
  }

  private static ObjectNode exclusion(ObjectNode root, int index) {
    return (ObjectNode) root.at("/exclusions/" + index);
  }

  @Test
  void aStatedPositionThatDiffersIsRefused() {
    ObjectNode root = tree(SCORED);
    int position = entry(root, 0).get("position").asInt();
    entry(root, 0).put("position", position + 5);

    JsonRuleException e = refused(root);

    assertThat(e.path()).isEqualTo("$.entries[0].position");
    assertThat(e.rule()).contains("states position=" + (position + 5) + ", and ranking again gives position=" + position);
  }

  @Test
  void aStatedTieSizeThatDiffersIsRefused() {
    ObjectNode root = tree(SCORED);
    entry(root, 0).put("tieSize", 2);

    JsonRuleException e = refused(root);

    assertThat(e.path()).isEqualTo("$.entries[0].tieSize");
    assertThat(e.rule()).contains("states tieSize=2, and ranking again gives tieSize=1");
  }

  @Test
  void aStatedPublishedScoreThatDiffersIsRefused() {
    ObjectNode root = tree(SCORED);
    entry(root, 0).put("publishedScore", "1.5");

    JsonRuleException e = refused(root);

    assertThat(e.path()).isEqualTo("$.entries[0].publishedScore");
    assertThat(e.rule()).contains("states publishedScore=1.5, and ranking again gives publishedScore=");
  }

  @Test
  void aStatedExclusionOfAnotherUnitIsRefusedNamingTheExclusionByItsPlace() {
    ObjectNode root = tree(EXCLUDING);
    String unit = exclusion(root, 0).get("unit").asString();
    exclusion(root, 0).put("unit", "冠县政府");

    JsonRuleException e = refused(root);

    assertThat(e.path()).isEqualTo("$.exclusions[0].unit");
    assertThat(e.rule()).isEqualTo("Ranking exclusion 1 (" + unit + ") states unit=冠县政府, and ranking again gives unit="
        + unit);
  }

  @Test
  void aSecondExclusionIsNamedByItsPlaceToo() {
    ObjectNode root = tree(EXCLUDING);
    ((ArrayNode) root.get("sheets")).add(sheet(RESORT_SHEET));
    exclusion(root, 1).put("vetoReason", "另一事由");

    JsonRuleException e = refused(root);

    assertThat(e.path()).isEqualTo("$.exclusions[1].vetoReason");
    assertThat(e.rule()).startsWith("Ranking exclusion 2 (度假区管委会) states vetoReason=另一事由,");
  }

  @Test
  void aStatedReasonThatDiffersIsRefusedAtTheReason() {
    ObjectNode root = tree(EXCLUDING);
    ((ArrayNode) root.get("sheets")).add(sheet(RESORT_SHEET));
    exclusion(root, 1).put("reason", "MISSING_SHEET");
    exclusion(root, 1).remove("vetoReason");

    JsonRuleException e = refused(root);

    assertThat(e.path()).isEqualTo("$.exclusions[1].reason");
    assertThat(e.rule()).contains("states reason=MISSING_SHEET, and ranking again gives reason=VETOED");
  }

  @Test
  void aStatedVetoReasonWhereThereIsNoneIsRefused() {
    ObjectNode root = tree(EXCLUDING);
    exclusion(root, 0).put("vetoReason", "安全生产事故");

    JsonRuleException e = refused(root);

    assertThat(e.path()).isEqualTo("$.exclusions[0].vetoReason");
    assertThat(e.rule()).contains("states vetoReason=安全生产事故, and ranking again gives vetoReason=none");
  }

  @Test
  void aDocumentMayCarryTheSheetOfAUnitLeftOutForAVeto() {
    ObjectNode root = tree(EXCLUDING);
    ((ArrayNode) root.get("sheets")).add(sheet(RESORT_SHEET));

    assertThat(JSON.treeToValue(root, Ranking.class)).isEqualTo(EXCLUDING);
  }

  @Test
  void tooFewStatedExclusionsAreRefusedNamingThoseTheRankingMakes() {
    ObjectNode root = tree(EXCLUDING);
    root.set("exclusions", JSON.createArrayNode());

    JsonRuleException e = refused(root);

    assertThat(e.path()).isEqualTo("$.exclusions");
    assertThat(e.rule()).isEqualTo("Ranking states 0 exclusions, and ranking again gives 2"
        + " [茌平区政府 MISSING_SHEET, 度假区管委会 MISSING_SHEET]");
  }

  @Test
  void theSampleDocumentsReadBack() {
    ArrayNode exclusions = (ArrayNode) tree(EXCLUDING).get("exclusions");
    assertThat(exclusions).hasSize(2);
    assertThat(JSON.treeToValue(tree(SCORED), Ranking.class)).isEqualTo(SCORED);
  }
}
