package dev.pingyi.model;

import com.google.common.collect.ImmutableSet;

/**
 * The six aspects the Liaocheng comprehensive evaluation assesses; a scheme may score each as a
 * {@link ScoreComponent} of its own. Names that quote a slogan are also read with ASCII quotes or
 * without quotes.
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
  MANDATED_DUTIES("“三定”方案确定的职责", "\"三定\"方案确定的职责", "三定方案确定的职责"),
  /** "四争""双报告"及负面清单: the "four strives", the paired reports and the negative list. */
  STRIVES_REPORTS_AND_NEGATIVE_LIST(
      "“四争”“双报告”及负面清单", "\"四争\"\"双报告\"及负面清单", "四争双报告及负面清单");

  private static final ChineseWords<EvaluationAspect> WORDS =
      ChineseWords.of(EvaluationAspect.class, EvaluationAspect::chineseWords);

  private final String chineseName;
  private final ImmutableSet<String> chineseWords;

  EvaluationAspect(String chineseName, String... synonyms) {
    this.chineseName = chineseName;
    this.chineseWords = ChineseWords.wordsOf(chineseName, synonyms);
  }

  /**
   * The aspect a word names: a {@link #chineseName} or a synonym, after stripping the whitespace
   * around it. Constant names such as {@code KEY_TASKS} are read by {@link #valueOf}, not here.
   *
   * @throws IllegalArgumentException naming the word and every accepted word, if it names no aspect
   */
  public static EvaluationAspect fromChinese(CharSequence word) {
    return WORDS.parse(word);
  }

  /** The Chinese name of the aspect. */
  public String chineseName() {
    return chineseName;
  }

  /** Every word {@link #fromChinese} reads as this aspect: its Chinese name first, then synonyms. */
  public ImmutableSet<String> chineseWords() {
    return chineseWords;
  }

  /** A score component for this aspect, named by its Chinese name, scored from 0 to maxPoints. */
  public ScoreComponent component(Score maxPoints) {
    return ScoreComponent.of(chineseName, Score.ZERO, maxPoints);
  }
}
