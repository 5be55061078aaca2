package dev.pingyi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pingyi.model.Capacity;
import dev.pingyi.model.ChineseNumerals;
import dev.pingyi.model.ClusterLevel;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.CreditCode;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.EnterpriseDesignation;
import dev.pingyi.model.EvaluationAspect;
import dev.pingyi.model.Percent;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.UnitKind;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import dev.pingyi.ranking.PublishedRanking;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.Rankings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Every text parser of the public API, fuzzed: whatever the text, only the exception the parser
 * documents escapes, with a message that names the parser's type, and a text the parser accepts
 * reads back from the value's own textual forms where the parser promises that.
 *
 * <p>A plain {@code mvn test} replays the committed corpus, {@code
 * src/test/resources/dev/pingyi/ParserFuzzTestInputs/<method>/}, one UTF-8 text a file. To fuzz
 * one parser for a fixed time, see README's reliability section: {@code JAZZER_FUZZ=1} and the
 * method's name; new inputs that find new paths land in {@code .cifuzz-corpus/}, and a failing
 * input is written into the corpus directory, where it stays as a regression test once committed.
 */
class ParserFuzzTest {

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"元", "万元", "亿元", "万亿元", ".", "-", "+", "e", "\u3000"})
  void yuan(byte[] data) {
    String text = text(data);
    Yuan amount = accepted(() -> Yuan.parse(text), "Yuan text=", IllegalArgumentException.class);
    if (amount != null) {
      assertThat(Yuan.parse(amount.toString())).isEqualTo(amount);
      assertThat(Yuan.parse(amount.toReportString())).isEqualTo(amount);
      for (YuanUnit unit : YuanUnit.values()) {
        assertThat(Yuan.parse(amount.toString(unit))).isEqualTo(amount);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({".", "-", "+", "e", "E", "E+", "e-"})
  void yuanOfYi(byte[] data) {
    String text = text(data);
    Yuan amount = accepted(() -> Yuan.ofYi(text), "Yuan ", IllegalArgumentException.class, ArithmeticException.class);
    if (amount != null) {
      assertThat(Yuan.ofYi(amount.in(YuanUnit.YI).toPlainString())).isEqualTo(amount);
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({".", "-", "+", "e", "E+", "e-", "1000000"})
  void score(byte[] data) {
    String text = text(data);
    Score score = accepted(() -> Score.parse(text), "Score ", IllegalArgumentException.class);
    if (score != null) {
      assertThat(Score.parse(score.toString())).isEqualTo(score);
      assertThat(Score.ofScaled(score.scaled())).isEqualTo(score);
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"/", "-", "+", "0"})
  void ratio(byte[] data) {
    String text = text(data);
    Ratio ratio = accepted(() -> Ratio.parse(text), "Ratio text=", IllegalArgumentException.class);
    if (ratio != null) {
      assertThat(Ratio.parse(ratio.toString())).isEqualTo(ratio);
      assertThat(ratio.denominator().signum()).isPositive();
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"%", ".", "-", "e", "E+"})
  void percent(byte[] data) {
    String text = text(data);
    Percent percent = accepted(() -> Percent.parse(text), "Percent text=", IllegalArgumentException.class);
    if (percent != null) {
      // a parsed percentage has a finite decimal expansion: written out, it reads back
      Ratio hundredths = percent.fraction().times(Ratio.of(100, 1));
      String exact = new BigDecimal(hundredths.numerator())
          .divide(new BigDecimal(hundredths.denominator()))
          .toString();
      if (exact.length() <= 64) { // the most characters number text may have
        assertThat(Percent.parse(exact + "%")).isEqualTo(percent);
      }
      assertThat(percent.format(1, RoundingMode.HALF_UP)).endsWith("%");
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"年", "月", "月份", "H", "Q", "-", "/", "季度", "第", "上半年", "下半年", "前三季度", "度", "全年",
      "至", "～", "一", "十", "十二"})
  void reportPeriod(byte[] data) {
    String text = text(data);
    ReportPeriod period = accepted(() -> ReportPeriod.parse(text), "ReportPeriod text=", IllegalArgumentException.class);
    if (period != null) {
      assertThat(ReportPeriod.parse(period.toString())).isEqualTo(period);
      assertThat(ReportPeriod.parse(period.toChinese())).isEqualTo(period);
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"37", "00", "15", "25"})
  void divisionCode(byte[] data) {
    String text = text(data);
    DivisionCode code = accepted(() -> DivisionCode.of(text), "DivisionCode code=", IllegalArgumentException.class);
    if (code != null) {
      assertThat(DivisionCode.of(code.toString())).isEqualTo(code);
      assertThat(code.province().level()).isNotNull();
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"91", "100000", "371500", "X", "Y", "N"})
  void creditCode(byte[] data) {
    String text = text(data);
    CreditCode code = accepted(() -> CreditCode.of(text), "CreditCode code=", IllegalArgumentException.class);
    if (code != null) {
      assertThat(CreditCode.of(code.toString())).isEqualTo(code);
      assertThat(CreditCode.checkCharacter(code.code().substring(0, 17))).isEqualTo(code.code().charAt(17));
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"零", "〇", "一", "二", "两", "三", "九", "十", "百", "千", "万"})
  void chineseNumerals(byte[] data) {
    String text = text(data);
    Integer value = accepted(() -> ChineseNumerals.parse(text), "ChineseNumerals text=", IllegalArgumentException.class);
    if (value != null) {
      assertThat(value).isBetween(0, ChineseNumerals.MAX_VALUE);
      assertThat(ChineseNumerals.parse(ChineseNumerals.format(value))).isEqualTo(value);
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"万吨", "/年", "吨", "万锭", ".", " "})
  void capacity(byte[] data) {
    String text = text(data);
    Capacity capacity = accepted(() -> Capacity.parse(text), "Capacity ", IllegalArgumentException.class);
    if (capacity != null) {
      assertThat(Capacity.parse(capacity.toString())).isEqualTo(capacity);
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"第", "名", "并列", "一", "二", "三", "四", "：", ":", "；", ";", "、", "，", "。", "\n", "（", "）",
      "市公安局", "市应急局", "市城管局", "市生态环境局"})
  void publishedRanking(byte[] data) {
    String text = text(data);
    Ranking ranking = accepted(() -> PublishedRanking.parse(CatalogueSamples.SOCIAL, text), "Published ranking of group social", IllegalArgumentException.class);
    if (ranking != null) {
      assertThat(ranking.size()).isEqualTo(CatalogueSamples.SOCIAL.members().size());
      assertThat(PublishedRanking.parse(CatalogueSamples.SOCIAL, PublishedRanking.format(ranking))).isEqualTo(ranking);
      if (ranking.entries().stream().noneMatch(e -> e.isTied())) {
        assertThat(ranking).isEqualTo(Rankings.fromPublishedOrder(CatalogueSamples.SOCIAL,
            ranking.entries().stream().map(e -> e.unit().name()).toList()));
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"在建", "竣工", "县", "区", "省级", "市级", "产业", "管委会", "专精特新", "经济指标"})
  void chineseWords(byte[] data) {
    String text = text(data);
    words(text, ProjectStatus::fromChinese, ProjectStatus::chineseWords);
    words(text, CountyKind::fromChinese, CountyKind::chineseWords);
    words(text, ProjectCategory::fromChinese, ProjectCategory::chineseWords);
    words(text, ProjectLevel::fromChinese, ProjectLevel::chineseWords);
    words(text, ClusterLevel::fromChinese, ClusterLevel::chineseWords);
    words(text, EnterpriseDesignation::fromChinese, EnterpriseDesignation::chineseWords);
    words(text, EvaluationAspect::fromChinese, EvaluationAspect::chineseWords);
    words(text, UnitKind::fromChinese, UnitKind::chineseWords);
  }

  private static String text(byte[] data) {
    return new String(data, UTF_8);
  }

  /** Every word of every constant reads as that constant. */
  private static <E extends Enum<E>> void words(
      String text, Function<String, E> parse, Function<E, Set<String>> wordsOf) {
    E constant = accepted(() -> parse.apply(text), " word=", IllegalArgumentException.class);
    if (constant != null) {
      for (String word : wordsOf.apply(constant)) {
        assertThat(parse.apply(word)).isSameAs(constant);
      }
    }
  }

  /**
   * The value the parser reads from the text, or null if it rejects it with an exception of a
   * documented type whose message names the parser's subject; any other exception escapes.
   */
  @SafeVarargs
  private static <T> @Nullable T accepted(
      Supplier<T> parse, String subject, Class<? extends RuntimeException>... documented) {
    try {
      return parse.get();
    } catch (RuntimeException e) {
      if (Arrays.stream(documented).noneMatch(type -> type.isInstance(e))) {
        throw e;
      }
      assertThat(e.getMessage()).isNotNull().contains(subject);
      return null;
    }
  }
}
