package dev.pingyi.io;

import static dev.pingyi.io.TableFixtures.GB18030;
import static dev.pingyi.io.TableFixtures.GBK;
import static dev.pingyi.io.TableFixtures.PROJECTS;
import static dev.pingyi.io.TableFixtures.csv;
import static dev.pingyi.io.TableFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectStatus;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.Yuan;
import dev.pingyi.model.YuanUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the readers accept from real office files, and how they account for what they pass over. */
class TableReaderTest {

  private static final List<Project> NAMED_BY_NAME =
      PROJECTS.stream().map(p -> p.withId(p.name()))
          .collect(Collectors.toList());

  private static ReadResult<Project> projects(ProjectTableReader reader, byte[] bytes) throws IOException {
    return reader.readCsv(new ByteArrayInputStream(bytes), "test.csv");
  }

  private static ReadResult<Project> projects(byte[] bytes) throws IOException {
    return projects(TableFixtures.projectReader().build(), bytes);
  }

  private static InputStream resource(String name) {
    InputStream in = TableReaderTest.class.getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  @Test
  void aGbkFileWithTitleRowsTotalsSeparatorsAndFullWidthDigitsReadsAsItsCleanUtf8Twin() throws IOException {
    ProjectTableReader reader = TableFixtures.projectReader().build();

    ReadResult<Project> messy = reader.readCsv(resource("projects-messy-gbk.csv"), "projects-messy-gbk.csv");
    ReadResult<Project> clean = reader.readCsv(resource("projects-clean-utf8.csv"), "projects-clean-utf8.csv");

    assertThat(messy.values()).containsExactlyElementsOf(clean.values()).containsExactlyElementsOf(NAMED_BY_NAME);
    assertThat(messy.charset()).contains(GBK);
    assertThat(clean.charset()).contains(StandardCharsets.UTF_8);
    assertThat(messy.headerRow()).isEqualTo(3);
    assertThat(messy.skippedRows()).extracting(SkippedRow::row, SkippedRow::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, SkipReason.TITLE),
        org.assertj.core.groups.Tuple.tuple(2, SkipReason.TITLE),
        org.assertj.core.groups.Tuple.tuple(8, SkipReason.TOTAL));
    assertThat(messy.skippedRows().get(2).text()).isEqualTo("合计 | 255,000 | 32,500 | 6000.500001");
    assertThat(messy.blankRowCount()).isEqualTo(1);
    assertThat(messy.ignoredColumns()).containsExactly("序号");
  }

  @Test
  void theSameBytesReadTheSameWhetherDetectedOrGiven() throws IOException {
    byte[] gbk = csv(GBK, "项目名称,所属县区,总投资（亿元）", "宠物食品项目,冠县,13.8");
    ProjectTableReader.Builder reader = TableFixtures.projectReader()
        .defaultCategory(ProjectCategory.INDUSTRY)
        .defaultStatus(ProjectStatus.PLANNED);

    ReadResult<Project> detected = projects(reader.build(), gbk);
    ReadResult<Project> given = projects(reader.charset(GBK).build(), gbk);

    assertThat(detected.values()).isEqualTo(given.values());
    assertThat(detected.values().get(0).totalInvestment()).contains(Yuan.parse("13.8亿元"));
    assertThat(detected.values().get(0).status()).isEqualTo(ProjectStatus.PLANNED);
  }

  /** A read's result, or the message and problems of the exception it throws. */
  private static Object outcome(ReadCall read) throws IOException {
    try {
      return read.call();
    } catch (TableReadException e) {
      return "threw " + e.getMessage() + " " + e.problems() + " " + e.problemCount();
    }
  }

  private interface ReadCall {
    ReadResult<Project> call() throws IOException;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  /**
   * Without a byte-order mark the reader reads as UTF-8 at once and starts again as GB18030 only
   * when a byte is not UTF-8; whether the table ends with the file, early with no header row or
   * a missing column, or with problems, the outcome is the one reading in the character set
   * detected beforehand gives.
   */
  @Test
  void readingBeforeKnowingTheCharacterSetEndsAsReadingInTheDetectedOne(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    String header = "name,county,category,status";
    byte[] gbkRow = csv(GBK, "宠物食品项目,冠县,产业,在建");
    List<byte[]> files = List.of(
        concat(csv(StandardCharsets.UTF_8, header, "Pet food,Guanxian,INDUSTRY,PLANNED"), gbkRow),
        concat(csv(StandardCharsets.UTF_8, header, "宠物食品项目,冠县,产业,在建"), gbkRow),
        concat(csv(StandardCharsets.UTF_8, java.util.Collections.nCopies(40, "title").toArray(String[]::new)), gbkRow),
        concat(csv(StandardCharsets.UTF_8, "name,category,status", "A,产业,在建"), gbkRow),
        concat(csv(StandardCharsets.UTF_8, header, "A,莘县,产业,在建", "B,冠县,产业,哪儿"), gbkRow),
        csv(StandardCharsets.UTF_8, header, "宠物食品项目,冠县,产业,在建", "B,莘县,产业,在建"),
        csv(StandardCharsets.UTF_8, header, "宠物食品项目,冠县,产业,在建"),
        concat(csv(StandardCharsets.UTF_8, header, "A,冠县,\"产业"), gbkRow),
        concat(csv(GBK, header, "宠物食品项目,冠县,产业,在建"), new byte[] {(byte) 0xFF}));
    for (ReadMode mode : ReadMode.values()) {
      for (byte[] bytes : files) {
        ProjectTableReader.Builder builder = TableFixtures.projectReader().mode(mode);
        ProjectTableReader detecting = builder.build();
        ProjectTableReader given = builder.charset(CsvCharsets.detect(new ByteArrayInputStream(bytes))).build();
        Path file = dir.resolve("test.csv");
        java.nio.file.Files.write(file, bytes);

        Object expected = outcome(() -> projects(given, bytes));
        assertThat(outcome(() -> projects(detecting, bytes))).as("%s %s", mode, new String(bytes, GB18030))
            .isEqualTo(expected);
        assertThat(outcome(() -> detecting.readCsv(file))).isEqualTo(outcome(() -> given.readCsv(file)));
      }
    }
  }

  @Test
  void aFileOfGbkBytesIsNamedGbkAndOneThatNeedsFourByteSequencesGb18030() throws IOException {
    String header = "项目名称,所属县区,项目类别,开工状态";
    byte[] gbk = csv(GBK, header, "宠物食品项目,冠县,产业,在建");
    byte[] fourBytes = csv(GB18030, header, "𠮷祥项目,冠县,产业,在建");

    ReadResult<Project> plain = projects(gbk);
    ReadResult<Project> extended = projects(fourBytes);

    assertThat(plain.charset()).contains(GBK);
    assertThat(extended.charset()).contains(GB18030);
    assertThat(extended.values().get(0).name()).isEqualTo("𠮷祥项目");
    assertThat(CsvCharsets.detect(new ByteArrayInputStream(gbk))).isEqualTo(GBK);
    assertThat(CsvCharsets.detect(new ByteArrayInputStream(fourBytes))).isEqualTo(GB18030);
    assertThat(CsvCharsets.detect(new ByteArrayInputStream(csv(StandardCharsets.UTF_8, header)))).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void everyTextOfGbkCharactersIsNamedGbkAndGainsGb18030WithOneCharacterGbkLacks() throws IOException {
    long seed = 18030L;
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < 200; i++) {
      StringBuilder name = new StringBuilder("项目");
      for (int c = 1 + random.nextInt(20); c > 0; c--) {
        char candidate = (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
        if (GBK.newEncoder().canEncode(candidate)) {
          name.append(candidate);
        }
      }
      String gbkName = name.toString();
      String extendedName = gbkName.substring(0, 2) + new String(Character.toChars(0x20000 + random.nextInt(0xA6D6)))
          + gbkName.substring(2);
      byte[] gbk = csv(GBK, "项目名称,所属县区,项目类别,开工状态", gbkName + ",冠县,产业,在建");
      byte[] extended = csv(GB18030, "项目名称,所属县区,项目类别,开工状态", extendedName + ",冠县,产业,在建");

      assertThat(projects(gbk).charset()).as("seed %s: %s", seed, gbkName).contains(GBK);
      ReadResult<Project> read = projects(extended);
      assertThat(read.charset()).as("seed %s: %s", seed, extendedName).contains(GB18030);
      assertThat(read.values().get(0).name()).isEqualTo(extendedName);
    }
  }

  @Test
  void aByteOrderMarkMeansUtf8AndIsNotPartOfTheFirstHeader() throws IOException {
    byte[] text = csv(StandardCharsets.UTF_8, "项目名称,所属县区,项目类别,开工状态", "宠物食品项目,冠县,产业,在建");
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    assertThat(projects(withBom).values()).isEqualTo(projects(text).values()).hasSize(1);
  }

  @Test
  void utf16WithItsByteOrderMarkIsRead() throws IOException {
    byte[] utf16 = "\uFEFF项目名称,所属县区,项目类别,开工状态\r\n宠物食品项目,冠县,产业,在建\r\n"
        .getBytes(StandardCharsets.UTF_16LE);

    ReadResult<Project> read = projects(utf16);

    assertThat(read.values()).extracting(Project::name).containsExactly("宠物食品项目");
    assertThat(read.charset()).contains(StandardCharsets.UTF_16);
  }

  @Test
  void theUnitOfAnAmountComesFromTheCellThenTheHeaderThenATitleThenTheDefault() throws IOException {
    byte[] bytes = csv(StandardCharsets.UTF_8,
        "单位：亿元",
        "项目名称,所属县区,项目类别,开工状态,总投资（万元）,年度计划投资,已完成投资",
        "A,冠县,产业,在建,45000,1.5,2000万元");

    Project p = projects(bytes).values().get(0);

    assertThat(p.totalInvestment()).contains(Yuan.parse("4.5亿元"));
    assertThat(p.annualPlannedInvestment()).contains(Yuan.parse("1.5亿元"));
    assertThat(p.completedInvestment()).contains(Yuan.parse("2000万元"));
  }

  @Test
  void theDefaultUnitServesAmountsThatStateNone() throws IOException {
    byte[] bytes = csv(StandardCharsets.UTF_8, "name,county,category,status,totalInvestment", "A,冠县,INDUSTRY,PLANNED,12500");

    Project p = projects(TableFixtures.projectReader().defaultUnit(YuanUnit.WAN).build(), bytes).values().get(0);

    assertThat(p.totalInvestment()).contains(Yuan.ofWan(12500));
    assertThat(p.category()).isEqualTo(ProjectCategory.INDUSTRY);
    assertThat(p.status()).isEqualTo(ProjectStatus.PLANNED);
  }

  @Test
  void headersMayHaveSpacesLineBreaksAsterisksFullWidthBracketsAndAYear() throws IOException {
    byte[] bytes = csv(StandardCharsets.UTF_8,
        "\"*项目\n名称\",所属县区,项目类别,开工状态,总 投 资（单位：亿元）,2022年度计划投资(万元)",
        "A,冠县,产业,在建,2,5000");

    Project p = projects(bytes).values().get(0);

    assertThat(p.totalInvestment()).contains(Yuan.parse("2亿元"));
    assertThat(p.annualPlannedInvestment()).contains(Yuan.parse("5000万元"));
  }

  @Test
  void aCallerMayNameMoreHeaders() throws IOException {
    byte[] bytes = csv(StandardCharsets.UTF_8, "项目名称,所属县区,项目类别,开工状态,上半年完成投资（万元）", "A,冠县,产业,在建,300");

    Project p = projects(TableFixtures.projectReader()
        .header("上半年完成投资", ProjectColumn.COMPLETED_INVESTMENT).build(), bytes).values().get(0);

    assertThat(p.completedInvestment()).contains(Yuan.ofWan(300));
  }

  @Test
  void countiesAreFoundByNameShortNameOrFullName() throws IOException {
    byte[] bytes = csv(StandardCharsets.UTF_8,
        "项目名称,所属县区,项目类别,开工状态",
        "A,山东省聊城市冠县,产业,在建",
        "B,聊城市冠县,产业,在建",
        "C,聊城经济技术开发区,产业,在建",
        "D,高新区,产业,在建");

    assertThat(projects(bytes).values()).extracting(p -> p.county().shortName())
        .containsExactly("冠县", "冠县", "开发区", "高新区");
  }

  @Test
  void aRepeatedHeaderRowIsPassedOverAndReported() throws IOException {
    byte[] bytes = csv(StandardCharsets.UTF_8,
        "项目名称,所属县区,项目类别,开工状态",
        "A,冠县,产业,在建",
        "项目名称,所属县区,项目类别,开工状态",
        "B,冠县,产业,在建");

    ReadResult<Project> read = projects(bytes);

    assertThat(read.values()).hasSize(2);
    assertThat(read.skippedRows()).extracting(SkippedRow::row, SkippedRow::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, SkipReason.REPEATED_HEADER));
  }

  @Test
  void theCollectingModeReturnsExactlyTheGoodRowsAndTheProblemsOfTheOthers() throws IOException {
    byte[] bytes = csv(StandardCharsets.UTF_8,
        "项目名称,所属县区,项目类别,开工状态,总投资（万元）",
        "A,冠县,产业,在建,100",
        "B,东昌区,产业,在建,100",
        "C,临清市,产业,在建,100",
        "D,冠县,产业,施工,12,50",
        "E,茌平区,产业,在建,100");

    ReadResult<Project> read = projects(TableFixtures.projectReader().mode(ReadMode.COLLECTING).build(), bytes);

    assertThat(read.values()).extracting(Project::name).containsExactly("A", "C", "E");
    assertThat(read.problems()).extracting(p -> p.row().getAsInt(), p -> p.columnLetters().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "B"),
            org.assertj.core.groups.Tuple.tuple(5, "D"),
            org.assertj.core.groups.Tuple.tuple(5, "F"));
    assertThat(read.problemCount()).isEqualTo(3);
    assertThat(read.isComplete()).isFalse();
  }

  @Test
  void strictModeListsEveryProblemUpToTheCapThenCountsTheRest() {
    StringBuilder text = new StringBuilder("项目名称,所属县区,项目类别,开工状态\n");
    for (int i = 0; i < 250; i++) {
      text.append("P").append(i).append(",东昌区,产业,在建\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> projects(TableFixtures.projectReader().maxProblems(5).build(), bytes))
        .isInstanceOfSatisfying(TableReadException.class, e -> {
          assertThat(e.problemCount()).isEqualTo(250);
          assertThat(e.problems()).hasSize(5);
          assertThat(e.getMessage())
              .startsWith("test.csv: 250 problems; the table was not read\n  test.csv row 2, column B (所属县区) '东昌区':"
                  + " is not a county-level unit here; known: 东昌府区, 茌平区")
              .endsWith("\n  and 245 more");
        });
  }

  @Test
  void xlsxNumbersAreNumericCellsOrTextAndComputedNoiseIsExcelsFifteenDigits() throws IOException {
    byte[] bytes = TableFixtures.xlsx("项目", sheet -> {
      row(sheet, 0, "2022年重点项目表（单位：亿元）");
      sheet.range(0, 0, 0, 4).merge();
      row(sheet, 1, "项目名称", "所属县区", "项目类别", "开工状态", "总投资", "年度计划投资（万元）", "计划年度");
      row(sheet, 2, "A", "冠县", "产业", "在建", Math.nextUp(13.8), "12,500", 2022);
      row(sheet, 3, "B", "临清市", "产业", "在建", new java.math.BigDecimal("3.7"), 1250.5, "2023年");
    });

    ReadResult<Project> read = TableFixtures.projectReader().build()
        .readXlsx(new ByteArrayInputStream(bytes), "projects.xlsx");

    assertThat(read.values()).extracting(p -> p.totalInvestment().orElseThrow())
        .containsExactly(Yuan.parse("13.8亿元"), Yuan.parse("3.7亿元"));
    assertThat(read.values()).extracting(p -> p.annualPlannedInvestment().orElseThrow())
        .containsExactly(Yuan.ofWan(12500), Yuan.parse("1250.5万元"));
    assertThat(read.values()).extracting(Project::planYear).containsExactly(2022, 2023);
    assertThat(read.skippedRows()).extracting(SkippedRow::reason).containsExactly(SkipReason.TITLE);
    assertThat(read.sheet()).contains("项目");
  }

  @Test
  void aNamedSheetIsRead() throws IOException {
    byte[] two = twoSheets();

    assertThat(TableFixtures.projectReader().sheet("项目表").build()
        .readXlsx(new ByteArrayInputStream(two), "two.xlsx").values()).extracting(Project::name).containsExactly("A");
  }

  private static byte[] twoSheets() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "PingyiTest", "1.0");
      row(workbook.newWorksheet("说明"), 0, "见第二页");
      org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("项目表");
      row(sheet, 0, "项目名称", "所属县区", "项目类别", "开工状态");
      row(sheet, 1, "A", "冠县", "产业", "在建");
      workbook.finish();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void scoreSheetsReadUnitsByNameOrByTheirCountyAndTheVetoColumnByWordOrReason() throws IOException {
    byte[] bytes = csv(GBK,
        "2022年上半年综合评议得分",
        "县（市、区）,基础评议得分,现场评议得分,加分,加分事由,扣分,一票否决",
        "茌平区,95.5,92,,,,否",
        "冠县,93,94.25分,1.5,省级表彰,0,",
        "开发区管委会,93,94.25,,,,",
        "临清市,90.1234,88,,,2,",
        "度假区,99,99,,,,重大安全事故");

    ReadResult<ScoreSheet> read = TableFixtures.sheetReader().build().readCsv(new ByteArrayInputStream(bytes), "s.csv");

    assertThat(read.values()).hasSize(5);
    assertThat(read.values().get(0)).isEqualTo(TableFixtures.SHEETS.get(0));
    assertThat(read.values().get(1)).isEqualTo(TableFixtures.SHEETS.get(1));
    assertThat(read.values().get(3).deductions()).containsExactly(ScoreAdjustment.of(Score.of(2), "扣分"));
    assertThat(read.values().get(4)).isEqualTo(TableFixtures.SHEETS.get(4));
  }

  @Test
  void aYesInTheVetoColumnTakesTheReasonColumnOrTheWordVeto() throws IOException {
    byte[] bytes = csv(StandardCharsets.UTF_8,
        "单位,基础评议分,现场评议分,一票否决,否决事由",
        "冠县政府,90,90,是,信访问题",
        "临清市政府,90,90,√,");

    List<ScoreSheet> read = TableFixtures.sheetReader().build()
        .readCsv(new ByteArrayInputStream(bytes), "s.csv").values();

    assertThat(read).extracting(s -> s.vetoReason().orElseThrow()).containsExactly("信访问题", "一票否决");
  }

  @Test
  void aCallerMayNameAScoreColumnAndAddComponents() throws IOException {
    ScoreComponent special = ScoreComponent.of("专项考核分", Score.ZERO, Score.of(10));
    byte[] bytes = csv(StandardCharsets.UTF_8, "单位,基础分,现场评议,专项考核得分", "市农业农村局,88,90,9.5");

    ScoreSheet sheet = TableFixtures.sheetReader()
        .component("基础分", ScoreComponent.BASE_EVALUATION)
        .component(special)
        .build()
        .readCsv(new ByteArrayInputStream(bytes), "s.csv").values().get(0);

    assertThat(sheet.scores()).containsEntry(ScoreComponent.BASE_EVALUATION, Score.of(88))
        .containsEntry(ScoreComponent.ON_SITE_EVALUATION, Score.of(90))
        .containsEntry(special, Score.parse("9.5"));
  }

  @Test
  void readingAPathNamesTheFileAndClosesIt(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = dir.resolve("台账.csv");
    java.nio.file.Files.write(file, csv(Charset.forName("GB18030"), "项目名称,所属县区,项目类别,开工状态", "A,冠县,产业,在建"));

    ReadResult<Project> read = TableFixtures.projectReader().build().readCsv(file);

    assertThat(read.source()).isEqualTo("台账.csv");
    assertThat(read.values()).hasSize(1);
    java.nio.file.Files.delete(file);
  }
}
