package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What ends a name in a published list ({@link PublishedRanking#parse}): an entry — [并列]第…名
 * and a colon — right after a name, without a separator, is an error that names the entry as
 * written, 并列 included; 第 that begins no entry (no 名, or no colon after 第…名) is part of the
 * name.
 */
class PublishedListParserKillTest {

  private static EvaluationGroup group(String... names) {
    return EvaluationGroup.builder().id("g").name("组g").category("市政府部门").period(Sheets.H1)
        .addAllMembers(Arrays.stream(names).map(EvaluatedUnit::department).toList()).build();
  }

  private static List<String> order(Ranking ranking) {
    return ranking.entries().stream().map(e -> e.unit().name()).toList();
  }

  @Test
  void aSharedPlaceRightAfterANameIsAnEntryWithNothingBeforeIt() {
    EvaluationGroup group = group("市公安局", "市应急局", "市城管局");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PublishedRanking.parse(group, "第一名:市公安局并列第二名:市应急局、市城管局"))
        .withMessageContaining("line 1, column 9 (entry 1, 第一名)")
        .withMessageContaining("the entry 并列第二名 follows the name '市公安局' with nothing between them");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PublishedRanking.parse(group, "第一名：市公安局 并列第二名：市应急局、市城管局"))
        .withMessageContaining("the entry 并列第二名 follows the name '市公安局");
  }

  @Test
  void anEntryRightAfterANameIsReportedAsWritten() {
    EvaluationGroup group = group("市公安局", "市应急局");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PublishedRanking.parse(group, "第一名:市公安局第二名：市应急局"))
        .withMessageContaining("the entry 第二名 follows the name '市公安局' with nothing between them");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PublishedRanking.parse(group, "第一名:市公安局第二名 :市应急局"))
        .withMessageContaining("the entry 第二名 follows the name '市公安局' with nothing between them");
  }

  @Test
  void aDiThatBeginsNoEntryIsPartOfTheName() {
    // 第…名 without a colon after it, 第 without 名, 并 without 列, 并列 without 第
    EvaluationGroup group = group("甲第二名乙", "第五工区", "并村办", "并列第三", "丙");
    Ranking ranking = PublishedRanking.parse(group,
        "第一名:甲第二名乙;第二名:第五工区;第三名:并村办;第四名:并列第三;第五名:丙。");
    assertThat(order(ranking)).containsExactly("甲第二名乙", "第五工区", "并村办", "并列第三", "丙");

    EvaluationGroup tied = group("第一名乙", "丁", "戊");
    Ranking shared = PublishedRanking.parse(tied, "并列第一名:第一名乙、丁;第三名:戊");
    assertThat(order(shared)).containsExactly("第一名乙", "丁", "戊");
    assertThat(shared.entries().get(1).competitionRank()).isEqualTo(1);
    assertThat(shared.entries().get(2).competitionRank()).isEqualTo(3);
  }

  @Test
  void everyLineBreakInsideANameEndsItsLineOnce() {
    // U+0085 (NEL) is a line break to Unicode but not whitespace to Java: it used to hang the parser
    EvaluationGroup group = group("市公安局", "市应急局");
    for (String br : List.of("\n", "\r\n", "\r", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029")) {
      assertThat(order(PublishedRanking.parse(group, "第一名：市公安局" + br + "第二名：市应急局")))
          .as("break U+%04X", (int) br.charAt(0))
          .containsExactly("市公安局", "市应急局");
      assertThat(order(PublishedRanking.parse(group, "第一名：市公" + br + "安局；第二名：市应" + br + " 急局")))
          .as("break U+%04X inside names", (int) br.charAt(0))
          .containsExactly("市公安局", "市应急局");
      assertThat(order(PublishedRanking.parse(group, "第一名：" + br + "市公安局；第二名：市应急局")))
          .as("break U+%04X before a name", (int) br.charAt(0))
          .containsExactly("市公安局", "市应急局");
    }
  }
}
