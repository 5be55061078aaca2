package dev.pingyi.ranking;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Groups and score sheets for ranking tests, hand-made or seeded-random with many ties. */
final class Sheets {

  static final ReportPeriod H1 = ReportPeriod.ofHalfYear(2022, 1);
  static final ScoreComponent BASE = ScoreComponent.BASE_EVALUATION;
  static final ScoreComponent ON_SITE = ScoreComponent.ON_SITE_EVALUATION;

  private Sheets() {}

  static EvaluationGroup group(String id, int size) {
    List<EvaluatedUnit> units = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      units.add(EvaluatedUnit.department(String.format("%s-单位%03d", id, i)));
    }
    return EvaluationGroup.builder().id(id).name("组" + id).category("市政府部门").period(H1)
        .addAllMembers(units).build();
  }

  static ScoreSheet sheet(EvaluatedUnit unit, String base, String onSite) {
    return ScoreSheet.builder().unit(unit).period(H1)
        .putScores(BASE, Score.parse(base)).putScores(ON_SITE, Score.parse(onSite)).build();
  }

  /** One sheet per member; scores drawn from a few values so that ties are common. */
  static List<ScoreSheet> randomSheets(Random random, EvaluationGroup group, boolean adjustments) {
    String[] values = {"80", "85", "85.5", "90", "92.5", "95", "100"};
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluatedUnit unit : group.members()) {
      var b = ScoreSheet.builder().unit(unit).period(H1)
          .putScores(BASE, Score.parse(values[random.nextInt(values.length)]))
          .putScores(ON_SITE, Score.parse(values[random.nextInt(values.length)]));
      if (adjustments && random.nextInt(4) == 0) {
        b.addBonuses(ScoreAdjustment.of(Score.of(1 + random.nextInt(2)), "争先创优"));
      }
      if (adjustments && random.nextInt(4) == 0) {
        b.addDeductions(ScoreAdjustment.of(Score.parse("0.5"), "通报批评"));
      }
      sheets.add(b.build());
    }
    return sheets;
  }
}
