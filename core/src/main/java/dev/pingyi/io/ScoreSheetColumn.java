package dev.pingyi.io;

import com.google.common.collect.ImmutableSet;

/**
 * A column of a score-sheet table (评议得分表), other than the score columns, and the headers that
 * name it. Score columns are named by their {@link dev.pingyi.model.ScoreComponent}: see {@link
 * ScoreSheetTableReader}. Headers are compared as {@link ProjectColumn} describes.
 */
public enum ScoreSheetColumn {
  /**
   * 单位: the evaluated unit, a member of one of the reader's groups; also 单位名称, 被评议单位, 评议对象,
   * 县(市、区), 县市区, {@code unit}.
   */
  UNIT("单位", "unit", "单位名称", "被评议单位", "评议对象", "县(市、区)", "县市区"),
  /** 加分: the bonus points, one number; also 加分项, {@code bonus}, {@code bonuses}. */
  BONUS("加分", "bonus", "bonuses", "加分项"),
  /** 加分事由: the reason of the bonus; also 加分原因, 加分说明, {@code bonusReason}. */
  BONUS_REASON("加分事由", "bonusReason", "加分原因", "加分说明"),
  /** 减分: the points deducted, one number; also 扣分, 减分项, 扣分项, {@code deduction}, {@code deductions}. */
  DEDUCTION("减分", "deduction", "deductions", "扣分", "减分项", "扣分项"),
  /** 减分事由: the reason of the deduction; also 减分原因, 扣分事由, 扣分原因, 减分说明, 扣分说明, {@code deductionReason}. */
  DEDUCTION_REASON("减分事由", "deductionReason", "减分原因", "扣分事由", "扣分原因", "减分说明", "扣分说明"),
  /** 一票否决: whether the unit was vetoed, or the reason; also 否决, {@code veto}, {@code vetoReason}. */
  VETO("一票否决", "veto", "vetoReason", "否决"),
  /** 否决事由: the reason of the veto; also 一票否决事由, 否决原因, 一票否决原因. */
  VETO_REASON("否决事由", "一票否决事由", "否决原因", "一票否决原因");

  private final String header;
  private final ImmutableSet<String> headers;

  ScoreSheetColumn(String header, String... aliases) {
    this.header = header;
    this.headers = ImmutableSet.<String>builder().add(header).add(aliases).build();
  }

  /** The header {@link TableWriter} writes, such as 加分. */
  public String header() {
    return header;
  }

  /** Every header that names the column, the written one first. */
  public ImmutableSet<String> headers() {
    return headers;
  }
}
