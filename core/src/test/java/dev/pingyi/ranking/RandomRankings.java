package dev.pingyi.ranking;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded random rankings with heavy ties, for comparing the engine's analyses with their
 * quadratic oracles: scores in a narrow band with 0–2 decimals, so that composites tie and the
 * lines of a two-component scheme cross often, bonuses and deductions (capped or not), vetoed
 * units and members without a sheet, under random schemes.
 */
final class RandomRankings {

  static final ScoreComponent EXTRA = ScoreComponent.of("专项评议分", Score.ZERO, Score.of(100));

  private static final String[][] TWO_WEIGHTS = {
    {"0.7", "0.3"}, {"0.5", "0.5"}, {"0.8", "0.2"}, {"0.35", "0.65"}, {"0.123457", "0.876543"}, {"0.99", "0.01"},
  };

  private static final String[][] THREE_WEIGHTS = {{"0.5", "0.3", "0.2"}, {"0.4", "0.3", "0.3"}, {"0.25", "0.25", "0.5"}};

  private RandomRankings() {}

  /** A random scheme of two components, or, if allowed, of one or three. */
  static ScoringScheme scheme(Random random, boolean anyComponentCount) {
    CompositeRule.Builder composite = CompositeRule.builder();
    int kind = anyComponentCount ? random.nextInt(4) : 0;
    if (kind == 1) {
      composite.weight(Sheets.BASE, "1");
    } else if (kind == 2) {
      String[] w = THREE_WEIGHTS[random.nextInt(THREE_WEIGHTS.length)];
      composite.weight(Sheets.BASE, w[0]).weight(Sheets.ON_SITE, w[1]).weight(EXTRA, w[2]);
    } else {
      String[] w = TWO_WEIGHTS[random.nextInt(TWO_WEIGHTS.length)];
      composite.weight(Sheets.BASE, w[0]).weight(Sheets.ON_SITE, w[1]);
    }
    if (random.nextBoolean()) {
      composite.bonusCap(Score.of(1 + random.nextInt(2)));
    }
    RankingRule.Builder rule = RankingRule.builder()
        .tiePolicy(TiePolicy.values()[random.nextInt(TiePolicy.values().length)])
        .vetoPolicy(random.nextBoolean() ? VetoPolicy.RANK_LAST : VetoPolicy.EXCLUDE)
        .missingSheetPolicy(random.nextBoolean() ? MissingSheetPolicy.RANK_LAST : MissingSheetPolicy.EXCLUDE)
        .rankBasis(random.nextBoolean() ? RankBasis.EXACT : RankBasis.PUBLISHED);
    CompositeRule built = composite.build();
    if (built.weights().size() > 1 && random.nextBoolean()) {
      rule.addTieBreakers(Sheets.ON_SITE);
    }
    return ScoringScheme.of("随机方案", built, rule.build());
  }

  /** A group of the given members, named as given. */
  static EvaluationGroup group(String id, List<String> names) {
    List<EvaluatedUnit> units = new ArrayList<>(names.size());
    for (String name : names) {
      units.add(EvaluatedUnit.department(name));
    }
    return EvaluationGroup.builder().id(id).name("组" + id).category("市政府部门").period(Sheets.H1)
        .addAllMembers(units).build();
  }

  /** A ranking of every member of the group under the scheme, from random sheets. */
  static Ranking ranking(Random random, ScoringScheme scheme, EvaluationGroup group) {
    int decimals = random.nextInt(3);
    boolean vetoes = random.nextBoolean();
    boolean missing = random.nextBoolean();
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluatedUnit unit : group.members()) {
      if (missing && random.nextInt(20) == 0) {
        continue;
      }
      ScoreSheet.Builder sheet = ScoreSheet.builder().unit(unit).period(Sheets.H1);
      for (ScoreComponent c : scheme.composite().weights().keySet()) {
        sheet.putScores(c, score(random, decimals));
      }
      if (random.nextInt(5) == 0) {
        sheet.addBonuses(ScoreAdjustment.of(Score.ofScaled(5_000L * (1 + random.nextInt(4))), "争先创优"));
      }
      if (random.nextInt(5) == 0) {
        sheet.addDeductions(ScoreAdjustment.of(Score.ofScaled(5_000L * (1 + random.nextInt(2))), "通报批评"));
      }
      if (vetoes && random.nextInt(20) == 0) {
        sheet.vetoReason("安全生产一票否决");
      }
      sheets.add(sheet.build());
    }
    return Rankings.rank(scheme, group, sheets);
  }

  /** A published ranking of the group: its members shuffled into places, many of them shared. */
  static Ranking publishedPlaces(Random random, EvaluationGroup group) {
    List<String> names = new ArrayList<>(group.members().stream().map(EvaluatedUnit::name).toList());
    Collections.shuffle(names, random);
    int maxTie = 1 + random.nextInt(4);
    List<List<String>> places = new ArrayList<>();
    for (int i = 0; i < names.size(); ) {
      int size = Math.min(names.size() - i, 1 + random.nextInt(maxTie));
      places.add(names.subList(i, i + size));
      i += size;
    }
    return Rankings.fromPublishedPlaces(group, places);
  }

  /** A score in [85, 95] with the given decimals: few values, so that ties are common. */
  private static Score score(Random random, int decimals) {
    int steps = (int) Math.pow(10, decimals);
    return Score.ofScaled(850_000L + 10_000L / steps * random.nextInt(10 * steps + 1));
  }
}
