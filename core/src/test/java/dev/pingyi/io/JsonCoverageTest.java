package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.pingyi.aggregate.Figures;
import dev.pingyi.aggregate.ScheduleProgress;
import dev.pingyi.model.Division;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.DivisionRegistry;
import dev.pingyi.model.Percent;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.ranking.RankChange;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.WeightSensitivity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * No public type of Pingyi's exported packages reaches Jackson's bean serializer: each has a
 * JSON form of its own, or is refused with a message naming it and what to write instead —
 * never written as {@code {}} or as its getters without a word.
 */
class JsonCoverageTest {

  private static final JsonMapper JSON = PingyiJson.mapper();

  @Test
  void everyPublicTypeHasAFormOrIsRefusedByName() {
    List<String> beans = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.pingyi.model", "dev.pingyi.aggregate", "dev.pingyi.ranking")) {
      if (!c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
        continue;
      }
      Class<?> type = c.reflect();
      if (JsonAdapters.PingyiSerializers.serializerOf(JSON.constructType(type)) == null) {
        beans.add(type.getName());
      }
    }
    assertThat(beans).as("public types Jackson would write as beans").isEmpty();
  }

  @Test
  void anEntryOfARankingIsRefusedWithWhatToWriteInstead() {
    Ranking ranking = JsonSamples.SCORED;
    InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
        () -> JSON.writeValueAsString(ranking.entries().get(0)));

    assertThat(e.getMessage()).contains("RankedEntry", "has no JSON form", "write the Ranking");
    assertThat(catchThrowableOfType(InvalidDefinitionException.class,
        () -> JSON.writeValueAsString(ranking.entries().get(0).breakdown().orElseThrow())).getMessage())
        .contains("Breakdown", "write the Ranking");
  }

  @Test
  void analysesAreRefusedNotWrittenAsEmptyObjects() {
    Ranking ranking = JsonSamples.SCORED;
    assertThat(catchThrowableOfType(InvalidDefinitionException.class,
        () -> JSON.writeValueAsString(RankChange.between(ranking, ranking))).getMessage())
        .contains("RankChange", "compute it again");
    assertThat(catchThrowableOfType(InvalidDefinitionException.class,
        () -> JSON.writeValueAsString(WeightSensitivity.stableInterval(ranking))).getMessage())
        .contains("WeightInterval", "compute it again");
    assertThat(catchThrowableOfType(JacksonException.class,
        () -> JSON.readValue("{}", RankChange.class)).getMessage())
        .contains("RankChange", "has no JSON form");
  }

  @Test
  void aDivisionRoundTripsThroughTheRegistry() throws Exception {
    Division guanxian = DivisionRegistry.gbt2260().require(DivisionCode.of("371525"));
    String json = JSON.writeValueAsString(guanxian);

    assertThat(json).isEqualTo("{\"code\":\"371525\",\"name\":\"冠县\",\"fullName\":\"山东省聊城市冠县\"}");
    assertThat(JSON.readValue(json, Division.class)).isEqualTo(guanxian);
  }

  @Test
  void aDivisionWhoseNameIsNotItsCodesIsRefused() {
    JsonRuleException e = catchThrowableOfType(JsonRuleException.class, () -> JSON.readValue(
        "{\"code\":\"371525\",\"name\":\"冠县\",\"fullName\":\"山东省聊城市莘县\"}", Division.class));
    assertThat(e.getMessage()).contains("371525", "冠县", "山东省聊城市莘县");

    JsonRuleException shortName = catchThrowableOfType(JsonRuleException.class, () -> JSON.readValue(
        "{\"code\":\"371525\",\"name\":\"莘县\",\"fullName\":\"山东省聊城市冠县\"}", Division.class));
    assertThat(shortName.getMessage()).contains("371525", "not 莘县");
  }

  @Test
  void scheduleProgressRoundTripsAsItsExactCompletionAndPeriod() throws Exception {
    ScheduleProgress progress = Figures.scheduleProgress(Percent.parse("64.6%"), ReportPeriod.ofHalfYear(2022, 1));
    String json = JSON.writeValueAsString(progress);

    assertThat(json).isEqualTo("{\"completion\":\"323/500\",\"period\":\"2022H1\"}");
    assertThat(JSON.readValue(json, ScheduleProgress.class)).isEqualTo(progress);
    assertThat(catchThrowableOfType(JsonRuleException.class,
        () -> JSON.readValue("{\"completion\":\"-1/2\",\"period\":\"2022H1\"}", ScheduleProgress.class)).getMessage())
        .contains("must not be negative");
  }
}
