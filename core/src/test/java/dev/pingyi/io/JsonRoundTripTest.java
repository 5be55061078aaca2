package dev.pingyi.io;

import static dev.pingyi.io.JsonSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.InvestmentSum;
import dev.pingyi.model.ClusterLevel;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.CreditCode;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.DivisionLevel;
import dev.pingyi.model.EnterpriseDesignation;
import dev.pingyi.model.EvaluationAspect;
import dev.pingyi.model.Growth;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Percent;
import dev.pingyi.model.PercentagePoints;
import dev.pingyi.model.PeriodKind;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectPhase;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.UnitKind;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import dev.pingyi.ranking.EntryStatus;
import dev.pingyi.ranking.Exclusion;
import dev.pingyi.ranking.MissingSheetPolicy;
import dev.pingyi.ranking.RankBasis;
import dev.pingyi.ranking.RankChange;
import dev.pingyi.ranking.RankingRule;
import dev.pingyi.ranking.ScoringScheme;
import dev.pingyi.ranking.TiePolicy;
import dev.pingyi.ranking.VetoPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type with a JSON form goes to JSON and back to an equal value, and the text it writes is
 * stable: writing what was read writes the same text.
 */
class JsonRoundTripTest {

  private static final JsonMapper JSON = PingyiJson.mapper();

  /** One value or more of every type, each with the type it is read as. */
  static List<Sample> samples() {
    List<Sample> samples = new ArrayList<>();
    add(samples, Yuan.class, Yuan.parse("13.8亿元"), Yuan.ZERO, Yuan.ofFen(-1), Yuan.ofFen(Long.MAX_VALUE));
    add(samples, Score.class, Score.parse("92.5"), Score.parse("-0.0001"), Score.of(1_000_000));
    add(samples, Ratio.class, Ratio.of(102, 107), Ratio.of(-3, 1), Ratio.ZERO);
    add(samples, Percent.class, Percent.of(Ratio.of(102, 107)), Percent.parse("64.6%"));
    add(samples, PercentagePoints.class, Percent.parse("64.6%").minus(Percent.parse("50%")));
    add(samples, Growth.class, Growth.of(Percent.parse("-12.5%")));
    add(samples, ReportPeriod.class, ReportPeriod.ofYear(2022), H1, ReportPeriod.ofQuarter(2022, 3),
        ReportPeriod.ofMonth(2022, 7), ReportPeriod.yearToDate(2022, 5), ReportPeriod.yearToDate(2022, 9));
    add(samples, DivisionCode.class, DivisionCode.of("371525"), DivisionCode.of("370000"));
    add(samples, CreditCode.class, CreditCode.of("91310110666007217T"));
    addEnum(samples, ClusterLevel.class);
    addEnum(samples, CountyKind.class);
    addEnum(samples, DivisionLevel.class);
    addEnum(samples, EnterpriseDesignation.class);
    addEnum(samples, EvaluationAspect.class);
    addEnum(samples, PeriodKind.class);
    addEnum(samples, ProjectCategory.class);
    addEnum(samples, ProjectLevel.class);
    addEnum(samples, ProjectStatus.class);
    addEnum(samples, UnitKind.class);
    addEnum(samples, YuanUnit.class);
    addEnum(samples, EntryStatus.class);
    addEnum(samples, Exclusion.Reason.class);
    addEnum(samples, MissingSheetPolicy.class);
    addEnum(samples, RankBasis.class);
    addEnum(samples, RankChange.Direction.class);
    addEnum(samples, TiePolicy.class);
    addEnum(samples, VetoPolicy.class);
    add(samples, dev.pingyi.model.Prefecture.class, LIAOCHENG);
    add(samples, County.class, GUANXIAN, CHIPING, RESORT);
    add(samples, dev.pingyi.model.Enterprise.class, GUANGDA, LEBAO);
    add(samples, dev.pingyi.model.Capacity.class, dev.pingyi.model.Capacity.parse("35万吨/年"),
        dev.pingyi.model.Capacity.parse("0.5万件"));
    add(samples, ProjectPhase.class, ProjectPhase.of(3, ProjectStatus.IN_PRODUCTION));
    add(samples, IndustryCluster.class, STEEL);
    add(samples, dev.pingyi.model.Project.class, FULL_PROJECT, BARE_PROJECT);
    add(samples, dev.pingyi.model.EvaluatedUnit.class, GUANXIAN_GOVERNMENT, RESORT_COMMITTEE, FINANCE,
        dev.pingyi.model.EvaluatedUnit.institution("市农业科学院"));
    add(samples, dev.pingyi.model.EvaluationGroup.class, COUNTY_LEVEL, DEPARTMENTS, ECONOMIC);
    add(samples, dev.pingyi.model.ScoreComponent.class, BASE,
        dev.pingyi.model.ScoreComponent.of("加分项", Score.of(-5), Score.of(5)));
    add(samples, ScoreAdjustment.class, ScoreAdjustment.of(Score.parse("0.5"), "通报批评"));
    add(samples, dev.pingyi.model.ScoreSheet.class, CHIPING_SHEET, GUANXIAN_SHEET, RESORT_SHEET);
    add(samples, dev.pingyi.ranking.CompositeRule.class, ScoringScheme.LIAOCHENG_2022.composite(),
        EXCLUDING_SCHEME.composite());
    add(samples, RankingRule.class, RankingRule.defaults(), EXCLUDING_SCHEME.ranking());
    add(samples, ScoringScheme.class, ScoringScheme.LIAOCHENG_2022, EXCLUDING_SCHEME);
    add(samples, dev.pingyi.ranking.Ranking.class, SCORED, EXCLUDING, PUBLISHED,
        dev.pingyi.ranking.Rankings.fromPublishedOrder(ECONOMIC));
    add(samples, InvestmentSum.class, TOTALS.totalInvestment(), InvestmentSum.of(Yuan.ZERO, 0, 3));
    add(samples, dev.pingyi.aggregate.InvestmentTotals.class, TOTALS);
    add(samples, dev.pingyi.aggregate.ScheduleProgress.class,
        dev.pingyi.aggregate.ScheduleProgress.of(Percent.parse("64.6%"), H1),
        dev.pingyi.aggregate.ScheduleProgress.of(Percent.parse("120%"), ReportPeriod.yearToDate(2022, 5)));
    add(samples, dev.pingyi.model.Division.class,
        dev.pingyi.model.DivisionRegistry.gbt2260().require(DivisionCode.of("371503")),
        dev.pingyi.model.DivisionRegistry.gbt2260().require(DivisionCode.of("370000")),
        dev.pingyi.model.DivisionRegistry.gbt2260().require(DivisionCode.of("110105")));
    samples.add(new Sample(new TypeReference<GroupedTotals<County>>() {}, BY_COUNTY));
    samples.add(new Sample(new TypeReference<GroupedTotals<Optional<ProjectLevel>>>() {}, BY_LEVEL));
    samples.add(new Sample(new TypeReference<GroupedTotals<ProjectCategory>>() {},
        Stream.of(FULL_PROJECT, BARE_PROJECT).collect(GroupedTotals.toTotalsByCategory())));
    samples.add(new Sample(new TypeReference<GroupedTotals<Optional<IndustryCluster>>>() {},
        Stream.of(FULL_PROJECT, BARE_PROJECT).collect(GroupedTotals.toTotalsByCluster())));
    samples.add(new Sample(new TypeReference<GroupedTotals<County>>() {}, GroupedTotals.<County>builder().build()));
    return samples;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void readingWhatIsWrittenGivesAnEqualValue(Sample sample) {
    String text = JSON.writeValueAsString(sample.value);

    Object read = JSON.readValue(text, sample.type);

    new EqualsTester().addEqualityGroup(sample.value, read).testEquals();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writingWhatIsReadWritesTheSameText(Sample sample) {
    String text = JSON.writeValueAsString(sample.value);

    assertThat(JSON.writeValueAsString(JSON.readValue(text, sample.type))).isEqualTo(text);
  }

  @Test
  void everyTypeWithAJsonFormHasASample() {
    Set<Class<?>> sampled = new HashSet<>();
    for (Sample sample : samples()) {
      sampled.add(sample.type.getRawClass());
    }
    assertThat(sampled).containsAll(JsonAdapters.types()).contains(GroupedTotals.class);
  }

  /** A value and the type to read it as. */
  static final class Sample {
    final JavaType type;
    final Object value;

    Sample(Class<?> type, Object value) {
      this.type = JSON.constructType(type);
      this.value = value;
    }

    Sample(TypeReference<?> type, Object value) {
      this.type = JSON.constructType(type);
      this.value = value;
    }

    @Override
    public String toString() {
      String shown = String.valueOf(value).replace('\n', ' ');
      return type.toCanonical().replaceAll("[a-z.]+\\.", "") + " "
          + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown);
    }
  }

  private static void add(List<Sample> samples, Class<?> type, Object... values) {
    Arrays.stream(values).forEach(v -> samples.add(new Sample(type, v)));
  }

  private static <E extends Enum<E>> void addEnum(List<Sample> samples, Class<E> type) {
    add(samples, type, (Object[]) type.getEnumConstants());
  }
}
