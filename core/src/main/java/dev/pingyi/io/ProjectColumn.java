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
  COMPLETED_INVESTMENT("已完成投资", "completedInvestment", "完成投资", "年度完成投资", "本年完成投资"),
  /**
   * 建设单位: the enterprise that builds the project, by its registered name; also 项目单位, 责任单位,
   * 建设主体, 项目建设单位, 实施单位, 企业名称, {@code enterprise}.
   */
  ENTERPRISE("建设单位", "enterprise", "项目单位", "责任单位", "建设主体", "项目建设单位", "实施单位", "企业名称"),
  /**
   * 统一社会信用代码: the enterprise's Unified Social Credit Code, checked as {@link
   * dev.pingyi.model.CreditCode#of} checks it; also 信用代码, 社会信用代码, 建设单位统一社会信用代码, {@code
   * creditCode}. A code needs a 建设单位 in its row.
   */
  CREDIT_CODE("统一社会信用代码", "creditCode", "信用代码", "社会信用代码", "建设单位统一社会信用代码"),
  /**
   * 产业集群: the industry cluster, by name, among the clusters given to the reader ({@link
   * ProjectTableReader.Builder#clusters}); also 所属产业集群, 所属产业链, 产业链, 所属集群, {@code cluster}.
   */
  CLUSTER("产业集群", "cluster", "所属产业集群", "所属产业链", "产业链", "所属集群"),
  /**
   * 产能: the production capacities, each in {@link dev.pingyi.model.Capacity#parse}'s form (35万吨/年),
   * several separated by ；, ; or 、; also 设计产能, 新增产能, 建成产能, 年产能, 生产能力, {@code capacities}.
   */
  CAPACITIES("产能", "capacities", "设计产能", "新增产能", "建成产能", "年产能", "生产能力"),
  /**
   * 预计年营业收入: the expected annual revenue when in production; also 年营业收入, 年销售收入,
   * 预计年销售收入, 达产后年营业收入, 达产后年销售收入, 预期年营业收入, {@code expectedAnnualRevenue}.
   */
  EXPECTED_ANNUAL_REVENUE("预计年营业收入", "expectedAnnualRevenue", "年营业收入", "年销售收入", "预计年销售收入",
      "达产后年营业收入", "达产后年销售收入", "预期年营业收入"),
  /**
   * 预计年税收: the expected annual tax when in production; also 年税收, 年利税, 预计年利税, 达产后年税收,
   * 达产后年利税, 年纳税, 预计年纳税, {@code expectedAnnualTax}.
   */
  EXPECTED_ANNUAL_TAX("预计年税收", "expectedAnnualTax", "年税收", "年利税", "预计年利税", "达产后年税收", "达产后年利税",
      "年纳税", "预计年纳税"),
  /**
   * 预计新增就业: the expected number of jobs, a whole number, 人 allowed after it; also 带动就业,
   * 新增就业, 预计带动就业, 吸纳就业, 就业人数, {@code expectedJobs}; 带动就业（人） alike.
   */
  EXPECTED_JOBS("预计新增就业", "expectedJobs", "带动就业", "新增就业", "预计带动就业", "吸纳就业", "就业人数"),
  /**
   * 开工时间: the month construction started or is to start, in a form {@link ProjectTableReader}
   * lists; also 开工日期, 开工年月, 计划开工时间, 实际开工时间, {@code startMonth}.
   */
  START_MONTH("开工时间", "startMonth", "开工日期", "开工年月", "计划开工时间", "实际开工时间"),
  /**
   * 竣工时间: the month of completion, actual or expected; also 竣工日期, 计划竣工时间, 预计竣工时间,
   * 完工时间, 计划完工时间, 建成时间, {@code completionMonth}.
   */
  COMPLETION_MONTH("竣工时间", "completionMonth", "竣工日期", "计划竣工时间", "预计竣工时间", "完工时间", "计划完工时间",
      "建成时间");

  private final String header;
  private final ImmutableSet<String> headers;

  ProjectColumn(String header, String... aliases) {
    this.header = header;
    this.headers = ImmutableSet.<String>builder().add(header).add(aliases).build();
  }

  /**
   * The header {@link TableWriter} writes, such as 总投资; amounts add their unit, 总投资（万元）, and
   * jobs theirs, 预计新增就业（人）.
   */
  public String header() {
    return header;
  }

  /** Every header that names the column, the written one first. */
  public ImmutableSet<String> headers() {
    return headers;
  }

  /** Whether the column holds an amount of money. */
  public boolean isAmount() {
    return this == TOTAL_INVESTMENT || this == ANNUAL_PLANNED_INVESTMENT || this == COMPLETED_INVESTMENT
        || this == EXPECTED_ANNUAL_REVENUE || this == EXPECTED_ANNUAL_TAX;
  }
}
