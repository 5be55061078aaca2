package dev.pingyi.io;

import static dev.pingyi.io.TableFixtures.GBK;
import static dev.pingyi.io.TableFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed tables, one a case: each is refused with one {@link TableReadException} whose first
 * problem names the row, the column and the rule — and, where rows can be told apart, the
 * collecting mode returns the good row before the bad one and nothing else.
 */
class TableMalformedTest {

  private static final String PROJECT_HEADER = "项目名称,所属县区,项目类别,开工状态,总投资（万元）";
  private static final String GOOD_PROJECT = "宠物食品项目,冠县,产业,在建,138000";
  private static final String SHEET_HEADER = "单位,基础评议分,现场评议分,加分,加分事由,减分,一票否决,否决事由";
  private static final String GOOD_SHEET = "茌平区政府,95.5,92,,,,,";

  /** What a case reads: a project or sheet table, as CSV or .xlsx, with a reader to match. */
  enum Kind {
    PROJECT_CSV, PROJECT_XLSX, SHEET_CSV, SHEET_XLSX, UNITS_CSV;

    ReadResult<?> read(byte[] bytes, ReadMode mode, Reader reader) throws IOException {
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      return switch (this) {
        case PROJECT_CSV -> reader.projects(mode).readCsv(in, "case.csv");
        case PROJECT_XLSX -> reader.projects(mode).readXlsx(in, "case.xlsx");
        case SHEET_CSV -> reader.sheets(mode).readCsv(in, "case.csv");
        case SHEET_XLSX -> reader.sheets(mode).readXlsx(in, "case.xlsx");
        case UNITS_CSV -> TableFixtures.unitReader().mode(mode).build().readCsv(in, "case.csv");
      };
    }
  }

  /** The reader settings of a case. */
  enum Reader {
    DEFAULT, NO_PLAN_YEAR, FORCED_UTF8, SHEET_NAMED, WITH_CLUSTERS;

    ProjectTableReader projects(ReadMode mode) {
      ProjectTableReader.Builder builder = this == NO_PLAN_YEAR
          ? ProjectTableReader.builder(TableFixtures.COUNTIES) : TableFixtures.projectReader();
      if (this == WITH_CLUSTERS) {
        builder.clusters(TableFixtures.CLUSTERS);
      }
      if (this == FORCED_UTF8) {
        builder.charset(StandardCharsets.UTF_8);
      }
      if (this == SHEET_NAMED) {
        builder.sheet("项目");
      }
      return builder.mode(mode).build();
    }

    ScoreSheetTableReader sheets(ReadMode mode) {
      return TableFixtures.sheetReader().mode(mode).build();
    }
  }

  /**
   * A malformed table and the first problem it must report.
   *
   * @param row the row, or 0 for a problem of the whole table
   * @param column the column's letters, or "" for none
   * @param goodRows the rows the collecting mode returns, or -1 if the table is refused in both modes
   */
  @SuppressWarnings("ArrayRecordComponent") // compared by the tests, never by the record
  record Case(String name, Kind kind, Reader reader, byte[] bytes, int row, String column, String rule, int goodRows) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static byte[] csv(String... lines) {
    return TableFixtures.csv(StandardCharsets.UTF_8, lines);
  }

  private static Case project(String name, String badRow, String column, String rule) {
    return new Case(name, Kind.PROJECT_CSV, Reader.DEFAULT, csv(PROJECT_HEADER, GOOD_PROJECT, badRow), 3, column, rule, 1);
  }

  private static Case sheet(String name, String badRow, String column, String rule) {
    return new Case(name, Kind.SHEET_CSV, Reader.DEFAULT, csv(SHEET_HEADER, GOOD_SHEET, badRow), 3, column, rule, 1);
  }

  private static Case table(String name, Kind kind, Reader reader, byte[] bytes, int row, String column, String rule) {
    return new Case(name, kind, reader, bytes, row, column, rule, -1);
  }

  static Stream<Case> cases() {
    return Stream.of(
        // cells of a project row
        project("unknown county", "宠物食品项目二,东昌区,产业,在建,100", "B", "is not a county-level unit here"),
        project("blank name", " ,冠县,产业,在建,100", "A", "is blank; every project needs its 项目名称"),
        project("blank county", "项目二,,产业,在建,100", "B", "is blank; every project needs its 所属县区"),
        project("thousands separator out of place", "项目二,冠县,产业,在建,\"12,50\"", "E", "thousands separators"),
        project("words for a number", "项目二,冠县,产业,在建,十二万", "E", "is not a number"),
        project("negative investment", "项目二,冠县,产业,在建,-5", "E", "is negative"),
        project("a currency that is not yuan", "项目二,冠县,产业,在建,12美元", "E", "has '美元' after the number"),
        project("finer than a fen", "项目二,冠县,产业,在建,0.0000001", "E", "not a whole number of fen"),
        project("a number too long to be one", "项目二,冠县,产业,在建," + "9".repeat(200), "E", "more than the 64"),
        project("two points", "项目二,冠县,产业,在建,1.2.3", "E", "has '.3' after the number"),
        project("an exponent out of bounds", "项目二,冠县,产业,在建,1E+99", "E", "powers of ten"),
        project("unknown status", "项目二,冠县,产业,施工,100", "D", "ProjectStatus word='施工' is not one of"),
        project("unknown category", "项目二,冠县,工业,在建,100", "C", "ProjectCategory word='工业' is not one of"),
        project("unknown constant name", "项目二,冠县,INDUSTRIAL,在建,100", "C", "is not a 项目类别 constant name"),
        project("invisible character in a name", "项目\u200B二,冠县,产业,在建,100", "A", "invisible character U+200B"),
        project("the same id twice", "宠物食品项目,冠县,产业,在建,100", "A", "repeats the id 宠物食品项目 of row 2"),
        project("a value under no header", "项目二,冠县,产业,在建,100,备注", "F", "is in a column with no header"),
        new Case("completed above total", Kind.PROJECT_CSV, Reader.DEFAULT,
            csv(PROJECT_HEADER + ",已完成投资（万元）", GOOD_PROJECT + ",1", "项目二,冠县,产业,在建,100,200"),
            3, "", "completedInvestment=200万元 exceeds totalInvestment=100万元", 1),
        new Case("an amount without a unit", Kind.PROJECT_CSV, Reader.DEFAULT,
            csv("项目名称,所属县区,项目类别,开工状态,总投资", "宠物食品项目,冠县,产业,在建,13.8亿元", "项目二,冠县,产业,在建,100"),
            3, "E", "has no unit", 1),
        new Case("a year that is not one", Kind.PROJECT_CSV, Reader.DEFAULT,
            csv(PROJECT_HEADER + ",计划年度", GOOD_PROJECT + ",2022", "项目二,冠县,产业,在建,100,22"),
            3, "F", "is not a whole number within [1000, 9999]", 1),
        // the table as a whole
        table("no header row", Kind.PROJECT_CSV, Reader.DEFAULT, csv(GOOD_PROJECT, GOOD_PROJECT), 0, "", "has no header row"),
        table("an empty file", Kind.PROJECT_CSV, Reader.DEFAULT, new byte[0], 0, "", "has no header row"),
        table("no county column", Kind.PROJECT_CSV, Reader.DEFAULT, csv("项目名称,项目类别,开工状态", "A,产业,在建"),
            1, "", "has no 所属县区 column"),
        table("a column named twice", Kind.PROJECT_CSV, Reader.DEFAULT,
            csv(PROJECT_HEADER + ",计划总投资（亿元）", GOOD_PROJECT + ",13.8"), 1, "F", "names the 总投资 column again, after column E"),
        table("no plan year anywhere", Kind.PROJECT_CSV, Reader.NO_PLAN_YEAR, csv(PROJECT_HEADER, GOOD_PROJECT),
            1, "", "has no 计划年度 column"),
        table("GBK bytes read as UTF-8", Kind.PROJECT_CSV, Reader.FORCED_UTF8,
            TableFixtures.csv(GBK, PROJECT_HEADER, GOOD_PROJECT), 1, "", "holds bytes that are not UTF-8 text"),
        table("bytes that are neither UTF-8 nor GB18030", Kind.PROJECT_CSV, Reader.DEFAULT,
            concat(TableFixtures.csv(GBK, PROJECT_HEADER, GOOD_PROJECT), new byte[] {'A', ',', (byte) 0xFF, '\n'}),
            3, "", "holds bytes that are not GB18030 text"),
        table("a quote out of place", Kind.PROJECT_CSV, Reader.DEFAULT,
            csv(PROJECT_HEADER, GOOD_PROJECT, "\"项目二\"x,冠县,产业,在建,100"), 3, "", "is not valid CSV"),
        // workbooks
        table("not a workbook", Kind.PROJECT_XLSX, Reader.DEFAULT, csv(PROJECT_HEADER, GOOD_PROJECT),
            0, "", "is not an .xlsx workbook"),
        table("an .xls workbook", Kind.PROJECT_XLSX, Reader.DEFAULT,
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
            0, "", "Excel 97-2003 (.xls)"),
        table("a workbook cut short", Kind.PROJECT_XLSX, Reader.DEFAULT,
            Arrays.copyOf(projectWorkbook(), projectWorkbook().length / 2), 0, "", "is not a readable .xlsx workbook"),
        table("no sheet of that name", Kind.PROJECT_XLSX, Reader.SHEET_NAMED, projectWorkbook(), 0, "", "has no sheet named 项目"),
        new Case("a formula saved without its value", Kind.PROJECT_XLSX, Reader.DEFAULT,
            TableFixtures.xlsx("Sheet1", s -> {
              row(s, 0, "项目名称", "所属县区", "项目类别", "开工状态", "总投资（万元）");
              row(s, 1, "宠物食品项目", "冠县", "产业", "在建", 138000);
              row(s, 2, "项目二", "冠县", "产业", "在建");
              s.formula(2, 4, "E2/2");
            }),
            3, "E", "holds the formula =E2/2 with no value saved", 1),
        new Case("a workbook's unknown county", Kind.PROJECT_XLSX, Reader.DEFAULT,
            TableFixtures.xlsx("Sheet1", s -> {
              row(s, 0, "说明：单位万元");
              row(s, 1, "项目名称", "所属县区", "项目类别", "开工状态", "总投资（万元）");
              row(s, 2, "宠物食品项目", "冠县", "产业", "在建", 138000);
              row(s, 3, "项目二", "东昌区", "产业", "在建", 100);
            }),
            4, "B", "is not a county-level unit here", 1),
        // score sheets
        sheet("a unit of no group", "市财政局,90,90,,,,,", "A", "is not a member of the groups given"),
        sheet("the same unit twice", "茌平区政府,90,90,,,,,", "A", "is unit 茌平区政府 again, after row 2"),
        sheet("a blank score", "冠县政府,,90,,,,,", "B", "is blank; every unit needs its 基础评议分"),
        sheet("more than four decimals", "冠县政府,90.12345,90,,,,,", "B", "has more than 4 decimals"),
        sheet("a score out of range", "冠县政府,101,90,,,,,", "B", "is outside [0, 100]"),
        sheet("a score in the wrong unit", "冠县政府,90元,90,,,,,", "B", "points are followed by 分 or nothing"),
        sheet("a negative bonus", "冠县政府,90,90,-1,,,,", "D", "is negative"),
        sheet("a reason without points", "冠县政府,90,90,,省级表彰,,,", "E", "gives a reason but 加分 gives no points"),
        sheet("a reason for no veto", "冠县政府,90,90,,,,否,信访问题", "H", "gives a reason but 一票否决 says no veto"),
        sheet("two reasons for one veto", "冠县政府,90,90,,,,信访,信访问题", "G", "gives a reason, and so does 否决事由"),
        table("no score column", Kind.SHEET_CSV, Reader.DEFAULT, csv("单位,加分,减分", "冠县政府,1,"),
            1, "", "has no score column"),
        new Case("a workbook's sheet with an unknown unit", Kind.SHEET_XLSX, Reader.DEFAULT,
            TableFixtures.xlsx("得分", s -> {
              row(s, 0, "单位", "基础评议得分", "现场评议得分");
              row(s, 1, "茌平区政府", 95.5, 92);
              row(s, 2, "东昌府区政府", 90, 90);
            }),
            3, "A", "is not a member of the groups given", 1));
  }

  /**
   * A project table with one more column, the header given: the good row has the good cell in it,
   * the bad row (3) the bad cell, in column F.
   */
  private static Case field(String name, Reader reader, String header, String good, String bad, String rule) {
    return new Case(name, Kind.PROJECT_CSV, reader,
        csv(PROJECT_HEADER + "," + header, GOOD_PROJECT + "," + good, "项目二,冠县,产业,在建,100," + bad),
        3, "F", rule, 1);
  }

  /** Malformed cells of the columns beyond the name, county, list, status and investments. */
  static Stream<Case> projectFieldCases() {
    return Stream.of(
        field("a month that is not one", Reader.DEFAULT, "开工时间", "2022年3月", "二〇二二年三月", "is not a month"),
        field("a thirteenth month", Reader.DEFAULT, "开工时间", "2022.03", "2022.13", "has the month 13; a month is 1 to 12"),
        field("a day the month does not have", Reader.DEFAULT, "计划竣工时间", "2022/3/31", "2022-04-31",
            "has the day 31, which 2022-04 does not have"),
        field("a three-digit year", Reader.DEFAULT, "竣工时间", "2022-03", "0999-03", "has the year 0999"),
        new Case("completion before start", Kind.PROJECT_CSV, Reader.DEFAULT,
            csv(PROJECT_HEADER + ",开工时间,竣工时间", GOOD_PROJECT + ",2022年3月,2022年10月", "项目二,冠县,产业,在建,100,2022年3月,2021年12月"),
            3, "", "completionMonth=2021-12 is before startMonth=2022-03", 1),
        field("jobs with words after them", Reader.DEFAULT, "带动就业（人）", "100人", "100余人",
            "has '余人' after the number; a number of jobs is followed by 人 or nothing"),
        field("negative jobs", Reader.DEFAULT, "预计新增就业", "100", "-3", "is negative; a number of jobs never is"),
        field("half a job", Reader.DEFAULT, "预计新增就业", "100", "12.5", "is not a whole number within [0, 2147483647]"),
        field("a negative revenue", Reader.DEFAULT, "预计年营业收入（万元）", "160000", "-1", "is negative; 预计年营业收入 never is"),
        field("a tax without a unit", Reader.DEFAULT, "年利税", "4500万元", "4500", "has no unit"),
        field("a capacity without a number", Reader.DEFAULT, "产能", "35万吨/年", "35万吨/年；三十万锭",
            "Capacity text='三十万锭' is not a number followed by a unit"),
        field("an enterprise name with an invisible character", Reader.DEFAULT, "建设单位", "乐宝公司", "仁泽\u200B公司",
            "invisible character U+200B"),
        field("a credit code without an enterprise", Reader.DEFAULT, "统一社会信用代码", "", "91310110666007217T",
            "gives a credit code but 建设单位 names no enterprise"),
        new Case("a credit code whose check character is wrong", Kind.PROJECT_CSV, Reader.DEFAULT,
            csv(PROJECT_HEADER + ",建设单位,统一社会信用代码", GOOD_PROJECT + ",乐宝公司,91310110666007217T",
                "项目二,冠县,产业,在建,100,仁泽公司,91310110666007217U"),
            3, "G", "has check character 'U', but positions 1-17 give 'T'", 1),
        field("a cluster the reader was not given", Reader.WITH_CLUSTERS, "所属产业链", "轴承", "纺织",
            "is not one of the industry clusters given to the reader"),
        new Case("a cluster of another county", Kind.PROJECT_CSV, Reader.WITH_CLUSTERS,
            csv(PROJECT_HEADER + ",产业集群", GOOD_PROJECT + ",轴承", "项目二,茌平区,产业,在建,100,冠县钢铁延链绿色智造"),
            3, "F", "is a cluster of 冠县, not of the project's county 茌平区", 1),
        field("a cluster and no clusters given", Reader.DEFAULT, "产业集群", "", "轴承",
            "names an industry cluster, but the reader was given none"),
        new Case("a workbook's date cell in an amount column", Kind.PROJECT_XLSX, Reader.DEFAULT,
            TableFixtures.xlsx("Sheet1", s -> {
              row(s, 0, "项目名称", "所属县区", "项目类别", "开工状态", "预计年税收（万元）");
              row(s, 1, "宠物食品项目", "冠县", "产业", "在建", 4500);
              row(s, 2, "项目二", "冠县", "产业", "在建");
              s.value(2, 4, java.time.LocalDate.of(2022, 3, 15));
              s.style(2, 4).format("yyyy-mm-dd").set();
            }),
            3, "E", "has '-03-15' after the number", 1));
  }

  private static byte[] projectWorkbook() {
    return TableFixtures.xlsx("Sheet1", s -> {
      row(s, 0, "项目名称", "所属县区", "项目类别", "开工状态");
      for (int r = 1; r < 40; r++) {
        row(s, r, "项目" + r, "冠县", "产业", "在建");
      }
    });
  }

  private static final String UNITS_HEADER = "评议组,单位,单位类型,所属县区";
  private static final String GOOD_UNIT = "county-level,冠县政府,县（市、区）政府,冠县";

  private static Case unit(String name, String badRow, String column, String rule) {
    return new Case(name, Kind.UNITS_CSV, Reader.DEFAULT, csv(UNITS_HEADER, GOOD_UNIT, badRow), 3, column, rule, 1);
  }

  /** Malformed evaluated-units lists. */
  static Stream<Case> unitListCases() {
    return Stream.of(
        unit("a group not given", "county,茌平区政府,,茌平区", "A", "is not the id or name of a group given"),
        unit("a group name two groups share", "其他部门,市信访局,市政府部门,", "A",
            "is the name of two groups given; name the group by its id"),
        unit("a unit in no group", ",茌平区政府,,茌平区", "A", "is blank; every unit is listed in a group"),
        unit("a group without a unit", "county-level,,,茌平区", "B", "is blank; every row lists a unit"),
        unit("a unit's name with an invisible character", "economic,市财政局\u200B,市政府部门,", "B",
            "invisible character U+200B"),
        unit("a unit listed twice", "economic,冠县政府,,冠县", "B", "is unit 冠县政府 again, after row 2"),
        unit("a unit of no kind and no county", "economic,市财政局,,", "B", "has no 单位类型 and no 所属县区"),
        unit("an unknown kind of unit", "economic,市财政局,局,", "C", "UnitKind word='局' is not one of"),
        unit("an unknown kind constant", "economic,市财政局,DEPARTMENT,", "C", "is not a UnitKind constant name"),
        unit("a unit's unknown county", "county-level,东昌区政府,,东昌区", "D", "is not a county-level unit here"),
        unit("a county government of a zone", "county-level,开发区政府,县（市、区）政府,开发区", "",
            "kind=COUNTY_GOVERNMENT cannot govern county 聊城经济技术开发区"),
        unit("a department with a county", "economic,市财政局,市政府部门,冠县", "",
            "given to a MUNICIPAL_DEPARTMENT, which governs no county"),
        table("a units list without a group column", Kind.UNITS_CSV, Reader.DEFAULT, csv("单位,单位类型", "市财政局,市政府部门"),
            1, "", "has no 评议组 column"));
  }

  /** Every case this test checks. */
  static Stream<Case> allCases() {
    return Stream.of(cases(), projectFieldCases(), unitListCases()).flatMap(c -> c);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void isRefusedWithItsPositionAndRule(Case c) {
    TableReadException e = catchThrowableOfType(TableReadException.class, () -> c.kind().read(c.bytes(), ReadMode.STRICT, c.reader()));

    assertThat(e).as("%s is refused", c).isNotNull();
    ReadProblem first = e.problems().get(0);
    assertThat(first.row()).as("row of %s", c).isEqualTo(c.row() == 0 ? OptionalInt.empty() : OptionalInt.of(c.row()));
    assertThat(first.columnLetters().orElse("")).as("column of %s", c).isEqualTo(c.column());
    assertThat(first.rule()).as("rule of %s", c).contains(c.rule());
    assertThat(first.source()).startsWith("case.");
    assertThat(e.getMessage()).contains(first.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void collectingReturnsExactlyTheGoodRowsOrRefusesTheTable(Case c) throws IOException {
    if (c.goodRows() < 0) {
      assertThat(catchThrowableOfType(TableReadException.class, () -> c.kind().read(c.bytes(), ReadMode.COLLECTING, c.reader())))
          .as("%s is refused in collecting mode too", c).isNotNull();
      return;
    }
    ReadResult<?> result = c.kind().read(c.bytes(), ReadMode.COLLECTING, c.reader());

    assertThat(result.values()).as("good rows of %s", c).hasSize(c.goodRows());
    assertThat(result.problems()).as("problems of %s", c).isNotEmpty()
        .allSatisfy(p -> assertThat(p.row()).hasValue(c.row()));
  }
}
