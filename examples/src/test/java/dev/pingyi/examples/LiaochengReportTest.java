package dev.pingyi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        .contains("  第一名：茌平区政府\n  第二名：冠县政府")
        .contains("  第十一名：阳谷县政府")
        .contains("市政府工作部门 · 经济部门（14个单位）")
        .contains("  第十四名：市科技局")
        .contains("  第八名：市地震监测中心")
        .contains("冠县  在建  山东乐宝宠物食品有限公司高端宠物食品项目  总投资13.8亿元")
        .contains("上半年开工102个，开工率95.3%")
        .contains("省级重点项目完成投资占年度计划的64.6%，快于时间进度14.6个百分点")
        .contains("一般公共预算收入11.9亿元，同比增长6.8%")
        .contains("占比81.1%（报道印为81.2%")
        .contains("  冠县  项目3个  已报总投资13.8亿元（2个项目未报）");
  }

  @ParameterizedTest
  @CsvSource({"1, 一", "9, 九", "10, 十", "11, 十一", "14, 十四", "20, 二十", "21, 二十一", "99, 九十九"})
  void ranksArePrintedInChineseNumerals(int n, String chinese) {
    assertThat(LiaochengReport.chineseNumber(n)).isEqualTo(chinese);
  }
}
