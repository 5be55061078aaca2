package dev.pingyi.io;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.UnitKind;
import dev.pingyi.ranking.CompositeRule;
import dev.pingyi.ranking.MissingSheetPolicy;
import dev.pingyi.ranking.RankBasis;
import dev.pingyi.ranking.RankingRule;
import dev.pingyi.ranking.ScoringScheme;
import dev.pingyi.ranking.TiePolicy;
import dev.pingyi.ranking.VetoPolicy;
import java.math.RoundingMode;

/**
 * The JSON forms of an evaluation: units, groups, score sheets and the scoring scheme, each value
 * read through its builder.
 */
final class JsonEvaluationForms {

  static final JsonForm<EvaluatedUnit, EvaluatedUnit.Builder> EVALUATED_UNIT =
      JsonForm.of(EvaluatedUnit.class, EvaluatedUnit::builder, EvaluatedUnit.Builder::build)
          .required("name", JsonCodecs.STRING, EvaluatedUnit::name, EvaluatedUnit.Builder::name)
          .required("kind", JsonCodecs.enumeration(UnitKind.class), EvaluatedUnit::kind, EvaluatedUnit.Builder::kind)
          .optional("county", JsonModelForms.COUNTY, EvaluatedUnit::county, EvaluatedUnit.Builder::county)
          .build();

  static final JsonForm<EvaluationGroup, EvaluationGroup.Builder> EVALUATION_GROUP =
      JsonForm.of(EvaluationGroup.class, EvaluationGroup::builder, EvaluationGroup.Builder::build)
          .required("id", JsonCodecs.STRING, EvaluationGroup::id, EvaluationGroup.Builder::id)
          .required("name", JsonCodecs.STRING, EvaluationGroup::name, EvaluationGroup.Builder::name)
          .required("category", JsonCodecs.STRING, EvaluationGroup::category, EvaluationGroup.Builder::category)
          .required("period", JsonCodecs.PERIOD, EvaluationGroup::period, EvaluationGroup.Builder::period)
          .list("members", EVALUATED_UNIT, EvaluationGroup::members, EvaluationGroup.Builder::addMembers)
          .optional("parent", JsonCodecs.lazy(() -> JsonEvaluationForms.EVALUATION_GROUP), EvaluationGroup::parent,
              EvaluationGroup.Builder::parent)
          .build();

  static final JsonForm<ScoreComponent, ScoreComponent.Builder> SCORE_COMPONENT =
      JsonForm.of(ScoreComponent.class, ScoreComponent::builder, ScoreComponent.Builder::build)
          .required("name", JsonCodecs.STRING, ScoreComponent::name, ScoreComponent.Builder::name)
          .required("min", JsonCodecs.SCORE, ScoreComponent::min, ScoreComponent.Builder::min)
          .required("max", JsonCodecs.SCORE, ScoreComponent::max, ScoreComponent.Builder::max)
          .build();

  static final JsonForm<ScoreAdjustment, ScoreAdjustment.Builder> SCORE_ADJUSTMENT =
      JsonForm.of(ScoreAdjustment.class, ScoreAdjustment::builder, ScoreAdjustment.Builder::build)
          .required("points", JsonCodecs.SCORE, ScoreAdjustment::points, ScoreAdjustment.Builder::points)
          .required("reason", JsonCodecs.STRING, ScoreAdjustment::reason, ScoreAdjustment.Builder::reason)
          .build();

  static final JsonForm<ScoreSheet, ScoreSheet.Builder> SCORE_SHEET =
      JsonForm.of(ScoreSheet.class, ScoreSheet::builder, ScoreSheet.Builder::build)
          .required("unit", EVALUATED_UNIT, ScoreSheet::unit, ScoreSheet.Builder::unit)
          .required("period", JsonCodecs.PERIOD, ScoreSheet::period, ScoreSheet.Builder::period)
          .list("scores", JsonCodecs.entry("ScoreSheet score", "component", SCORE_COMPONENT, "score", JsonCodecs.SCORE),
              s -> s.scores().entrySet(), (b, e) -> b.putScores(e.getKey(), e.getValue()))
          .list("bonuses", SCORE_ADJUSTMENT, ScoreSheet::bonuses, ScoreSheet.Builder::addBonuses)
          .list("deductions", SCORE_ADJUSTMENT, ScoreSheet::deductions, ScoreSheet.Builder::addDeductions)
          .optional("vetoReason", JsonCodecs.STRING, ScoreSheet::vetoReason, ScoreSheet.Builder::vetoReason)
          .build();

  static final JsonForm<CompositeRule, CompositeRule.Builder> COMPOSITE_RULE =
      JsonForm.of(CompositeRule.class, CompositeRule::builder, CompositeRule.Builder::build)
          .list("weights", JsonCodecs.entry("CompositeRule weight", "component", SCORE_COMPONENT, "weight",
                  JsonCodecs.decimal("CompositeRule weight")),
              r -> r.weights().entrySet(), (b, e) -> b.putWeights(e.getKey(), e.getValue()))
          .optional("bonusCap", JsonCodecs.SCORE, CompositeRule::bonusCap, CompositeRule.Builder::bonusCap)
          .optional("deductionCap", JsonCodecs.SCORE, CompositeRule::deductionCap, CompositeRule.Builder::deductionCap)
          .defaulted("publishedScale", JsonCodecs.INT, CompositeRule::publishedScale,
              CompositeRule.Builder::publishedScale)
          .defaulted("publishedRounding", JsonCodecs.enumeration(RoundingMode.class), CompositeRule::publishedRounding,
              CompositeRule.Builder::publishedRounding)
          .build();

  static final JsonForm<RankingRule, RankingRule.Builder> RANKING_RULE =
      JsonForm.of(RankingRule.class, RankingRule::builder, RankingRule.Builder::build)
          .defaulted("tiePolicy", JsonCodecs.enumeration(TiePolicy.class), RankingRule::tiePolicy,
              RankingRule.Builder::tiePolicy)
          .list("tieBreakers", SCORE_COMPONENT, RankingRule::tieBreakers, RankingRule.Builder::addTieBreakers)
          .defaulted("vetoPolicy", JsonCodecs.enumeration(VetoPolicy.class), RankingRule::vetoPolicy,
              RankingRule.Builder::vetoPolicy)
          .defaulted("missingSheetPolicy", JsonCodecs.enumeration(MissingSheetPolicy.class),
              RankingRule::missingSheetPolicy, RankingRule.Builder::missingSheetPolicy)
          .defaulted("rankBasis", JsonCodecs.enumeration(RankBasis.class), RankingRule::rankBasis,
              RankingRule.Builder::rankBasis)
          .build();

  static final JsonForm<ScoringScheme, ScoringScheme.Builder> SCORING_SCHEME =
      JsonForm.of(ScoringScheme.class, ScoringScheme::builder, ScoringScheme.Builder::build)
          .required("name", JsonCodecs.STRING, ScoringScheme::name, ScoringScheme.Builder::name)
          .required("composite", COMPOSITE_RULE, ScoringScheme::composite, ScoringScheme.Builder::composite)
          .defaulted("ranking", RANKING_RULE, ScoringScheme::ranking, ScoringScheme.Builder::ranking)
          .build();

  private JsonEvaluationForms() {}
}
