package dev.pingyi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.ranking.PublishedRanking;
import dev.pingyi.ranking.Rankings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiaochengReportTest {

  @Test
  void printsEveryGroupInPublishedRankOrder() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LiaochengReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(report)
        .contains("聊城市 2022年上半年政府系统综合评议")
        .contains("  371503  区  茌平区")
        .contains("  ------  功能区  聊城江北水城旅游度假区（度假区）")
        .contains("  第一名:茌平区政府;第二名:冠县政府;第三名:开发区管委会;")
        .contains(";第十一名:阳谷县政府。\n")
        .contains("市政府工作部门 · 经济部门（14个单位）\n  第一名:市农业农村局;第二名:市发展改革委;")
        .contains(";第十四名:市科技局。\n")
        .contains(";第八名:市地震监测中心。\n")
        .contains("示例（假设，非报道结果）：若冠县政府与开发区管委会并列第二名\n"
            + "  第一名:茌平区政府;并列第二名:冠县政府、开发区管委会;第四名:高新区管委会;第五名:高唐县政府;")
        .contains("  开发区管委会 上升1位\n")
        .contains("冠县  在建  山东乐宝宠物食品有限公司高端宠物食品项目  总投资13.8亿元")
        .contains("上半年开工102个，开工率95.3%")
        .contains("省级重点项目完成投资占年度计划的64.6%，快于时间进度14.6个百分点")
        .contains("一般公共预算收入11.9亿元，同比增长6.8%")
        .contains("占比81.1%（报道印为81.2%")
        .contains("  冠县  项目3个  已报总投资13.8亿元（2个项目未报）");
  }

  @Test
  void thePrintedListsReadBackAsThePublishedOrders() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LiaochengReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lists = bytes.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.startsWith("  第一名:") && !line.contains("并列"))
        .map(String::strip)
        .toList();

    assertThat(lists).hasSize(Liaocheng2022H1.RANKED_GROUPS.size());
    for (int i = 0; i < lists.size(); i++) {
      EvaluationGroup group = Liaocheng2022H1.RANKED_GROUPS.get(i);
      assertThat(PublishedRanking.parse(group, lists.get(i))).isEqualTo(Rankings.fromPublishedOrder(group));
    }
  }
}
