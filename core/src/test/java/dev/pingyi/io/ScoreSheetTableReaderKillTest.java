package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Problems name the reader's groups with their sizes; a null group is named as such; a component
 * named by 分 alone has no stem to make other headers of.
 */
class ScoreSheetTableReaderKillTest {

  @Test
  void theGroupsAreDescribedWithTheirSizes() throws IOException {
    ScoreSheetTableReader reader = TableFixtures.sheetReader().mode(ReadMode.COLLECTING).build();
    byte[] csv = TableFixtures.csv(StandardCharsets.UTF_8, "单位,基础评议分,现场评议分", "无此单位,90,90");

    ReadResult<ScoreSheet> result = reader.readCsv(new ByteArrayInputStream(csv), "sheets.csv");

    assertThat(reader.describeGroups()).isEqualTo("county-level (5 units), economic (2 units)");
    assertThat(result.problems()).extracting(ReadProblem::rule)
        .containsExactly("is not a member of the groups given: county-level (5 units), economic (2 units)");
  }

  @Test
  void aComponentsHeaderMustNotBeBlank() {
    for (String header : List.of("", "   ", "\u3000", " \t ")) {
      assertThatThrownBy(() -> ScoreSheetTableReader.builder(List.of(TableFixtures.COUNTY_LEVEL))
              .component(header, ScoreComponent.BASE_EVALUATION))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ScoreSheetTableReader header '" + header + "' is blank");
    }
  }

  @Test
  void aNullGroupIsNamedAsSuch() {
    List<EvaluationGroup> groups = Arrays.asList(TableFixtures.COUNTY_LEVEL, null);

    assertThatThrownBy(() -> ScoreSheetTableReader.builder(groups))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("groups element");
  }

  @Test
  void aComponentNamedByFenAloneIsReadByThatHeaderOnly() throws IOException {
    ScoreComponent fen = ScoreComponent.of("分", Score.ZERO, Score.of(100));
    ScoreSheetTableReader reader = TableFixtures.sheetReader().component(fen).build();

    assertThat(reader.headers().match("分")).isNotNull();
    assertThat(reader.headers().match("得分")).isNull();
    byte[] csv = TableFixtures.csv(StandardCharsets.UTF_8, "单位,分,得分", "冠县政府,90,");
    ReadResult<ScoreSheet> result = reader.readCsv(new ByteArrayInputStream(csv), "fen.csv");
    assertThat(result.ignoredColumns()).containsExactly("得分");
    assertThat(result.values().get(0).scores()).containsEntry(fen, Score.of(90));
  }
}
