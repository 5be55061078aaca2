package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.YuanUnit;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Reads key projects (重点项目) from a table with a header row, as offices keep them in Excel: a CSV
 * file or a sheet of an {@code .xlsx} workbook.
 *
 * <p><b>Columns.</b> The header row names its columns with the headers {@link ProjectColumn}
 * lists — 项目名称, 所属县区, 项目级别, 项目类别, 开工状态, 总投资（亿元）… or the English field names — and
 * is the first row that names 项目名称 and at least one other column; rows above it are title rows,
 * reported as {@link SkipReason#TITLE}. Columns no header names (序号, 备注) are not read, and are
 * listed in {@link ReadResult#ignoredColumns()}. Required: 项目名称 and 所属县区; 项目类别 and 开工状态
 * unless the reader has a default for them; 计划年度 unless it has a plan year. Without a 项目编号
 * column a project's id is its name. Every other column may be absent, and a blank cell in an
 * optional column is an absent value (an unknown amount, not zero); a blank cell in a required
 * column is a problem.
 *
 * <p><b>Cells.</b> Names are normalised as every Pingyi name is (whitespace around stripped,
 * runs inside made one space; an invisible character is a problem). The county is found through
 * the {@link CountyLookup}; a name it does not know is a problem. Level, category and status are
 * read from their Chinese words ({@link ProjectStatus#fromChinese}: 在建, 续建, 已开工…) or constant
 * names ({@code UNDER_CONSTRUCTION}). Amounts are exact, never rounded: a number is a plain decimal,
 * with thousands separators only between groups of three digits (12,500.5), full-width digits
 * folded (１３．８), scientific notation as spreadsheets print it (1.38E+09) and numbers stored as
 * text alike; its unit is, in this order, the one written in the cell (13.8亿元), in the header
 * (总投资（亿元）), in a title row (单位：万元), or the reader's {@linkplain Builder#defaultUnit default
 * unit}; an amount with none of them is a problem, never guessed. A text cell that {@link
 * TableWriter} neutralised against formulas ('=…) is read as written before.
 *
 * <p>The other fields of a {@link Project} have columns too, each optional. 建设单位 is the
 * enterprise's registered name, with its 统一社会信用代码 (checked digit by digit) if the table has
 * one; 产业集群 names one of the {@linkplain Builder#clusters clusters given to the reader}, of the
 * project's county; 产能 lists capacities as {@link dev.pingyi.model.Capacity#parse} reads them
 * (35万吨/年；180万锭); 预计年营业收入 and 预计年税收 (年销售收入, 年利税 …) are amounts read as the
 * investments are; 预计新增就业 (带动就业（人）) is a whole number, 人 allowed after it; 开工时间 and
 * 竣工时间 are months: 2022年3月, 2022.03, 2022-03, 2022/3, a day after any of them (2022-03-15),
 * or an {@code .xlsx} date cell. A 建设内容 column, free text in most ledgers, is not read as
 * capacities. An enterprise's designations (专精特新) and a project's phases have no column.
 *
 * <p><b>Rows.</b> Blank rows are counted; a total row (合计, 总计, 小计…) and a repeat of the header
 * row are passed over and reported in {@link ReadResult#skippedRows()}; every other row is a
 * project, built with {@link Project#builder()} so that every rule of the model runs. A row whose
 * id an earlier good row has is a problem: ids are unique in a ledger. Nothing is dropped
 * silently: a cell in a column without a header is a problem too.
 *
 * <p><b>Problems.</b> In {@link ReadMode#STRICT} (the default) the reader returns every project or
 * throws one {@link TableReadException} listing every problem (up to {@linkplain
 * Builder#maxProblems the cap}) with its sheet, row, column, value and rule; in {@link
 * ReadMode#COLLECTING} it returns the good rows and the problems of the others. A table without
 * a header row or a required column, or a file that is not text in its character set or not an
 * {@code .xlsx} workbook, throws in both modes. Failing to read the file itself is an {@link
 * IOException}.
 *
 * <p><b>Files.</b> CSV in UTF-8, GBK or GB18030 (given or detected) and {@code .xlsx}, as {@link
 * TableReader} describes; {@code readCsv} needs FastCSV only, {@code readXlsx} fastexcel-reader
 * only.
 *
 * <p>This class is immutable and thread-safe; each read uses state of its own.
 */
public final class ProjectTableReader extends TableReader<Project> {

  private final CountyLookup counties;
  private final OptionalInt planYear;
  private final Optional<ProjectCategory> defaultCategory;
  private final Optional<ProjectStatus> defaultStatus;
  private final Optional<YuanUnit> defaultUnit;
  private final ImmutableMap<String, ProjectColumn> extraHeaders;
  private final ImmutableListMultimap<String, IndustryCluster> clusters;

  private ProjectTableReader(Builder builder) {
    super(builder.options());
    this.counties = builder.counties;
    this.planYear = builder.planYear;
    this.defaultCategory = Optional.ofNullable(builder.defaultCategory);
    this.defaultStatus = Optional.ofNullable(builder.defaultStatus);
    this.defaultUnit = Optional.ofNullable(builder.defaultUnit);
    this.extraHeaders = ImmutableMap.copyOf(builder.extraHeaders);
    this.clusters = builder.clusters.build();
  }

  /** A reader that finds counties through the lookup, in strict mode; the builder sets the rest. */
  public static Builder builder(CountyLookup counties) {
    return new Builder(counties);
  }





  @Override
  RowFormat<Project, ProjectColumn> format() {
    return new ProjectRows(this);
  }

  CountyLookup counties() {
    return counties;
  }

  OptionalInt planYear() {
    return planYear;
  }

  Optional<ProjectCategory> defaultCategory() {
    return defaultCategory;
  }

  Optional<ProjectStatus> defaultStatus() {
    return defaultStatus;
  }

  Optional<YuanUnit> defaultUnit() {
    return defaultUnit;
  }

  ImmutableMap<String, ProjectColumn> extraHeaders() {
    return extraHeaders;
  }

  /** The clusters given to the builder, by name. */
  ImmutableListMultimap<String, IndustryCluster> clusters() {
    return clusters;
  }

  /**
   * A builder of project table readers. Every setting but the county lookup is optional; a
   * setting given twice keeps the later value.
   */
  public static final class Builder extends TableReader.Builder<Builder> {
    private final CountyLookup counties;
    private OptionalInt planYear = OptionalInt.empty();
    private @Nullable ProjectCategory defaultCategory;
    private @Nullable ProjectStatus defaultStatus;
    private @Nullable YuanUnit defaultUnit;
    private final Map<String, ProjectColumn> extraHeaders = new LinkedHashMap<>();
    private final ImmutableListMultimap.Builder<String, IndustryCluster> clusters = ImmutableListMultimap.builder();
    private final Map<String, IndustryCluster> clusterOfCounty = new HashMap<>();

    private Builder(CountyLookup counties) {
      super("ProjectTableReader");
      this.counties = requireNonNull(counties, "counties");
    }

    /**
     * The plan year (计划年度) of projects whose row gives none: every row, when the table has no
     * 计划年度 column.
     *
     * @throws IllegalArgumentException if the year is outside [1000, 9999]
     */
    public Builder planYear(int year) {
      checkArgument(year >= 1000 && year <= 9999, "ProjectTableReader planYear=%s is outside [1000, 9999]", year);
      this.planYear = OptionalInt.of(year);
      return this;
    }

    /** The category of every project, when the table has no 项目类别 column. */
    public Builder defaultCategory(ProjectCategory category) {
      this.defaultCategory = requireNonNull(category, "category");
      return this;
    }

    /** The status of every project, when the table has no 开工状态 column. */
    public Builder defaultStatus(ProjectStatus status) {
      this.defaultStatus = requireNonNull(status, "status");
      return this;
    }

    /** The unit of an amount whose cell, header and title rows give none. */
    public Builder defaultUnit(YuanUnit unit) {
      this.defaultUnit = requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Reads a column with the given header as the given column, besides the headers {@link
     * ProjectColumn} lists: {@code header("上半年完成投资", ProjectColumn.COMPLETED_INVESTMENT)}. The
     * header is compared as the listed ones are, a bracketed unit allowed after it.
     *
     * @throws IllegalArgumentException if the header is blank
     */
    public Builder header(String header, ProjectColumn column) {
      requireNonNull(header, "header");
      requireNonNull(column, "column");
      checkArgument(!Headers.normalize(header).isEmpty(), "ProjectTableReader header '%s' is blank", header);
      extraHeaders.put(header, column);
      return this;
    }

    /**
     * Adds industry clusters a 产业集群 cell may name: a cell names a cluster by its exact {@link
     * IndustryCluster#name()}, and the cluster must be one of the project's county. Without
     * clusters, a table whose 产业集群 cells are all blank is read, and a cell that names one is a
     * problem.
     *
     * @throws IllegalArgumentException if two clusters of one county have the same name
     */
    public Builder clusters(Collection<IndustryCluster> clusters) {
      requireNonNull(clusters, "clusters");
      for (IndustryCluster cluster : clusters) {
        requireNonNull(cluster, "clusters element");
        IndustryCluster earlier = clusterOfCounty.putIfAbsent(cluster.county().name() + "\n" + cluster.name(), cluster);
        if (earlier == null) {
          this.clusters.put(cluster.name(), cluster);
        } else {
          checkArgument(earlier.equals(cluster),
              "ProjectTableReader clusters: %s has two clusters named %s", cluster.county().name(), cluster.name());
        }
      }
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /** The reader. */
    public ProjectTableReader build() {
      return new ProjectTableReader(this);
    }
  }
}
