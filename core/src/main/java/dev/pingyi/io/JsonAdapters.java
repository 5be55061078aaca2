package dev.pingyi.io;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.InvestmentSum;
import dev.pingyi.aggregate.InvestmentTotals;
import dev.pingyi.aggregate.ScheduleProgress;
import dev.pingyi.model.Capacity;
import dev.pingyi.model.ClusterLevel;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.CreditCode;
import dev.pingyi.model.Division;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.DivisionLevel;
import dev.pingyi.model.Enterprise;
import dev.pingyi.model.EnterpriseDesignation;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationAspect;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Growth;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Percent;
import dev.pingyi.model.PercentagePoints;
import dev.pingyi.model.PeriodKind;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectPhase;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.UnitKind;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import dev.pingyi.ranking.CompositeRule;
import dev.pingyi.ranking.EntryStatus;
import dev.pingyi.ranking.Exclusion;
import dev.pingyi.ranking.MissingSheetPolicy;
import dev.pingyi.ranking.RankBasis;
import dev.pingyi.ranking.RankChange;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.RankingRule;
import dev.pingyi.ranking.ScoringScheme;
import dev.pingyi.ranking.TiePolicy;
import dev.pingyi.ranking.VetoPolicy;
import java.net.URL;
import java.security.CodeSource;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.ser.Serializers;

/**
 * Where Jackson meets the codecs: a serializer and a deserializer for every Pingyi type that has a
 * JSON form, found by the type Jackson asks for.
 */
final class JsonAdapters {

  /** Every type with a JSON form, and its codec; subtypes (the generated {@code Immutable*}) share it. */
  private static final ImmutableMap<Class<?>, JsonCodec<?>> CODECS = ImmutableMap.<Class<?>, JsonCodec<?>>builder()
      .put(Yuan.class, JsonCodecs.YUAN)
      .put(Score.class, JsonCodecs.SCORE)
      .put(Ratio.class, JsonCodecs.RATIO)
      .put(Percent.class, JsonCodecs.PERCENT)
      .put(PercentagePoints.class, JsonCodecs.PERCENTAGE_POINTS)
      .put(Growth.class, JsonCodecs.GROWTH)
      .put(ReportPeriod.class, JsonCodecs.PERIOD)
      .put(DivisionCode.class, JsonCodecs.DIVISION_CODE)
      .put(CreditCode.class, JsonCodecs.CREDIT_CODE)
      .put(Prefecture.class, JsonModelForms.PREFECTURE)
      .put(County.class, JsonModelForms.COUNTY)
      .put(Enterprise.class, JsonModelForms.ENTERPRISE)
      .put(Capacity.class, JsonModelForms.CAPACITY)
      .put(ProjectPhase.class, JsonModelForms.PROJECT_PHASE)
      .put(IndustryCluster.class, JsonModelForms.INDUSTRY_CLUSTER)
      .put(Project.class, JsonModelForms.PROJECT)
      .put(EvaluatedUnit.class, JsonEvaluationForms.EVALUATED_UNIT)
      .put(EvaluationGroup.class, JsonEvaluationForms.EVALUATION_GROUP)
      .put(ScoreComponent.class, JsonEvaluationForms.SCORE_COMPONENT)
      .put(ScoreAdjustment.class, JsonEvaluationForms.SCORE_ADJUSTMENT)
      .put(ScoreSheet.class, JsonEvaluationForms.SCORE_SHEET)
      .put(CompositeRule.class, JsonEvaluationForms.COMPOSITE_RULE)
      .put(RankingRule.class, JsonEvaluationForms.RANKING_RULE)
      .put(ScoringScheme.class, JsonEvaluationForms.SCORING_SCHEME)
      .put(Ranking.class, JsonRankingForm.RANKING)
      .put(InvestmentSum.class, JsonTotalsForms.INVESTMENT_SUM)
      .put(InvestmentTotals.class, JsonTotalsForms.INVESTMENT_TOTALS)
      .put(ScheduleProgress.class, JsonTotalsForms.SCHEDULE_PROGRESS)
      .put(Division.class, JsonModelForms.DIVISION)
      .put(ClusterLevel.class, JsonCodecs.enumeration(ClusterLevel.class))
      .put(CountyKind.class, JsonCodecs.enumeration(CountyKind.class))
      .put(DivisionLevel.class, JsonCodecs.enumeration(DivisionLevel.class))
      .put(EnterpriseDesignation.class, JsonCodecs.enumeration(EnterpriseDesignation.class))
      .put(EvaluationAspect.class, JsonCodecs.enumeration(EvaluationAspect.class))
      .put(PeriodKind.class, JsonCodecs.enumeration(PeriodKind.class))
      .put(ProjectCategory.class, JsonCodecs.enumeration(ProjectCategory.class))
      .put(ProjectLevel.class, JsonCodecs.enumeration(ProjectLevel.class))
      .put(ProjectStatus.class, JsonCodecs.enumeration(ProjectStatus.class))
      .put(UnitKind.class, JsonCodecs.enumeration(UnitKind.class))
      .put(YuanUnit.class, JsonCodecs.enumeration(YuanUnit.class))
      .put(EntryStatus.class, JsonCodecs.enumeration(EntryStatus.class))
      .put(Exclusion.Reason.class, JsonCodecs.enumeration(Exclusion.Reason.class))
      .put(MissingSheetPolicy.class, JsonCodecs.enumeration(MissingSheetPolicy.class))
      .put(RankBasis.class, JsonCodecs.enumeration(RankBasis.class))
      .put(RankChange.Direction.class, JsonCodecs.enumeration(RankChange.Direction.class))
      .put(TiePolicy.class, JsonCodecs.enumeration(TiePolicy.class))
      .put(VetoPolicy.class, JsonCodecs.enumeration(VetoPolicy.class))
      .buildOrThrow();

  private JsonAdapters() {}

  /** The types with a JSON form, not counting {@code GroupedTotals}, whose form depends on its key type. */
  static ImmutableSet<Class<?>> types() {
    return CODECS.keySet();
  }

  /**
   * Why a Pingyi type without a JSON form has none, and what to write instead: for a type of
   * {@code dev.pingyi} that no codec covers, so that Jackson never writes one as a bean ({@code
   * {}} or its getters) without a word.
   */
  static String noFormMessage(Class<?> type) {
    Class<?> named = type;
    while (named.getSimpleName().startsWith("Immutable") && named.getSuperclass() != null) {
      named = named.getSuperclass(); // a generated class: name the type users know
    }
    String name = named.getName();
    String instead;
    if (name.equals("dev.pingyi.ranking.RankedEntry") || name.equals("dev.pingyi.ranking.Breakdown")
        || name.equals("dev.pingyi.ranking.Exclusion")) {
      instead = "it is written inside the Ranking that holds it: write the Ranking";
    } else if (name.startsWith("dev.pingyi.ranking.")) {
      instead = "it is computed from rankings or configures an analysis: write the rankings (and"
          + " the scheme) it comes from, and compute it again when reading";
    } else if (name.startsWith("dev.pingyi.aggregate.")) {
      instead = "write the InvestmentTotals or GroupedTotals it gives, or the projects it holds";
    } else {
      instead = "write the values it is made of";
    }
    return named.getSimpleName() + " (" + name + ") has no JSON form: " + instead;
  }

  /** Where Pingyi's own classes come from: the jar (or directory) of this class. */
  private static final @Nullable URL PINGYI_LOCATION = locationOf(JsonAdapters.class);

  private static @Nullable URL locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null ? null : source.getLocation();
  }

  /**
   * Whether the type is one of pingyi-core's own, which Jackson must not write as a bean: a class
   * of {@code dev.pingyi} from pingyi-core's jar, not a class of the user's in a package of the
   * same name.
   */
  private static boolean isPingyiType(Class<?> type) {
    return type.getName().startsWith("dev.pingyi.") && !type.isArray()
        && Objects.equals(locationOf(type), PINGYI_LOCATION);
  }

  /** The codec of the type or of the Pingyi type it implements, if it has one. */
  private static @Nullable JsonCodec<?> codecOf(Class<?> type) {
    JsonCodec<?> codec = CODECS.get(type);
    if (codec != null) {
      return codec;
    }
    for (Map.Entry<Class<?>, JsonCodec<?>> e : CODECS.entrySet()) {
      if (e.getKey().isAssignableFrom(type)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The serializers of Pingyi's types. */
  static final class PingyiSerializers implements Serializers {
    @Override
    public @Nullable ValueSerializer<?> findSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDescription,
        com.fasterxml.jackson.annotation.JsonFormat.@Nullable Value formatOverrides) {
      return serializerOf(type);
    }

    @Override
    public @Nullable ValueSerializer<?> findEnumSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDescription,
        com.fasterxml.jackson.annotation.JsonFormat.@Nullable Value formatOverrides) {
      return serializerOf(type);
    }

    static @Nullable ValueSerializer<?> serializerOf(JavaType type) {
      Class<?> raw = type.getRawClass();
      if (GroupedTotals.class.isAssignableFrom(raw)) {
        return new CodecSerializer<>(JsonTotalsForms.groupedTotals(JsonTotalsForms.byJackson(type.containedTypeOrUnknown(0))));
      }
      JsonCodec<?> codec = codecOf(raw);
      if (codec != null) {
        return new CodecSerializer<>(codec);
      }
      return isPingyiType(raw) ? new NoFormSerializer(raw) : null;
    }
  }

  /** The deserializers of Pingyi's types. */
  static final class PingyiDeserializers implements Deserializers {
    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescription) {
      return deserializerOf(type);
    }

    @Override
    public @Nullable ValueDeserializer<?> findEnumDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescription) {
      return deserializerOf(type);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return GroupedTotals.class.isAssignableFrom(valueType) || codecOf(valueType) != null || isPingyiType(valueType);
    }

    private static @Nullable ValueDeserializer<?> deserializerOf(JavaType type) {
      Class<?> raw = type.getRawClass();
      if (GroupedTotals.class.isAssignableFrom(raw)) {
        JavaType key = type.containedTypeOrUnknown(0);
        if (key.getRawClass() == Object.class) {
          return new UntypedGroupedTotals();
        }
        return new CodecDeserializer<>(JsonTotalsForms.groupedTotals(JsonTotalsForms.byJackson(key)), raw);
      }
      JsonCodec<?> codec = codecOf(raw);
      if (codec != null) {
        return new CodecDeserializer<>(codec, raw);
      }
      return isPingyiType(raw) ? new NoFormDeserializer(raw) : null;
    }
  }

  /** Refuses to write a Pingyi type that has no JSON form, naming it and what to write instead. */
  private static final class NoFormSerializer extends ValueSerializer<Object> {
    private final Class<?> type;

    NoFormSerializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public void serialize(Object value, JsonGenerator out, SerializationContext context) {
      throw InvalidDefinitionException.from(out, noFormMessage(type), context.constructType(type));
    }
  }

  /** Refuses to read a Pingyi type that has no JSON form, naming it and what to read instead. */
  private static final class NoFormDeserializer extends ValueDeserializer<Object> {
    private final Class<?> type;

    NoFormDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      throw new JsonReading(parser, context).fail(noFormMessage(type));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Writes a value by its codec. */
  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final JsonCodec<T> codec;

    CodecSerializer(JsonCodec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
      codec.write(value, out, context);
    }
  }

  /** Reads a value by its codec. */
  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final JsonCodec<T> codec;
    private final Class<?> type;

    CodecDeserializer(JsonCodec<T> codec, Class<?> type) {
      this.codec = codec;
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      return codec.read(new JsonReading(parser, context));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }

  /** Grouped totals asked for without their key type, which reading cannot guess. */
  private static final class UntypedGroupedTotals extends ValueDeserializer<GroupedTotals<?>> {
    @Override
    public GroupedTotals<?> deserialize(JsonParser parser, DeserializationContext context) {
      throw new JsonReading(parser, context).fail("GroupedTotals needs the type of its keys: read it as a"
          + " TypeReference<GroupedTotals<County>> or another key type, not as the raw class");
    }
  }
}
