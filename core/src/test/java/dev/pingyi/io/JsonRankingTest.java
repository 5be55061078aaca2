package dev.pingyi.io;

import static dev.pingyi.io.JsonSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.ranking.MissingSheetPolicy;
import dev.pingyi.ranking.RankBasis;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.RankingRule;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import dev.pingyi.ranking.TiePolicy;
import dev.pingyi.ranking.VetoPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A ranking's document is read by ranking again: the stated entries must be what the data gives. */
class JsonRankingTest {

  private static final JsonMapper JSON = PingyiJson.mapper();

  @Test
  void aScoreOf130OnAHundredPointComponentIsRejectedAsTheBuilderRejectsIt() {
    IllegalArgumentException byBuilder = catchThrowableOfType(IllegalArgumentException.class,
        () -> sheet(GUANXIAN_GOVERNMENT, "130", "88"));
    String json = JSON.writeValueAsString(SCORED).replace("\"score\":\"92.5\"", "\"score\":\"130\"");

    JsonRuleException byJson = catchThrowableOfType(JsonRuleException.class, () -> JSON.readValue(json, Ranking.class));

    assertThat(byJson.rule()).isEqualTo(byBuilder.getMessage()).contains("基础评议分=130 is outside [0, 100]");
    assertThat(byJson.path()).isEqualTo("$.sheets[1]");
  }

  @Test
  void aStatedRankThatDiffersIsRejectedNamingTheEntry() {
    ObjectNode root = tree(SCORED);
    ((ObjectNode) root.at("/entries/2")).put("rank", "2");

    assertThatThrownBy(() -> JSON.treeToValue(root, Ranking.class))
        .isInstanceOf(JsonRuleException.class)
        .hasMessageStartingWith("$.entries[2].rank")
        .hasMessageContaining("Ranking entry at position 3 (度假区管委会) states rank=2, and ranking again gives rank=3");
  }

  @Test
  void aStatedStatusThatDiffersIsRejected() {
    ObjectNode root = tree(SCORED);
    ((ObjectNode) root.at("/entries/2")).put("status", "SCORED");

    assertThatThrownBy(() -> JSON.treeToValue(root, Ranking.class))
        .isInstanceOf(JsonRuleException.class)
        .hasMessageStartingWith("$.entries[2].status")
        .hasMessageContaining("states status=SCORED, and ranking again gives status=VETOED");
  }

  @Test
  void aPublishedScoreIsComparedByValue() {
    ObjectNode root = tree(SCORED);
    ((ObjectNode) root.at("/entries/0")).put("publishedScore", "93.500");

    assertThat(JSON.treeToValue(root, Ranking.class)).isEqualTo(SCORED);
  }

  @Test
  void theOrderOfTheSheetsDoesNotMatter() {
    ObjectNode root = tree(SCORED);
    ArrayNode sheets = (ArrayNode) root.get("sheets");
    List<JsonNode> reversed = new ArrayList<>();
    sheets.forEach(reversed::add);
    Collections.reverse(reversed);
    sheets.removeAll();
    sheets.addAll(reversed);

    assertThat(JSON.treeToValue(root, Ranking.class)).isEqualTo(SCORED);
  }

  @Test
  void aUnitLeftOutForAVetoIsLeftOutAgainByItsStatedReason() {
    assertThat(JSON.writeValueAsString(EXCLUDING)).doesNotContain("\"score\":\"99\"");

    Ranking read = JSON.readValue(JSON.writeValueAsString(EXCLUDING), Ranking.class);

    assertThat(read).isEqualTo(EXCLUDING);
    assertThat(read.exclusions()).extracting(x -> x.vetoReason().orElse("")).containsExactly("", "安全生产事故");
  }

  @Test
  void aPublishedOrderIsReadFromItsPlaces() {
    String json = JSON.writeValueAsString(PUBLISHED);

    assertThat(json).contains("\"publishedPlaces\":[[\"度假区管委会\"],[\"冠县政府\",\"茌平区政府\"]]");
    assertThat(JSON.readValue(json, Ranking.class).entry("茌平区政府").orElseThrow().isTied()).isTrue();
  }

  @Test
  void aDocumentWithoutTheDataItWasComputedFromIsRejected() {
    ObjectNode root = tree(PUBLISHED);
    root.remove("publishedPlaces");

    assertThatThrownBy(() -> JSON.treeToValue(root, Ranking.class))
        .isInstanceOf(JsonRuleException.class)
        .hasMessageStartingWith("$: ")
        .hasMessageContaining("Ranking gives neither a scheme (with its sheets) nor publishedPlaces");
  }

  /** Seeded random groups, sheets and schemes, with many ties, vetoes and missing sheets, read back equal. */
  @Test
  void randomRankingsOfEveryPolicyReadBackEqual() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      Ranking ranking = randomRanking(random);
      String json = JSON.writeValueAsString(ranking);
      assertThat(JSON.readValue(json, Ranking.class)).as("seed %s, round %s: %s", seed, round, json).isEqualTo(ranking);
    }
  }

  private static Ranking randomRanking(Random random) {
    int size = 1 + random.nextInt(12);
    List<EvaluatedUnit> units = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      units.add(EvaluatedUnit.department(String.format("单位%02d", i)));
    }
    EvaluationGroup group = EvaluationGroup.builder()
        .id("g").name("组").category("市政府部门").period(H1).addAllMembers(units).build();
    if (random.nextInt(5) == 0) {
      return Rankings.fromPublishedOrder(group);
    }
    RankingRule rule = RankingRule.builder()
        .tiePolicy(any(random, TiePolicy.class))
        .vetoPolicy(any(random, VetoPolicy.class))
        .missingSheetPolicy(random.nextBoolean() ? MissingSheetPolicy.RANK_LAST : MissingSheetPolicy.EXCLUDE)
        .rankBasis(any(random, RankBasis.class))
        .build();
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022.withRanking(rule);
    String[] scores = {"80", "85", "85.5", "90", "92.5", "100"};
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluatedUnit unit : units) {
      if (random.nextInt(6) == 0) {
        continue;
      }
      ScoreSheet.Builder sheet = ScoreSheet.builder().unit(unit).period(H1)
          .putScores(BASE, Score.parse(scores[random.nextInt(scores.length)]))
          .putScores(ON_SITE, Score.parse(scores[random.nextInt(scores.length)]));
      if (random.nextInt(4) == 0) {
        sheet.addBonuses(ScoreAdjustment.of(Score.parse("0.25"), "争先创优"));
      }
      if (random.nextInt(6) == 0) {
        sheet.vetoReason("一票否决事项");
      }
      sheets.add(sheet.build());
    }
    return Rankings.rank(scheme, group, sheets);
  }

  private static <E extends Enum<E>> E any(Random random, Class<E> type) {
    List<E> constants = List.copyOf(EnumSet.allOf(type));
    return constants.get(random.nextInt(constants.size()));
  }

  private static ObjectNode tree(Ranking ranking) {
    return (ObjectNode) JSON.readTree(JSON.writeValueAsString(ranking));
  }
}
