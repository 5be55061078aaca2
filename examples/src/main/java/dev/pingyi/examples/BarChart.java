package dev.pingyi.examples;

import com.google.common.collect.ImmutableList;
import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.InvestmentSum;
import dev.pingyi.aggregate.InvestmentTotals;
import dev.pingyi.model.County;
import dev.pingyi.model.YuanUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the page's horizontal bar chart of investment by county, in 亿元: for each county
 * a label and two bars, 总投资 and 年度计划投资. Bar lengths are computed from the exact amounts and
 * printed with one decimal of a pixel; an amount no project reported has no bar and says 未报.
 *
 * @param width the chart's width in pixels
 * @param height the chart's height in pixels
 * @param counties the counties' labels and bars, top to bottom
 */
record BarChart(int width, int height, List<CountyBars> counties) {

  static final int WIDTH = 760;
  static final int LABEL_WIDTH = 110;
  static final int BAR_AREA = 500;
  static final int TOP = 36;
  static final int BAND = 64;
  static final int BAR_HEIGHT = 22;

  /**
   * One county's label and bars.
   *
   * @param county the county's short name
   * @param labelY the baseline of its label
   * @param bars its bars, 总投资 then 年度计划投资
   */
  record CountyBars(String county, int labelY, List<Bar> bars) {}

  /**
   * One bar.
   *
   * @param county the county's short name, for the bar's data attribute
   * @param kind {@code total} or {@code planned}, the bar's class
   * @param measure 总投资 or 年度计划投资
   * @param x the bar's left edge
   * @param y the bar's top edge
   * @param length the bar's length in pixels, one decimal
   * @param height the bar's height
   * @param value the amount as printed, such as 13.8亿元, or 未报
   * @param valueX where the amount is printed
   * @param valueY the baseline of the amount
   */
  record Bar(String county, String kind, String measure, int x, int y, String length, int height, String value,
      String valueX, int valueY) {}

  /** The chart of the totals' counties, in the totals' order. */
  static BarChart of(GroupedTotals<County> totals) {
    BigDecimal max = BigDecimal.ZERO;
    for (InvestmentTotals t : totals.groups().values()) {
      max = max.max(t.totalInvestment().amount().in(YuanUnit.YI)).max(t.annualPlannedInvestment().amount().in(YuanUnit.YI));
    }
    ImmutableList.Builder<CountyBars> counties = ImmutableList.builder();
    int top = TOP;
    for (Map.Entry<County, InvestmentTotals> group : totals.groups().entrySet()) {
      String name = group.getKey().shortName();
      counties.add(new CountyBars(name, top + BAR_HEIGHT, List.of(
          bar(name, "total", "总投资", group.getValue().totalInvestment(), max, top),
          bar(name, "planned", "年度计划投资", group.getValue().annualPlannedInvestment(), max, top + BAR_HEIGHT + 4))));
      top += BAND;
    }
    return new BarChart(WIDTH, top + 8, counties.build());
  }

  private static Bar bar(String county, String kind, String measure, InvestmentSum sum, BigDecimal max, int y) {
    boolean reported = sum.reportedCount() > 0;
    BigDecimal yi = sum.amount().in(YuanUnit.YI);
    BigDecimal length = !reported || max.signum() == 0
        ? BigDecimal.ZERO
        : yi.multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 1, RoundingMode.HALF_UP);
    String value = reported ? sum.amount().toString(YuanUnit.YI) : "未报";
    return new Bar(county, kind, measure, LABEL_WIDTH, y, length.toPlainString(), BAR_HEIGHT, value,
        BigDecimal.valueOf(LABEL_WIDTH + 6).add(length).toPlainString(), y + BAR_HEIGHT - 6);
  }
}
