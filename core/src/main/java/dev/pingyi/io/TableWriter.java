package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.aggregate.Figures;
import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.aggregate.InvestmentSum;
import dev.pingyi.aggregate.InvestmentTotals;
import dev.pingyi.model.Capacity;
import dev.pingyi.model.County;
import dev.pingyi.model.CreditCode;
import dev.pingyi.model.Enterprise;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Percent;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import dev.pingyi.ranking.Breakdown;
import dev.pingyi.ranking.EntryStatus;
import dev.pingyi.ranking.RankedEntry;
import dev.pingyi.ranking.Ranking;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A table of projects, score sheets, a ranking or totals by county, with Chinese headers, written
 * as CSV that Excel opens as written or as an {@code .xlsx} workbook of one sheet; {@link
 * #writeXlsx(List, OutputStream)} writes several tables as the sheets of one workbook.
 *
 * <p><b>CSV</b> is UTF-8 with a byte-order mark (without it, Excel for Chinese Windows reads the
 * file as GBK) and CRLF line ends, fields quoted where they hold a comma, quote or line break
 * (RFC 4180), written by FastCSV. <b>{@code .xlsx}</b> is written by fastexcel: a bold, frozen
 * header row; numbers as numeric cells with a number format — {@code #,##0.00} for amounts,
 * {@code 0.00##} for scores, {@code 0} for counts and years, {@code 0.0%} for rates, {@code 0.0}
 * for percentage points — months as date cells shown as 2022年3月, and
 * everything else as text. A number Excel cannot hold exactly (more than 15 significant digits,
 * an amount of 10 万亿元 or more to the fen) is written as text, so that it is not rounded. A
 * workbook is reproducible: the same tables give the same bytes, since it states no creation time
 * and its ZIP entries all carry the time 1980-01-01 00:00 (fastexcel would stamp the clock into
 * both). Each
 * format needs only its own library: {@code writeCsv} FastCSV, {@code writeXlsx} fastexcel.
 *
 * <p><b>Numbers</b> are exact: amounts in the unit the table names in its headers (总投资（万元）),
 * with every digit down to the fen, scores and composites as the model holds them; only rates
 * (开工率, 计划完成率) are rounded, to the one decimal a report publishes.
 *
 * <p><b>Formula injection</b> is neutralised: a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, which a spreadsheet would run as a formula,
 * is written after an apostrophe ({@code '=HYPERLINK(…)}), and one more apostrophe is put before
 * a text that is already apostrophes and such a character; {@link ProjectTableReader} and {@link
 * ScoreSheetTableReader} take the apostrophe off again, so a name reads back as it was. Numbers
 * are never neutralised: −5 in a number column stays the number −5.
 *
 * <p><b>Reading back.</b> The project and score-sheet tables use headers the readers accept, so
 * what is written reads back equal: a project's id, name, county (by short name), level,
 * category, status, plan year, three investment figures, enterprise (name and credit code),
 * cluster (by name: give the reader the clusters), capacities, expected revenue, tax and jobs,
 * and start and completion months of years 1000 to 9999 — every field but an enterprise's
 * designations and the phases, which are for JSON — and a sheet's scores, bonus,
 * deduction and veto, a sheet of several bonus or deduction items as one item of each (points
 * summed, reasons joined by "；").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableWriter {

  /** How a number cell is shown in {@code .xlsx}. */
  enum NumberFormat {
    AMOUNT("#,##0.00"),
    SCORE("0.00##"),
    INTEGER("0"),
    GENERAL("General"),
    POINTS("0.0"),
    RATE("0.0%"),
    /** 2022年3月; the characters escaped with backslashes, since fastexcel writes quotes unescaped. */
    MONTH("yyyy\\年m\\月");

    private final String pattern;

    NumberFormat(String pattern) {
      this.pattern = pattern;
    }

    String pattern() {
      return pattern;
    }
  }

  /** One cell: text, or a number and its format. CSV writes a rate's text, 95.3%. */
  record Cell(String text, @Nullable BigDecimal number, NumberFormat format) {
    static final Cell BLANK = new Cell("", null, NumberFormat.INTEGER);

    static Cell text(String text) {
      return text.isEmpty() ? BLANK : new Cell(text, null, NumberFormat.INTEGER);
    }

    static Cell number(BigDecimal number, NumberFormat format) {
      return new Cell(number.toPlainString(), number, format);
    }

    /**
     * A month: 2022年3月 in CSV, and in {@code .xlsx} a date cell of its first day shown as 2022年3月,
     * where Excel's dates reach (1900-03 to 9999-12), else the text.
     */
    static Cell month(YearMonth month) {
      String text = MonthCell.format(month);
      if (month.isBefore(FIRST_EXCEL_MONTH) || month.getYear() > 9999) {
        return text(text);
      }
      long serial = ChronoUnit.DAYS.between(EXCEL_EPOCH, month.atDay(1));
      return new Cell(text, BigDecimal.valueOf(serial), NumberFormat.MONTH);
    }

    /** Day 0 of Excel's serial dates, counting its leap day of 1900 that never was. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** The first month whose days Excel numbers as the calendar does. */
    private static final YearMonth FIRST_EXCEL_MONTH = YearMonth.of(1900, 3);
  }

  private final String sheetName;
  private final ImmutableList<String> headers;
  private final ImmutableList<ImmutableList<Cell>> rows;

  private TableWriter(String sheetName, List<String> headers, List<ImmutableList<Cell>> rows) {
    this.sheetName = sheetName;
    this.headers = ImmutableList.copyOf(headers);
    this.rows = ImmutableList.copyOf(rows);
  }

  /** The table of the projects, in the order given, amounts in 万元 as ledgers keep them. */
  public static TableWriter projects(Collection<Project> projects) {
    return projects(projects, YuanUnit.WAN);
  }

  /**
   * The table of the projects, in the order given, amounts in the given unit: 项目编号, 项目名称,
   * 所属县区, 项目级别, 项目类别, 开工状态, 计划年度, 总投资（万元）, 年度计划投资（万元）, 已完成投资（万元）;
   * then, each only if some project has a value for it, 建设单位, 统一社会信用代码, 产业集群 (by name),
   * 产能 (separated by ；), 预计年营业收入（万元）, 预计年税收（万元）, 预计新增就业（人）, 开工时间 and
   * 竣工时间 (2022年3月; in {@code .xlsx} a date cell shown so).
   */
  public static TableWriter projects(Collection<Project> projects, YuanUnit unit) {
    requireNonNull(projects, "projects");
    requireNonNull(unit, "unit");
    List<ProjectColumn> columns = new ArrayList<>();
    for (ProjectColumn column : ProjectColumn.values()) {
      if (column.ordinal() <= ProjectColumn.COMPLETED_INVESTMENT.ordinal()
          || projects.stream().anyMatch(p -> !projectCell(requireNonNull(p, "projects element"), column, unit)
              .text().isEmpty())) {
        columns.add(column);
      }
    }
    List<String> headers = new ArrayList<>();
    for (ProjectColumn column : columns) {
      headers.add(column.isAmount() ? column.header() + "（" + unit.symbol() + "）"
          : column == ProjectColumn.EXPECTED_JOBS ? column.header() + "（人）" : column.header());
    }
    List<ImmutableList<Cell>> rows = new ArrayList<>(projects.size());
    for (Project p : projects) {
      ImmutableList.Builder<Cell> row = ImmutableList.builderWithExpectedSize(columns.size());
      for (ProjectColumn column : columns) {
        row.add(projectCell(p, column, unit));
      }
      rows.add(row.build());
    }
    return new TableWriter("项目", headers, rows);
  }

  private static Cell projectCell(Project p, ProjectColumn column, YuanUnit unit) {
    return switch (column) {
      case ID -> Cell.text(p.id());
      case NAME -> Cell.text(p.name());
      case COUNTY -> Cell.text(p.county().shortName());
      case LEVEL -> Cell.text(p.level().map(ProjectLevel::chineseName).orElse(""));
      case CATEGORY -> Cell.text(p.category().chineseName());
      case STATUS -> Cell.text(p.status().chineseName());
      case PLAN_YEAR -> Cell.number(BigDecimal.valueOf(p.planYear()), NumberFormat.INTEGER);
      case TOTAL_INVESTMENT -> amount(p.totalInvestment(), unit);
      case ANNUAL_PLANNED_INVESTMENT -> amount(p.annualPlannedInvestment(), unit);
      case COMPLETED_INVESTMENT -> amount(p.completedInvestment(), unit);
      case ENTERPRISE -> Cell.text(p.enterprise().map(Enterprise::name).orElse(""));
      case CREDIT_CODE -> Cell.text(p.enterprise().flatMap(Enterprise::creditCode).map(CreditCode::code).orElse(""));
      case CLUSTER -> Cell.text(p.cluster().map(IndustryCluster::name).orElse(""));
      case CAPACITIES -> Cell.text(p.capacities().stream().map(Capacity::toString).collect(Collectors.joining("；")));
      case EXPECTED_ANNUAL_REVENUE -> amount(p.expectedAnnualRevenue(), unit);
      case EXPECTED_ANNUAL_TAX -> amount(p.expectedAnnualTax(), unit);
      case EXPECTED_JOBS -> p.expectedJobs().isPresent()
          ? Cell.number(BigDecimal.valueOf(p.expectedJobs().getAsInt()), NumberFormat.INTEGER) : Cell.BLANK;
      case START_MONTH -> p.startMonth().map(Cell::month).orElse(Cell.BLANK);
      case COMPLETION_MONTH -> p.completionMonth().map(Cell::month).orElse(Cell.BLANK);
    };
  }

  private static Cell amount(Optional<Yuan> amount, YuanUnit unit) {
    return amount.map(a -> Cell.number(a.in(unit), NumberFormat.AMOUNT)).orElse(Cell.BLANK);
  }

  /**
   * The table of the score sheets, in the order given: 单位, a column for each component (in the
   * order the sheets first name them), 加分, 加分事由, 减分, 减分事由, 一票否决 (是 or blank), 否决事由.
   */
  public static TableWriter scoreSheets(Collection<ScoreSheet> sheets) {
    requireNonNull(sheets, "sheets");
    Set<ScoreComponent> components = new LinkedHashSet<>();
    for (ScoreSheet sheet : sheets) {
      components.addAll(requireNonNull(sheet, "sheets element").scores().keySet());
    }
    List<String> headers = new ArrayList<>();
    headers.add(ScoreSheetColumn.UNIT.header());
    components.forEach(c -> headers.add(c.name()));
    for (ScoreSheetColumn column : List.of(
        ScoreSheetColumn.BONUS, ScoreSheetColumn.BONUS_REASON, ScoreSheetColumn.DEDUCTION,
        ScoreSheetColumn.DEDUCTION_REASON, ScoreSheetColumn.VETO, ScoreSheetColumn.VETO_REASON)) {
      headers.add(column.header());
    }
    List<ImmutableList<Cell>> rows = new ArrayList<>(sheets.size());
    for (ScoreSheet sheet : sheets) {
      ImmutableList.Builder<Cell> row = ImmutableList.builder();
      row.add(Cell.text(sheet.unit().name()));
      for (ScoreComponent component : components) {
        row.add(sheet.score(component)
            .map(s -> Cell.number(s.toBigDecimal(), NumberFormat.SCORE))
            .orElse(Cell.BLANK));
      }
      addAdjustments(row, sheet.bonuses());
      addAdjustments(row, sheet.deductions());
      row.add(Cell.text(sheet.isVetoed() ? "是" : ""));
      row.add(Cell.text(sheet.vetoReason().orElse("")));
      rows.add(row.build());
    }
    return new TableWriter("评议得分", headers, rows);
  }

  private static void addAdjustments(ImmutableList.Builder<Cell> row, List<ScoreAdjustment> items) {
    if (items.isEmpty()) {
      row.add(Cell.BLANK, Cell.BLANK);
      return;
    }
    BigDecimal points = BigDecimal.ZERO;
    for (ScoreAdjustment item : items) {
      points = points.add(item.points().toBigDecimal());
    }
    row.add(Cell.number(points, NumberFormat.SCORE));
    row.add(Cell.text(items.stream().map(ScoreAdjustment::reason).collect(Collectors.joining("；"))));
  }

  /**
   * The table of the ranking, in rank order: 位次 (the rank under the scheme's tie policy), 并列
   * (并列 for a shared place), 单位, 状态 (一票否决, 缺评议表 or 按公布名次 where the unit was not ranked
   * by its score), 公布得分 (the composite as published), 综合得分 (exact), then the breakdown: for
   * each component of the scheme its score and its weighted score (基础评议分×70%), 加分 and 减分 as
   * counted after their caps, and the veto's reason. A ranking from a published order has places
   * only.
   */
  public static TableWriter ranking(Ranking ranking) {
    requireNonNull(ranking, "ranking");
    List<ScoreComponent> components = ranking.scheme()
        .map(s -> List.copyOf(s.composite().weights().keySet()))
        .orElse(List.of());
    List<String> headers = new ArrayList<>(List.of("位次", "并列", "单位", "状态", "公布得分", "综合得分"));
    ranking.scheme().ifPresent(scheme -> scheme.composite().weights().forEach((component, weight) -> {
      headers.add(component.name());
      headers.add(component.name() + "×" + weight.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
    }));
    headers.addAll(List.of("加分", "减分", "一票否决"));
    List<ImmutableList<Cell>> rows = new ArrayList<>(ranking.size());
    for (RankedEntry entry : ranking.entries()) {
      ImmutableList.Builder<Cell> row = ImmutableList.builder();
      row.add(Cell.number(entry.rank(), NumberFormat.GENERAL));
      row.add(Cell.text(entry.isTied() ? "并列" : ""));
      row.add(Cell.text(entry.unit().name()));
      row.add(Cell.text(statusText(entry.status())));
      row.add(score(entry.publishedScore()));
      row.add(score(entry.compositeScore()));
      Optional<Breakdown> breakdown = entry.breakdown();
      for (ScoreComponent component : components) {
        row.add(score(entry.sheet().flatMap(s -> s.score(component)).map(s -> s.toBigDecimal())));
        row.add(score(breakdown.map(b -> b.weightedScores().get(component))));
      }
      row.add(score(breakdown.map(Breakdown::bonus)));
      row.add(score(breakdown.map(Breakdown::deduction)));
      row.add(Cell.text(breakdown.flatMap(Breakdown::vetoReason).orElse("")));
      rows.add(row.build());
    }
    return new TableWriter("排名", headers, rows);
  }

  private static String statusText(EntryStatus status) {
    return switch (status) {
      case VETOED -> "一票否决";
      case MISSING_SHEET -> "缺评议表";
      case PUBLISHED_ORDER -> "按公布名次";
      case SCORED -> "";
    };
  }

  private static Cell score(Optional<BigDecimal> value) {
    return value.map(v -> Cell.number(plain(v), NumberFormat.SCORE)).orElse(Cell.BLANK);
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.setScale(Math.max(0, stripped.scale()));
  }

  /**
   * The table of totals per county, in the totals' order, then a 合计 row of them all: 县（市、区）
   * (short name), 项目数, 已开工, 开工率, 总投资, 年度计划投资 and 已完成投资 in the given unit (exact),
   * 计划完成率; rates as a report prints them, one decimal, half up, blank where there is nothing to
   * divide by. Where some projects did not report a figure, a column counts them (总投资未填报项目数 …),
   * since an absent figure is unknown, not zero.
   */
  public static TableWriter totalsByCounty(GroupedTotals<County> totals, YuanUnit unit) {
    return totals(totals, unit, null);
  }

  /**
   * The table of {@link #totalsByCounty(GroupedTotals, YuanUnit)}, with one more column after
   * 计划完成率: 快于时间进度（百分点）, plan completion minus the period's time schedule (时间进度) in
   * percentage points, computed from the unrounded values and rounded to one decimal, negative
   * where a county is behind (慢于) — 14.6 for 64.6 % at mid-year.
   */
  public static TableWriter totalsByCounty(GroupedTotals<County> totals, YuanUnit unit, ReportPeriod period) {
    return totals(totals, unit, requireNonNull(period, "period"));
  }

  private static TableWriter totals(GroupedTotals<County> totals, YuanUnit unit, @Nullable ReportPeriod period) {
    requireNonNull(totals, "totals");
    requireNonNull(unit, "unit");
    InvestmentTotals overall = totals.overall();
    boolean absentTotal = overall.totalInvestment().absentCount() > 0;
    boolean absentPlan = overall.annualPlannedInvestment().absentCount() > 0;
    boolean absentCompleted = overall.completedInvestment().absentCount() > 0;
    String u = "（" + unit.symbol() + "）";
    List<String> headers = new ArrayList<>(List.of(
        "县（市、区）", "项目数", "已开工", "开工率", "总投资" + u, "年度计划投资" + u, "已完成投资" + u, "计划完成率"));
    if (period != null) {
      headers.add("快于时间进度（百分点）");
    }
    if (absentTotal) {
      headers.add("总投资未填报项目数");
    }
    if (absentPlan) {
      headers.add("年度计划投资未填报项目数");
    }
    if (absentCompleted) {
      headers.add("已完成投资未填报项目数");
    }
    List<ImmutableList<Cell>> rows = new ArrayList<>();
    Map<County, InvestmentTotals> groups = totals.groups();
    for (Map.Entry<County, InvestmentTotals> group : groups.entrySet()) {
      rows.add(totalsRow(group.getKey().shortName(), group.getValue(), unit, period, absentTotal, absentPlan,
          absentCompleted));
    }
    rows.add(totalsRow("合计", overall, unit, period, absentTotal, absentPlan, absentCompleted));
    return new TableWriter("分县汇总", headers, rows);
  }

  private static ImmutableList<Cell> totalsRow(
      String name,
      InvestmentTotals t,
      YuanUnit unit,
      @Nullable ReportPeriod period,
      boolean absentTotal,
      boolean absentPlan,
      boolean absentCompleted) {
    ImmutableList.Builder<Cell> row = ImmutableList.builder();
    row.add(Cell.text(name));
    row.add(Cell.number(BigDecimal.valueOf(t.count()), NumberFormat.INTEGER));
    row.add(Cell.number(BigDecimal.valueOf(t.startedCount()), NumberFormat.INTEGER));
    row.add(rate(t.startRate()));
    row.add(Cell.number(t.totalInvestment().amount().in(unit), NumberFormat.AMOUNT));
    row.add(Cell.number(t.annualPlannedInvestment().amount().in(unit), NumberFormat.AMOUNT));
    row.add(Cell.number(t.completedInvestment().amount().in(unit), NumberFormat.AMOUNT));
    row.add(rate(t.planCompletion()));
    if (period != null) {
      row.add(t.planCompletion()
          .map(completion -> Cell.number(
              Figures.scheduleProgress(completion, period).difference()
                  .rounded(Percent.REPORT_DECIMALS, Percent.REPORT_ROUNDING),
              NumberFormat.POINTS))
          .orElse(Cell.BLANK));
    }
    addAbsent(row, absentTotal, t.totalInvestment());
    addAbsent(row, absentPlan, t.annualPlannedInvestment());
    addAbsent(row, absentCompleted, t.completedInvestment());
    return row.build();
  }

  private static void addAbsent(ImmutableList.Builder<Cell> row, boolean shown, InvestmentSum sum) {
    if (shown) {
      row.add(Cell.number(BigDecimal.valueOf(sum.absentCount()), NumberFormat.INTEGER));
    }
  }

  private static Cell rate(Optional<Percent> rate) {
    return rate.map(r -> {
      BigDecimal percent = r.rounded(Percent.REPORT_DECIMALS, Percent.REPORT_ROUNDING);
      return new Cell(percent.toPlainString() + "%", percent.movePointLeft(2), NumberFormat.RATE);
    }).orElse(Cell.BLANK);
  }

  /** The name of the sheet an {@code .xlsx} gets: 项目, 评议得分, 排名 or 分县汇总. */
  public String sheetName() {
    return sheetName;
  }

  /** The headers, as written. */
  public ImmutableList<String> headers() {
    return headers;
  }

  /** The number of rows below the header. */
  public int rowCount() {
    return rows.size();
  }

  /** The same table, with the given name for its {@code .xlsx} sheet. */
  public TableWriter withSheetName(String name) {
    requireNonNull(name, "name");
    checkArgument(
        !name.isEmpty() && name.length() <= 31 && name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0),
        "TableWriter sheet name '%s' must have 1 to 31 characters, none of []:*?/\\", name);
    return new TableWriter(name, headers, rows);
  }

  ImmutableList<ImmutableList<Cell>> rows() {
    return rows;
  }

  /**
   * Writes the table as CSV, UTF-8 with a byte-order mark and CRLF line ends; the stream is
   * flushed, not closed.
   *
   * @throws IllegalStateException if FastCSV is not on the class path
   */
  public void writeCsv(OutputStream out) throws IOException {
    requireNonNull(out, "out");
    try {
      CsvOut.write(this, out);
    } catch (NoClassDefFoundError e) {
      throw Libraries.missing(e, "Writing CSV", Libraries.FASTCSV);
    }
  }

  /**
   * Writes the table as a CSV file, replacing any file of that name.
   *
   * @throws IllegalStateException if FastCSV is not on the class path
   */
  public void writeCsv(Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(requireNonNull(file, "file")))) {
      writeCsv(out);
    }
  }

  /**
   * Writes the table as an {@code .xlsx} workbook of one sheet; the stream is flushed, not closed.
   *
   * @throws IllegalStateException if fastexcel is not on the class path
   */
  public void writeXlsx(OutputStream out) throws IOException {
    requireNonNull(out, "out");
    writeSheets(List.of(this), out);
  }

  /**
   * Writes the table as an {@code .xlsx} file, replacing any file of that name.
   *
   * @throws IllegalStateException if fastexcel is not on the class path
   */
  public void writeXlsx(Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(requireNonNull(file, "file")))) {
      writeXlsx(out);
    }
  }

  /**
   * Writes the tables as one {@code .xlsx} workbook, a sheet each in the order given, each named
   * by its {@link #sheetName()} and laid out as {@link #writeXlsx(OutputStream)} lays out one:
   * {@code TableWriter.writeXlsx(List.of(ranking, totals.withSheetName("分县投资")), out)}. The
   * stream is flushed, not closed.
   *
   * @throws IllegalArgumentException if there is no table, or two tables' sheet names are equal
   *     ignoring case, as Excel compares them
   * @throws IllegalStateException if fastexcel is not on the class path
   */
  public static void writeXlsx(List<TableWriter> tables, OutputStream out) throws IOException {
    requireNonNull(tables, "tables");
    requireNonNull(out, "out");
    checkArgument(!tables.isEmpty(), "TableWriter: a workbook needs at least one table");
    Set<String> names = new HashSet<>();
    for (TableWriter table : tables) {
      String name = requireNonNull(table, "tables element").sheetName();
      checkArgument(names.add(name.toLowerCase(Locale.ROOT)),
          "TableWriter: two tables have the sheet name '%s' (Excel ignores case); rename one with withSheetName",
          name);
    }
    writeSheets(List.copyOf(tables), out);
  }

  /**
   * Writes the tables as one {@code .xlsx} file, a sheet each, replacing any file of that name; see
   * {@link #writeXlsx(List, OutputStream)}.
   *
   * @throws IllegalArgumentException if there is no table, or two tables' sheet names are equal
   *     ignoring case
   * @throws IllegalStateException if fastexcel is not on the class path
   */
  public static void writeXlsx(List<TableWriter> tables, Path file) throws IOException {
    requireNonNull(tables, "tables");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(requireNonNull(file, "file")))) {
      writeXlsx(tables, out);
    }
  }

  private static void writeSheets(List<TableWriter> tables, OutputStream out) throws IOException {
    try {
      XlsxOut.write(tables, out);
    } catch (NoClassDefFoundError e) {
      throw Libraries.missing(e, "Writing .xlsx", Libraries.FASTEXCEL);
    }
  }

  /** Whether the other table has the same sheet name, headers and cells. */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof TableWriter other
        && sheetName.equals(other.sheetName) && headers.equals(other.headers) && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sheetName, headers, rows);
  }

  /** The sheet name and the size, such as {@code TableWriter[项目: 10 columns, 107 rows]}. */
  @Override
  public String toString() {
    return "TableWriter[" + sheetName + ": " + headers.size() + " columns, " + rows.size() + " rows]";
  }
}
