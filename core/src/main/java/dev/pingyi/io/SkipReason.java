package dev.pingyi.io;

/** Why a table reader passed over a row that is neither blank nor data: a {@link SkippedRow}. */
public enum SkipReason {
  /** A title row above the header row, such as 2022年市级重点项目计划表 or 单位：万元. */
  TITLE,
  /** A total row (合计, 总计, 小计, 共计, 全市合计…): its first non-blank cell starts with such a word. */
  TOTAL,
  /** The header row again, as a sheet laid out for printing repeats it on every page. */
  REPEATED_HEADER
}
