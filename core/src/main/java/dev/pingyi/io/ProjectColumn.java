package dev.pingyi.io;

import com.google.common.collect.ImmutableSet;

/**
 * A column of a project table (重点项目表) and the headers that name it: the Chinese header {@link
 * TableWriter} writes, the {@link dev.pingyi.model.Project} field name, and the words offices use.
 *
 * <p>Headers are compared after whitespace is removed (总 投 资 is 总投资), full-width forms folded
 * (（亿元） is (亿元)), a leading year dropped (2022年计划投资 is 计划投资), asterisks marking a
 * required field dropped and ASCII letters lower-cased. A note in brackets at the end is not part
 * of the name; in an amount column it gives the unit: 总投资（亿元）, 总投资(单位：万元). A caller adds
 * more headers with {@link ProjectTableReader.Builder#header}.
 */
public enum ProjectColumn {
  /** 项目编号: the project's id, unique in the table; also 编号, 项目代码, 项目编码, {@code id}. */
  ID("项目编号", "id", "编号", "项目代码", "项目编码"),
  /** 项目名称: the name; also 名称, {@code name}. */
  NAME("项目名称", "name", "名称"),
  /**
   * 所属县区: the county-level unit, found through a {@link CountyLookup}; also 县区, 所在县区, 县(市、区),
   * 所在县(市、区), 所属县(市、区), 县市区, 所在县市区, 所属县市区, {@code county}.
   */
  COUNTY("所属县区", "county", "县区", "所在县区", "县(市、区)", "所在县(市、区)", "所属县(市、区)", "县市区",
      "所在县市区", "所属县市区"),
  /** 项目级别: the list, 省级/市级/县级; also 级别, 项目层级, {@code level}. */
  LEVEL("项目级别", "level", "级别", "项目层级"),
  /** 项目类别: the category, such as 产业项目; also 类别, 项目类型, 类型, {@code category}. */
  CATEGORY("项目类别", "category", "类别", "项目类型", "类型"),
  /** 开工状态: the status, such as 在建 or 续建; also 项目状态, 状态, 建设状态, {@code status}. */
  STATUS("开工状态", "status", "项目状态", "状态", "建设状态"),
  /** 计划年度: the year of the key-project list; also 年度, {@code planYear}. */
  PLAN_YEAR("计划年度", "planYear", "年度"),
  /** 总投资: the total investment; also 计划总投资, 项目总投资, {@code totalInvestment}. */
  TOTAL_INVESTMENT("总投资", "totalInvestment", "计划总投资", "项目总投资"),
  /**
   * 年度计划投资: the investment planned for the year; also 年计划投资, 计划投资, 年度投资计划, 本年计划投资,
   * {@code annualPlannedInvestment}.
   */
  ANNUAL_PLANNED_INVESTMENT("年度计划投资", "annualPlannedInvestment", "年计划投资", "计划投资", "年度投资计划",
      "本年计划投资"),
  /**
   * 已完成投资: the investment completed in the year so far; also 完成投资, 年度完成投资, 本年完成投资,
   * {@code completedInvestment}.
   */
  COMPLETED_INVESTMENT("已完成投资", "completedInvestment", "完成投资", "年度完成投资", "本年完成投资");

  private final String header;
  private final ImmutableSet<String> headers;

  ProjectColumn(String header, String... aliases) {
    this.header = header;
    this.headers = ImmutableSet.<String>builder().add(header).add(aliases).build();
  }

  /** The header {@link TableWriter} writes, such as 总投资; amounts add their unit: 总投资（万元）. */
  public String header() {
    return header;
  }

  /** Every header that names the column, the written one first. */
  public ImmutableSet<String> headers() {
    return headers;
  }

  /** Whether the column holds an amount of money. */
  public boolean isAmount() {
    return this == TOTAL_INVESTMENT || this == ANNUAL_PLANNED_INVESTMENT || this == COMPLETED_INVESTMENT;
  }
}
