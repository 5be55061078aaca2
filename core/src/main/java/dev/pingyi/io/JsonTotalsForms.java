package dev.pingyi.io;

import static java.util.Objects.requireNonNull;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.InvestmentSum;
import dev.pingyi.aggregate.InvestmentTotals;
import dev.pingyi.aggregate.ScheduleProgress;
import dev.pingyi.model.Percent;
import dev.pingyi.model.ReportPeriod;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;

/** The JSON forms of the results of {@code dev.pingyi.aggregate}: sums, totals, grouped totals and schedule progress. */
final class JsonTotalsForms {

  static final JsonForm<InvestmentSum, InvestmentSum.Builder> INVESTMENT_SUM =
      JsonForm.of(InvestmentSum.class, InvestmentSum::builder, InvestmentSum.Builder::build)
          .required("amount", JsonCodecs.YUAN, InvestmentSum::amount, InvestmentSum.Builder::amount)
          .required("reportedCount", JsonCodecs.LONG, InvestmentSum::reportedCount, InvestmentSum.Builder::reportedCount)
          .required("absentCount", JsonCodecs.LONG, InvestmentSum::absentCount, InvestmentSum.Builder::absentCount)
          .build();

  static final JsonForm<InvestmentTotals, InvestmentTotals.Builder> INVESTMENT_TOTALS =
      JsonForm.of(InvestmentTotals.class, InvestmentTotals::builder, InvestmentTotals.Builder::build)
          .required("count", JsonCodecs.LONG, InvestmentTotals::count, InvestmentTotals.Builder::count)
          .required("startedCount", JsonCodecs.LONG, InvestmentTotals::startedCount,
              InvestmentTotals.Builder::startedCount)
          .required("totalInvestment", INVESTMENT_SUM, InvestmentTotals::totalInvestment,
              InvestmentTotals.Builder::totalInvestment)
          .required("annualPlannedInvestment", INVESTMENT_SUM, InvestmentTotals::annualPlannedInvestment,
              InvestmentTotals.Builder::annualPlannedInvestment)
          .required("completedInvestment", INVESTMENT_SUM, InvestmentTotals::completedInvestment,
              InvestmentTotals.Builder::completedInvestment)
          .build();

  /** Schedule progress: the plan completion and the period, read through {@link ScheduleProgress#of}. */
  static final JsonForm<ScheduleProgress, Progress> SCHEDULE_PROGRESS =
      JsonForm.of(ScheduleProgress.class, Progress::new, Progress::build)
          .required("completion", JsonCodecs.PERCENT, ScheduleProgress::completion, (p, v) -> p.completion = v)
          .required("period", JsonCodecs.PERIOD, ScheduleProgress::period, (p, v) -> p.period = v)
          .build();

  private JsonTotalsForms() {}

  /** The properties of a schedule progress as they are read. */
  static final class Progress {
    @Nullable Percent completion;
    @Nullable ReportPeriod period;

    ScheduleProgress build() {
      return ScheduleProgress.of(requireNonNull(completion), requireNonNull(period));
    }
  }

  /**
   * Grouped totals whose keys are read and written by Jackson as the type {@code key}: an array
   * of {@code {"key": …, "totals": …}} in the grouping's order, and the overall totals, which a
   * document may leave out and which must otherwise be the totals of its groups.
   */
  static <K> JsonForm<GroupedTotals<K>, Grouping<K>> groupedTotals(JsonCodec<K> key) {
    return JsonForm.<GroupedTotals<K>, Grouping<K>>named("GroupedTotals", Grouping::new, Grouping::build)
        .list("groups", JsonCodecs.entry("GroupedTotals group", "key", key, "totals", INVESTMENT_TOTALS),
            g -> g.groups().entrySet(), (b, e) -> b.groups.putGroups(e.getKey(), e.getValue()))
        .optional("overall", INVESTMENT_TOTALS, g -> Optional.of(g.overall()), (b, o) -> b.overall = o)
        .build();
  }

  /**
   * A value of the given type, read and written by Jackson with whatever serializer and
   * deserializer it has: the key of grouped totals, a {@code County} or an {@code
   * Optional<ProjectLevel>}. JSON null is what the type's deserializer makes of it, and an error
   * where that is null.
   */
  static <K> JsonCodec<K> byJackson(JavaType type) {
    return new JsonCodec<>() {
      @Override
      public K read(JsonReading in) {
        @Nullable K value;
        if (in.token() == JsonToken.VALUE_NULL) {
          ValueDeserializer<Object> deserializer = in.context().findRootValueDeserializer(type);
          @SuppressWarnings("unchecked")
          K nullValue = (K) deserializer.getNullValue(in.context());
          value = nullValue;
        } else {
          value = in.context().readValue(in.parser(), type);
        }
        if (value == null) {
          throw in.failValue("a key of grouped totals must not be null");
        }
        return value;
      }

      @Override
      public boolean readsNull() {
        return true;
      }

      @Override
      public void write(K value, JsonGenerator out, SerializationContext context) {
        context.writeValue(out, value);
      }
    };
  }

  /** Grouped totals as they are read, and the overall totals the document states. */
  static final class Grouping<K> {
    final GroupedTotals.Builder<K> groups = GroupedTotals.builder();
    @Nullable InvestmentTotals overall;

    GroupedTotals<K> build() {
      GroupedTotals<K> totals = groups.build();
      InvestmentTotals stated = overall;
      if (stated != null && !stated.equals(totals.overall())) {
        throw new IllegalArgumentException(firstDifference(stated, requireNonNull(totals.overall())));
      }
      return totals;
    }

    /** Names the first figure of the stated overall that differs from the groups' totals. */
    private static String firstDifference(InvestmentTotals stated, InvestmentTotals summed) {
      String field;
      Object statedValue;
      Object summedValue;
      if (stated.count() != summed.count()) {
        field = "count";
        statedValue = stated.count();
        summedValue = summed.count();
      } else if (stated.startedCount() != summed.startedCount()) {
        field = "startedCount";
        statedValue = stated.startedCount();
        summedValue = summed.startedCount();
      } else if (!stated.totalInvestment().equals(summed.totalInvestment())) {
        field = "totalInvestment";
        statedValue = stated.totalInvestment();
        summedValue = summed.totalInvestment();
      } else if (!stated.annualPlannedInvestment().equals(summed.annualPlannedInvestment())) {
        field = "annualPlannedInvestment";
        statedValue = stated.annualPlannedInvestment();
        summedValue = summed.annualPlannedInvestment();
      } else {
        field = "completedInvestment";
        statedValue = stated.completedInvestment();
        summedValue = summed.completedInvestment();
      }
      return "GroupedTotals states overall." + field + "=" + statedValue
          + ", which is not the sum over its groups, " + summedValue;
    }
  }
}
