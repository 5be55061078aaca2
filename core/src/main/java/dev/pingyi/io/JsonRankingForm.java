package dev.pingyi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.ranking.EntryStatus;
import dev.pingyi.ranking.Exclusion;
import dev.pingyi.ranking.RankedEntry;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import dev.pingyi.ranking.VetoPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.SerializationContext;

/**
 * The JSON form of a {@link Ranking}: what it was computed from — the group, and the scheme with
 * the sheets or the published places — beside the entries and exclusions it states. Reading ranks
 * the group again with the engine and rejects a document whose stated entries differ from the
 * ranking its own data gives, naming the first difference.
 */
final class JsonRankingForm {

  private static final JsonForm<Stated, StatedBuilder> STATED_ENTRY =
      JsonForm.named("RankedEntry", StatedBuilder::new, StatedBuilder::build)
          .required("position", JsonCodecs.INT, Stated::position, (b, v) -> b.position = v)
          .required("unit", JsonCodecs.STRING, Stated::unit, (b, v) -> b.unit = v)
          .required("rank", JsonCodecs.decimal("RankedEntry rank"), Stated::rank, (b, v) -> b.rank = v)
          .required("tieSize", JsonCodecs.INT, Stated::tieSize, (b, v) -> b.tieSize = v)
          .required("status", JsonCodecs.enumeration(EntryStatus.class), Stated::status, (b, v) -> b.status = v)
          .optional("compositeScore", JsonCodecs.decimal("RankedEntry compositeScore"), Stated::compositeScore,
              (b, v) -> b.compositeScore = v)
          .optional("publishedScore", JsonCodecs.decimal("RankedEntry publishedScore"), Stated::publishedScore,
              (b, v) -> b.publishedScore = v)
          .build();

  private static final JsonForm<StatedExclusion, StatedExclusionBuilder> STATED_EXCLUSION =
      JsonForm.named("Exclusion", StatedExclusionBuilder::new, StatedExclusionBuilder::build)
          .required("unit", JsonCodecs.STRING, StatedExclusion::unit, (b, v) -> b.unit = v)
          .required("reason", JsonCodecs.enumeration(Exclusion.Reason.class), StatedExclusion::reason,
              (b, v) -> b.reason = v)
          .optional("vetoReason", JsonCodecs.STRING, StatedExclusion::vetoReason, (b, v) -> b.vetoReason = v)
          .build();

  static final JsonForm<Ranking, Document> RANKING =
      JsonForm.named("Ranking", Document::new, Document::rankAgain)
          .required("group", JsonEvaluationForms.EVALUATION_GROUP, Ranking::group, (d, g) -> d.group = g)
          .optional("scheme", JsonEvaluationForms.SCORING_SCHEME, Ranking::scheme, (d, s) -> d.scheme = s)
          .optional("sheets", JsonCodecs.list(JsonEvaluationForms.SCORE_SHEET), JsonRankingForm::sheets,
              (d, s) -> d.sheets = s)
          .optional("publishedPlaces", JsonCodecs.list(JsonCodecs.list(JsonCodecs.STRING)),
              JsonRankingForm::publishedPlaces, (d, p) -> d.places = p)
          .required("entries", located(JsonCodecs.list(located(STATED_ENTRY))),
              r -> Located.of(r.entries().stream().map(e -> Located.of(Stated.of(e))).toList()),
              (d, e) -> d.entries = e)
          .defaulted("exclusions", located(JsonCodecs.list(located(STATED_EXCLUSION))),
              r -> Located.of(r.exclusions().stream().map(x -> Located.of(StatedExclusion.of(x))).toList()),
              (d, x) -> d.exclusions = x)
          .build();

  private JsonRankingForm() {}

  /** The sheets of a scored ranking, in rank order: every sheet the ranking keeps. */
  private static Optional<List<ScoreSheet>> sheets(Ranking ranking) {
    return ranking.scheme().map(s -> ranking.entries().stream()
        .map(RankedEntry::sheet)
        .flatMap(Optional::stream)
        .toList());
  }

  /** The places of a published order: the names of each tie group, in order. */
  private static Optional<List<List<String>>> publishedPlaces(Ranking ranking) {
    if (ranking.scheme().isPresent()) {
      return Optional.empty();
    }
    List<List<String>> places = new ArrayList<>();
    int place = 0;
    for (RankedEntry entry : ranking.entries()) {
      if (entry.competitionRank() != place) {
        place = entry.competitionRank();
        places.add(new ArrayList<>());
      }
      places.get(places.size() - 1).add(entry.unit().name());
    }
    return Optional.of(places);
  }

  /** A codec that keeps where each value it reads starts. */
  private static <V> JsonCodec<Located<V>> located(JsonCodec<V> codec) {
    return new JsonCodec<>() {
      @Override
      public Located<V> read(JsonReading in) {
        String path = in.path();
        TokenStreamLocation location = in.location();
        return new Located<>(codec.read(in), path, location);
      }

      @Override
      public void write(Located<V> value, JsonGenerator out, SerializationContext context) {
        codec.write(value.value, out, context);
      }
    };
  }

  /** A value with the path and location where it starts in the document read. */
  private static final class Located<V> {
    final V value;
    final String path;
    final TokenStreamLocation location;

    Located(V value, String path, TokenStreamLocation location) {
      this.value = value;
      this.path = path;
      this.location = location;
    }

    static <V> Located<V> of(V value) {
      return new Located<>(value, "$", TokenStreamLocation.NA);
    }

    JsonMismatch mismatch(String property, String message) {
      return new JsonMismatch(path + (property.isEmpty() ? "" : "." + property), location, message);
    }
  }

  /** One entry as a document states it. */
  private record Stated(
      int position,
      String unit,
      BigDecimal rank,
      int tieSize,
      EntryStatus status,
      Optional<BigDecimal> compositeScore,
      Optional<BigDecimal> publishedScore) {

    static Stated of(RankedEntry e) {
      return new Stated(e.position(), e.unit().name(), e.rank(), e.tieSize(), e.status(), e.compositeScore(),
          e.publishedScore());
    }
  }

  /** The properties of a stated entry as they are read; the form has checked the required ones. */
  private static final class StatedBuilder {
    int position;
    @Nullable String unit;
    @Nullable BigDecimal rank;
    int tieSize;
    @Nullable EntryStatus status;
    @Nullable BigDecimal compositeScore;
    @Nullable BigDecimal publishedScore;

    Stated build() {
      return new Stated(position, requireNonNull(unit, "unit"), requireNonNull(rank, "rank"), tieSize,
          requireNonNull(status, "status"), Optional.ofNullable(compositeScore), Optional.ofNullable(publishedScore));
    }
  }

  /** One exclusion as a document states it. */
  private record StatedExclusion(String unit, Exclusion.Reason reason, Optional<String> vetoReason) {
    static StatedExclusion of(Exclusion x) {
      return new StatedExclusion(x.unit().name(), x.reason(), x.vetoReason());
    }
  }

  /** The properties of a stated exclusion as they are read. */
  private static final class StatedExclusionBuilder {
    @Nullable String unit;
    Exclusion.@Nullable Reason reason;
    @Nullable String vetoReason;

    StatedExclusion build() {
      return new StatedExclusion(requireNonNull(unit, "unit"), requireNonNull(reason, "reason"),
          Optional.ofNullable(vetoReason));
    }
  }

  /** A ranking document as it is read, ranked again once it is whole. */
  private static final class Document {
    @Nullable EvaluationGroup group;
    @Nullable ScoringScheme scheme;
    @Nullable List<ScoreSheet> sheets;
    @Nullable List<List<String>> places;
    @Nullable Located<List<Located<Stated>>> entries;
    Located<List<Located<StatedExclusion>>> exclusions = Located.of(List.of());

    Ranking rankAgain() {
      EvaluationGroup g = requireNonNull(group, "group");
      Located<List<Located<Stated>>> stated = requireNonNull(entries, "entries");
      Ranking ranking;
      ScoringScheme s = scheme;
      if (s != null) {
        if (places != null) {
          throw new IllegalArgumentException(
              "Ranking gives both a scheme and publishedPlaces; it is computed from a scheme and sheets,"
                  + " or published as places, not both");
        }
        List<ScoreSheet> all = new ArrayList<>(sheets == null ? List.of() : sheets);
        all.addAll(vetoedStandIns(g, s, all));
        ranking = Rankings.rank(s, g, all);
      } else {
        if (sheets != null) {
          throw new IllegalArgumentException("Ranking gives sheets but no scheme to score them by");
        }
        if (places == null) {
          throw new IllegalArgumentException(
              "Ranking gives neither a scheme (with its sheets) nor publishedPlaces; it needs one of them");
        }
        ranking = Rankings.fromPublishedPlaces(g, places);
      }
      compareEntries(stated, ranking.entries());
      compareExclusions(exclusions, ranking.exclusions());
      return ranking;
    }

    /**
     * A sheet for each unit the document states was left out by a veto and gives no sheet for. A
     * ranking keeps no sheet of a unit it left out, so its document cannot carry one; the engine
     * needs a sheet to leave the unit out again, and only its veto counts: the scores are each
     * component's minimum and appear nowhere in the ranking made.
     */
    private List<ScoreSheet> vetoedStandIns(EvaluationGroup g, ScoringScheme s, List<ScoreSheet> given) {
      Set<String> withSheet = given.stream().map(sheet -> sheet.unit().name()).collect(Collectors.toSet());
      List<ScoreSheet> standIns = new ArrayList<>();
      for (Located<StatedExclusion> x : exclusions.value) {
        StatedExclusion exclusion = x.value;
        if (exclusion.reason() != Exclusion.Reason.VETOED || withSheet.contains(exclusion.unit())) {
          continue;
        }
        if (s.ranking().vetoPolicy() != VetoPolicy.EXCLUDE) {
          throw x.mismatch("reason", "Ranking states that " + exclusion.unit() + " was left out for a veto, but"
              + " its scheme's vetoPolicy is " + s.ranking().vetoPolicy() + ", which leaves out no vetoed unit");
        }
        EvaluatedUnit unit = g.member(exclusion.unit()).orElseThrow(() -> x.mismatch("unit",
            "Ranking states an exclusion of " + exclusion.unit() + ", which is not a member of group " + g.id()));
        String vetoReason = exclusion.vetoReason().orElseThrow(() -> x.mismatch("",
            "Ranking states that " + exclusion.unit() + " was left out for a veto, but gives no vetoReason"));
        ScoreSheet.Builder sheet = ScoreSheet.builder().unit(unit).period(g.period()).vetoReason(vetoReason);
        for (ScoreComponent c : s.composite().weights().keySet()) {
          sheet.putScores(c, c.min());
        }
        standIns.add(sheet.build());
      }
      return standIns;
    }

    private static void compareEntries(Located<List<Located<Stated>>> stated, List<RankedEntry> actual) {
      List<Located<Stated>> entries = stated.value;
      for (int i = 0; i < Math.min(entries.size(), actual.size()); i++) {
        compare(entries.get(i), Stated.of(actual.get(i)));
      }
      if (entries.size() > actual.size()) {
        throw entries.get(actual.size()).mismatch("", "Ranking states " + entries.size()
            + " entries, and ranking again gives " + actual.size());
      }
      if (entries.size() < actual.size()) {
        RankedEntry first = actual.get(entries.size());
        throw stated.mismatch("", "Ranking states " + entries.size() + " entries, and ranking again gives "
            + actual.size() + ": the first not stated is position " + first.position() + ", "
            + first.unit().name());
      }
    }

    private static void compare(Located<Stated> located, Stated actual) {
      Stated stated = located.value;
      String entry = "Ranking entry at position " + actual.position() + " (" + actual.unit() + ")";
      check(located, "position", stated.position(), actual.position(), entry, Objects::equals);
      check(located, "unit", stated.unit(), actual.unit(), entry, Objects::equals);
      check(located, "rank", stated.rank(), actual.rank(), entry, JsonRankingForm::sameNumber);
      check(located, "tieSize", stated.tieSize(), actual.tieSize(), entry, Objects::equals);
      check(located, "status", stated.status(), actual.status(), entry, Objects::equals);
      check(located, "compositeScore", stated.compositeScore(), actual.compositeScore(), entry,
          JsonRankingForm::sameNumber);
      check(located, "publishedScore", stated.publishedScore(), actual.publishedScore(), entry,
          JsonRankingForm::sameNumber);
    }

    private static void compareExclusions(
        Located<List<Located<StatedExclusion>>> stated, ImmutableList<Exclusion> actual) {
      List<Located<StatedExclusion>> exclusions = stated.value;
      for (int i = 0; i < Math.min(exclusions.size(), actual.size()); i++) {
        Located<StatedExclusion> x = exclusions.get(i);
        StatedExclusion a = StatedExclusion.of(actual.get(i));
        String what = "Ranking exclusion " + (i + 1) + " (" + a.unit() + ")";
        check(x, "unit", x.value.unit(), a.unit(), what, Objects::equals);
        check(x, "reason", x.value.reason(), a.reason(), what, Objects::equals);
        check(x, "vetoReason", x.value.vetoReason(), a.vetoReason(), what, Objects::equals);
      }
      if (exclusions.size() != actual.size()) {
        throw stated.mismatch("", "Ranking states " + exclusions.size() + " exclusions, and ranking again gives "
            + actual.size() + " " + actual.stream().map(x -> x.unit().name() + " " + x.reason()).toList());
      }
    }

    private static <V> void check(
        Located<?> located, String property, V stated, V actual, String what, BiPredicate<? super V, ? super V> same) {
      if (!same.test(stated, actual)) {
        throw located.mismatch(property, what + " states " + property + "=" + shown(stated)
            + ", and ranking again gives " + property + "=" + shown(actual));
      }
    }

    private static String shown(Object value) {
      Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
      return v == null ? "none" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }
  }

  /** Two numbers, or two optional numbers, of equal value whatever their scale: 91.10 and 91.1. */
  private static boolean sameNumber(Object a, Object b) {
    if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      return x.isPresent() == y.isPresent() && (x.isEmpty() || sameNumber(x.get(), y.get()));
    }
    return a instanceof BigDecimal x && b instanceof BigDecimal y && x.compareTo(y) == 0;
  }
}
