package dev.pingyi.model;

/**
 * The six aspects the Liaocheng comprehensive evaluation assesses; a scheme may score each as a
 * {@link ScoreComponent} of its own.
 */
public enum EvaluationAspect {
  /** 经济指标: economic indicators. */
  ECONOMIC_INDICATORS("经济指标"),
  /** 考核指标: assessment indicators. */
  ASSESSMENT_INDICATORS("考核指标"),
  /** 攻坚任务: key tasks. */
  KEY_TASKS("攻坚任务"),
  /** 市党代会及人代会确定的任务: tasks set by the municipal Party congress and People's congress. */
  CONGRESS_TASKS("市党代会及人代会确定的任务"),
  /** "三定"方案确定的职责: duties under the "three determinations" plan. */
  MANDATED_DUTIES("“三定”方案确定的职责"),
  /** "四争""双报告"及负面清单: the "four strives", the paired reports and the negative list. */
  STRIVES_REPORTS_AND_NEGATIVE_LIST("“四争”“双报告”及负面清单");

  private final String chineseName;

  EvaluationAspect(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name of the aspect. */
  public String chineseName() {
    return chineseName;
  }

  /** A score component for this aspect, named by its Chinese name, scored from 0 to maxPoints. */
  public ScoreComponent component(Score maxPoints) {
    return ScoreComponent.of(chineseName, Score.ZERO, maxPoints);
  }
}
