package dev.pingyi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.pingyi.internal.TextRules;
import dev.pingyi.model.Capacity;
import dev.pingyi.model.County;
import dev.pingyi.model.CreditCode;
import dev.pingyi.model.Enterprise;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The rows of one project table, as {@link ProjectTableReader} describes them. */
final class ProjectRows implements RowFormat<Project, ProjectColumn> {

  private static final Headers<ProjectColumn> DEFAULT_HEADERS = defaultHeaders();
  /** What separates the capacities of one 产能 cell. */
  private static final Pattern CAPACITY_SEPARATORS = Pattern.compile("[；;、\\r\\n]");
  /**
   * The Chinese words of levels, categories and statuses, looked up here before the enums' own
   * {@code fromChinese}, which strips the word again: a cell of plain characters is stripped once.
   */
  private static final CharKeys<ProjectLevel> LEVEL_WORDS =
      words(ProjectLevel.values(), ProjectLevel::chineseWords);
  private static final CharKeys<ProjectCategory> CATEGORY_WORDS =
      words(ProjectCategory.values(), ProjectCategory::chineseWords);
  private static final CharKeys<ProjectStatus> STATUS_WORDS =
      words(ProjectStatus.values(), ProjectStatus::chineseWords);

  private final ProjectTableReader reader;
  private final Headers<ProjectColumn> headers;
  private final Map<ProjectColumn, Column<ProjectColumn>> columns = new EnumMap<>(ProjectColumn.class);
  /** The columns and units of {@link #columns} and {@link #units} by ordinal, resolved once by {@link #begin}. */
  private final @Nullable Column<ProjectColumn>[] columnOf = newColumnArray(ProjectColumn.values().length);
  private final @Nullable YuanUnit[] unitOf = new YuanUnit[ProjectColumn.values().length];
  private final Map<ProjectColumn, YuanUnit> units = new EnumMap<>(ProjectColumn.class);
  private final IdRows rowOfId = new IdRows();
  private final NumberCell number = new NumberCell();
  private final @Nullable Integer planYear;

  ProjectRows(ProjectTableReader reader) {
    this.reader = reader;
    this.planYear = reader.planYear().isPresent() ? Integer.valueOf(reader.planYear().getAsInt()) : null;
    if (reader.extraHeaders().isEmpty()) {
      this.headers = DEFAULT_HEADERS;
    } else {
      this.headers = defaultHeaders();
      reader.extraHeaders().forEach(headers::put);
    }
  }

  private static <E extends Enum<E>> CharKeys<E> words(E[] constants, Function<E, ImmutableSet<String>> words) {
    ImmutableMap.Builder<String, E> byWord = ImmutableMap.builder();
    for (E constant : constants) {
      for (String word : words.apply(constant)) {
        byWord.put(word, constant);
      }
    }
    return new CharKeys<>(byWord.buildOrThrow());
  }

  private static Headers<ProjectColumn> defaultHeaders() {
    Headers<ProjectColumn> headers = new Headers<>();
    for (ProjectColumn column : ProjectColumn.values()) {
      for (String header : column.headers()) {
        headers.add(header, column);
      }
    }
    return headers;
  }

  @Override
  public Headers.@Nullable Match<ProjectColumn> match(String header) {
    return headers.match(header);
  }

  @Override
  public String headerRule() {
    return "names 项目名称 and another column of a project table (see ProjectColumn)";
  }

  @Override
  public boolean isHeader(List<Column<ProjectColumn>> found) {
    boolean name = false;
    boolean other = false;
    for (Column<ProjectColumn> column : found) {
      name |= column.role() == ProjectColumn.NAME;
      other |= column.role() != ProjectColumn.NAME;
    }
    return name && other;
  }

  @Override
  public void begin(List<Column<ProjectColumn>> found, @Nullable YuanUnit tableUnit, ProblemLog log) {
    for (Column<ProjectColumn> column : found) {
      Column<ProjectColumn> earlier = columns.putIfAbsent(column.role(), column);
      if (earlier != null) {
        log.cell(column.index(), column.header(), column.header(),
            "names the " + column.role().header() + " column again, after column "
                + CellText.columnLetters(earlier.index() + 1));
      }
    }
    require(ProjectColumn.COUNTY, true, "", log);
    require(ProjectColumn.CATEGORY, reader.defaultCategory().isEmpty(), "; or give the reader a default category", log);
    require(ProjectColumn.STATUS, reader.defaultStatus().isEmpty(), "; or give the reader a default status", log);
    require(ProjectColumn.PLAN_YEAR, reader.planYear().isEmpty(), "; or give the reader the plan year", log);
    for (Column<ProjectColumn> column : columns.values()) {
      YuanUnit unit = column.unit() != null ? column.unit()
          : tableUnit != null ? tableUnit : reader.defaultUnit().orElse(null);
      if (unit != null) {
        units.put(column.role(), unit);
      }
    }
    columns.forEach((role, column) -> columnOf[role.ordinal()] = column);
    units.forEach((role, unit) -> unitOf[role.ordinal()] = unit);
  }

  @SuppressWarnings("unchecked")
  private static Column<ProjectColumn>[] newColumnArray(int length) {
    return (Column<ProjectColumn>[]) new Column<?>[length];
  }

  /** The table's column of the role, or null if it has none. */
  private @Nullable Column<ProjectColumn> column(ProjectColumn role) {
    return columnOf[role.ordinal()];
  }

  private void require(ProjectColumn column, boolean required, String remedy, ProblemLog log) {
    if (required && !columns.containsKey(column)) {
      log.row("has no " + column.header() + " column: name one with a header of " + column.headers() + remedy);
    }
  }

  @Override
  public @Nullable Project read(RowSource row, ProblemLog log) {
    // every header row has a 项目名称 column (isHeader)
    String name = name(row, requireNonNull(column(ProjectColumn.NAME)), "name", log);
    Column<ProjectColumn> idColumn = column(ProjectColumn.ID);
    String id = idColumn == null ? name : name(row, idColumn, "id", log);
    County county = county(row, log);
    ProjectCategory category = word(row, ProjectColumn.CATEGORY, reader.defaultCategory().orElse(null),
        CATEGORY_WORDS, ProjectCategory::fromChinese, ProjectCategory::valueOf, log);
    ProjectStatus status = word(row, ProjectColumn.STATUS, reader.defaultStatus().orElse(null),
        STATUS_WORDS, ProjectStatus::fromChinese, ProjectStatus::valueOf, log);
    ProjectLevel level = word(row, ProjectColumn.LEVEL, null, LEVEL_WORDS, ProjectLevel::fromChinese,
        ProjectLevel::valueOf, log);
    Integer planYear = planYear(row, log);
    Yuan total = amount(row, ProjectColumn.TOTAL_INVESTMENT, log);
    Yuan planned = amount(row, ProjectColumn.ANNUAL_PLANNED_INVESTMENT, log);
    Yuan completed = amount(row, ProjectColumn.COMPLETED_INVESTMENT, log);
    Enterprise enterprise = enterprise(row, log);
    IndustryCluster cluster = county == null ? null : cluster(row, county, log);
    ImmutableList<Capacity> capacities = capacities(row, log);
    Yuan revenue = amount(row, ProjectColumn.EXPECTED_ANNUAL_REVENUE, log);
    Yuan tax = amount(row, ProjectColumn.EXPECTED_ANNUAL_TAX, log);
    Integer jobs = jobs(row, log);
    YearMonth start = month(row, ProjectColumn.START_MONTH, log);
    YearMonth completion = month(row, ProjectColumn.COMPLETION_MONTH, log);
    if (log.rowFailed() || id == null || name == null || county == null || category == null || status == null
        || planYear == null) {
      return null;
    }
    Project.Builder project = Project.builder()
        .id(id)
        .name(name)
        .county(county)
        .category(category)
        .status(status)
        .planYear(planYear);
    if (level != null) {
      project.level(level);
    }
    if (total != null) {
      project.totalInvestment(total);
    }
    if (planned != null) {
      project.annualPlannedInvestment(planned);
    }
    if (completed != null) {
      project.completedInvestment(completed);
    }
    if (enterprise != null) {
      project.enterprise(enterprise);
    }
    if (cluster != null) {
      project.cluster(cluster);
    }
    project.addAllCapacities(capacities);
    if (revenue != null) {
      project.expectedAnnualRevenue(revenue);
    }
    if (tax != null) {
      project.expectedAnnualTax(tax);
    }
    if (jobs != null) {
      project.expectedJobs(jobs);
    }
    if (start != null) {
      project.startMonth(start);
    }
    if (completion != null) {
      project.completionMonth(completion);
    }
    Project built;
    try {
      built = project.build();
    } catch (IllegalArgumentException | ArithmeticException e) {
      log.row(String.valueOf(e.getMessage()));
      return null;
    }
    int earlier = rowOfId.putIfAbsent(id, row.rowNumber());
    if (earlier != 0) {
      Column<ProjectColumn> column = idColumn != null ? idColumn : column(ProjectColumn.NAME);
      int index = column == null ? 0 : column.index();
      log.cell(index, column == null ? null : column.header(), row.cell(index),
          "repeats the id " + id + " of row " + earlier + "; ids are unique in a ledger");
      return null;
    }
    return built;
  }

  /** The text of the column's cell, as written before neutralising; null if absent or unreadable. */
  private @Nullable String text(RowSource row, Column<ProjectColumn> column, ProblemLog log) {
    String problem = row.cellProblem(column.index());
    if (problem != null) {
      log.cell(column.index(), column.header(), row.cell(column.index()), problem);
      return null;
    }
    String text = row.cell(column.index());
    return CellText.isBlank(text) ? null : CellText.unneutralize(text);
  }

  /**
   * The characters of the column's cell, as written before neutralising; null if absent or
   * unreadable. Valid until the next row; a cell read this way need not become a string.
   */
  private @Nullable CharSequence chars(RowSource row, Column<ProjectColumn> column, ProblemLog log) {
    String problem = row.cellProblem(column.index());
    if (problem != null) {
      log.cell(column.index(), column.header(), row.cell(column.index()), problem);
      return null;
    }
    CharSequence text = row.chars(column.index());
    if (CellText.isBlank(text)) {
      return null;
    }
    return text.charAt(0) == '\'' ? CellText.unneutralize(text.toString()) : text;
  }

  private @Nullable String name(RowSource row, Column<ProjectColumn> column, String field, ProblemLog log) {
    String text = text(row, column, log);
    if (text == null) {
      blankRequired(row, column, log);
      return null;
    }
    try {
      return CellText.name("Project", field, text);
    } catch (IllegalArgumentException e) {
      log.cell(column.index(), column.header(), row.cell(column.index()), String.valueOf(e.getMessage()));
      return null;
    }
  }

  private void blankRequired(RowSource row, Column<ProjectColumn> column, ProblemLog log) {
    if (row.cellProblem(column.index()) == null) {
      log.cell(column.index(), column.header(), row.cell(column.index()),
          "is blank; every project needs its " + column.role().header());
    }
  }

  private @Nullable County county(RowSource row, ProblemLog log) {
    Column<ProjectColumn> column = column(ProjectColumn.COUNTY);
    if (column == null) {
      return null;
    }
    CharSequence text = chars(row, column, log);
    if (text == null) {
      blankRequired(row, column, log);
      return null;
    }
    try {
      return reader.counties().require(text);
    } catch (IllegalArgumentException e) {
      log.cell(column.index(), column.header(), row.cell(column.index()), String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** The constant a cell names by Chinese word or constant name; the default if the column is absent. */
  private <E extends Enum<E>> @Nullable E word(
      RowSource row,
      ProjectColumn role,
      @Nullable E absent,
      CharKeys<E> words,
      Function<String, E> fromChinese,
      Function<String, E> valueOf,
      ProblemLog log) {
    Column<ProjectColumn> column = column(role);
    if (column == null) {
      return absent;
    }
    CharSequence text = chars(row, column, log);
    if (text == null) {
      if (role != ProjectColumn.LEVEL) {
        blankRequired(row, column, log);
      }
      return null;
    }
    CharSequence stripped = CellText.strip(text);
    E known = words.get(stripped);
    if (known != null) {
      return known;
    }
    String word = stripped.toString();
    try {
      return isConstantName(word) ? valueOf.apply(word) : fromChinese.apply(word);
    } catch (IllegalArgumentException e) {
      log.cell(column.index(), column.header(), row.cell(column.index()),
          isConstantName(word) ? "is not a " + role.header() + " constant name" : String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** Whether the word, a stripped cell that is not blank and so never empty, is capitals and underscores only. */
  private static boolean isConstantName(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ((c < 'A' || c > 'Z') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private @Nullable Integer planYear(RowSource row, ProblemLog log) {
    Column<ProjectColumn> column = column(ProjectColumn.PLAN_YEAR);
    CharSequence text = column == null ? null : chars(row, column, log);
    if (column == null || text == null) {
      if (planYear != null) {
        return planYear;
      }
      if (column != null) {
        blankRequired(row, column, log);
      }
      return null;
    }
    try {
      number.parse(text);
      if (!number.suffix().isEmpty() && !number.suffix().equals("年")) {
        throw new IllegalArgumentException("has '" + number.suffix() + "' after the year");
      }
      return number.toInt(1000, 9999);
    } catch (IllegalArgumentException e) {
      log.cell(column.index(), column.header(), row.cell(column.index()), String.valueOf(e.getMessage()));
      return null;
    }
  }

  private @Nullable Yuan amount(RowSource row, ProjectColumn role, ProblemLog log) {
    Column<ProjectColumn> column = column(role);
    if (column == null) {
      return null;
    }
    CharSequence text = chars(row, column, log);
    if (text == null) {
      return null;
    }
    try {
      number.parse(text);
      YuanUnit unit = unitOf[role.ordinal()];
      if (!number.suffix().isEmpty()) {
        unit = Headers.symbolUnit(number.suffix());
        if (unit == null) {
          throw new IllegalArgumentException(
              "has '" + number.suffix() + "' after the number; an amount is followed by 元, 万元, 亿元,"
                  + " 万亿元 or nothing");
        }
      }
      if (unit == null) {
        throw new IllegalArgumentException(
            "has no unit: write it in the cell (13.8亿元), the header (" + role.header() + "（万元）) or a"
                + " title row (单位：万元), or give the reader a default unit");
      }
      if (number.signum() < 0) {
        throw new IllegalArgumentException("is negative; " + role.header() + " never is");
      }
      return number.toYuan(unit);
    } catch (IllegalArgumentException e) {
      log.cell(column.index(), column.header(), row.cell(column.index()), String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** The enterprise the 建设单位 cell names, with the code of the 统一社会信用代码 cell if there is one. */
  private @Nullable Enterprise enterprise(RowSource row, ProblemLog log) {
    Column<ProjectColumn> nameColumn = column(ProjectColumn.ENTERPRISE);
    Column<ProjectColumn> codeColumn = column(ProjectColumn.CREDIT_CODE);
    if (nameColumn == null && codeColumn == null) {
      return null;
    }
    String name = nameColumn == null ? null : text(row, nameColumn, log);
    String code = codeColumn == null ? null : text(row, codeColumn, log);
    Enterprise.Builder enterprise = Enterprise.builder();
    boolean good = true;
    if (name != null && nameColumn != null) {
      try {
        enterprise.name(CellText.name("Enterprise", "name", name));
      } catch (IllegalArgumentException e) {
        log.cell(nameColumn.index(), nameColumn.header(), row.cell(nameColumn.index()), String.valueOf(e.getMessage()));
        good = false;
      }
    }
    if (code != null && codeColumn != null) {
      if (name == null) {
        if (nameColumn == null || row.cellProblem(nameColumn.index()) == null) {
          log.cell(codeColumn.index(), codeColumn.header(), row.cell(codeColumn.index()),
              "gives a credit code but 建设单位 names no enterprise");
        }
        return null;
      }
      try {
        enterprise.creditCode(CreditCode.of(CellText.strip(CellText.foldWidth(code))));
      } catch (IllegalArgumentException e) {
        log.cell(codeColumn.index(), codeColumn.header(), row.cell(codeColumn.index()), String.valueOf(e.getMessage()));
        good = false;
      }
    }
    return name == null || !good ? null : enterprise.build();
  }

  /** The cluster the 产业集群 cell names, among the reader's clusters of the project's county. */
  private @Nullable IndustryCluster cluster(RowSource row, County county, ProblemLog log) {
    Column<ProjectColumn> column = column(ProjectColumn.CLUSTER);
    String text = column == null ? null : text(row, column, log);
    if (column == null || text == null) {
      return null;
    }
    String name = TextRules.strip(text);
    List<IndustryCluster> named = reader.clusters().get(name);
    String problem;
    if (reader.clusters().isEmpty()) {
      problem = "names an industry cluster, but the reader was given none: give them with"
          + " ProjectTableReader.Builder.clusters";
    } else if (named.isEmpty()) {
      problem = "is not one of the industry clusters given to the reader";
    } else {
      for (IndustryCluster cluster : named) {
        if (cluster.county().equals(county)) {
          return cluster;
        }
      }
      problem = "is a cluster of " + named.get(0).county().name() + ", not of the project's county " + county.name();
    }
    log.cell(column.index(), column.header(), row.cell(column.index()), problem);
    return null;
  }

  /** The capacities the 产能 cell lists, separated by ；, ; or 、 or line breaks. */
  private ImmutableList<Capacity> capacities(RowSource row, ProblemLog log) {
    Column<ProjectColumn> column = column(ProjectColumn.CAPACITIES);
    String text = column == null ? null : text(row, column, log);
    if (column == null || text == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Capacity> capacities = ImmutableList.builder();
    for (String part : CAPACITY_SEPARATORS.split(text)) {
      if (CellText.isBlank(part)) {
        continue;
      }
      try {
        capacities.add(Capacity.parse(CellText.foldWidth(part)));
      } catch (IllegalArgumentException e) {
        log.cell(column.index(), column.header(), row.cell(column.index()), String.valueOf(e.getMessage()));
        return ImmutableList.of();
      }
    }
    return capacities.build();
  }

  /** The number of jobs the 预计新增就业 cell gives: a whole number, 人 allowed after it. */
  private @Nullable Integer jobs(RowSource row, ProblemLog log) {
    Column<ProjectColumn> column = column(ProjectColumn.EXPECTED_JOBS);
    CharSequence text = column == null ? null : chars(row, column, log);
    if (column == null || text == null) {
      return null;
    }
    try {
      number.parse(text);
      if (!number.suffix().isEmpty() && !number.suffix().equals("人")) {
        throw new IllegalArgumentException(
            "has '" + number.suffix() + "' after the number; a number of jobs is followed by 人 or nothing");
      }
      if (number.signum() < 0) {
        throw new IllegalArgumentException("is negative; a number of jobs never is");
      }
      return number.toInt(0, Integer.MAX_VALUE);
    } catch (IllegalArgumentException e) {
      log.cell(column.index(), column.header(), row.cell(column.index()), String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** The month the column's cell gives, in a form {@link MonthCell} reads. */
  private @Nullable YearMonth month(RowSource row, ProjectColumn role, ProblemLog log) {
    Column<ProjectColumn> column = column(role);
    CharSequence text = column == null ? null : chars(row, column, log);
    if (column == null || text == null) {
      return null;
    }
    try {
      return MonthCell.parse(text);
    } catch (IllegalArgumentException e) {
      log.cell(column.index(), column.header(), row.cell(column.index()), String.valueOf(e.getMessage()));
      return null;
    }
  }
}
