package dev.pingyi.examples;

import dev.pingyi.aggregate.Figures;
import dev.pingyi.aggregate.ScheduleProgress;
import dev.pingyi.model.Percent;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Yuan;

/**
 * The report's three derived figures, recomputed by {@link Figures} from the figures it states
 * beside them, each with the value the report prints.
 *
 * @param keyProjects 临清市: key projects of the year (107)
 * @param started 临清市: key projects started in the half-year (102)
 * @param startRate 开工率: started ÷ key projects, exact
 * @param printedStartRate the start rate the report prints
 * @param provincialProgress 临清市: provincial key projects' plan completion against the time schedule
 * @param printedProgress the phrase the report prints, such as 快于时间进度14.6个百分点
 * @param spending 度假区: general public budget spending in the half-year
 * @param livelihood 度假区: of which livelihood spending
 * @param livelihoodShare 占比: livelihood ÷ spending, exact
 * @param printedShare the share the report prints
 */
record KeyFigures(
    int keyProjects,
    int started,
    Percent startRate,
    Percent printedStartRate,
    ScheduleProgress provincialProgress,
    String printedProgress,
    Yuan spending,
    Yuan livelihood,
    Percent livelihoodShare,
    Percent printedShare) {

  static final String LINQING = "临清市";
  static final String RESORT = "度假区";

  /** The figures recomputed from the reported ones at the end of the period. */
  static KeyFigures of(ReportedFigures reported, ReportPeriod period) {
    int keyProjects = reported.count(LINQING, "重点项目数");
    int started = reported.count(LINQING, "上半年开工重点项目数");
    Yuan spending = reported.amount(RESORT, "一般公共预算支出");
    Yuan livelihood = reported.amount(RESORT, "民生支出");
    return new KeyFigures(
        keyProjects,
        started,
        Figures.startRate(started, keyProjects).orElseThrow(),
        reported.percent(LINQING, "开工率"),
        Figures.scheduleProgress(reported.percent(LINQING, "省级重点项目完成投资占年度计划"), period),
        "快于时间进度" + reported.text(LINQING, "快于时间进度"),
        spending,
        livelihood,
        Figures.share(livelihood, spending).orElseThrow(),
        reported.percent(RESORT, "民生支出占比"));
  }

  /** Whether a figure, rounded as reports print it, is the one the report prints. */
  static boolean asPrinted(Percent computed, Percent printed) {
    return computed.toString().equals(printed.toString());
  }
}
