package dev.pingyi.benchmarks;

import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A projects ledger of {@code size} rows as an office sends it, written as a CSV file from the
 * {@link ProjectWorkload} of the same size: Chinese headers, a 序号 column no reader needs, an id,
 * a name, a county of the 3 000 synthetic ones by name, a level, a category and a status as
 * words (已开工, 续建, 未开工…), and the three figures in 万元 with two decimals. The figures are
 * the workload's, cut to whole hundreds of yuan (0.01 万元), so the annual plan and the completed
 * investment stay within the total.
 *
 * <p>The answer every reader of the file must give is {@link #expectedTotals()}: per county, the
 * number of projects and of started ones and the three sums in fen; and a bare parse must see
 * {@link #records} records of {@link #FIELDS} fields holding {@link #chars} characters.
 */
final class CsvWorkload {

  /** The header row, as offices write it. */
  static final List<String> HEADER = List.of(
      "序号", "项目编号", "项目名称", "所属县区", "项目级别", "项目类别", "开工状态",
      "总投资（万元）", "年度计划投资（万元）", "已完成投资（万元）");
  static final int FIELDS = 10;
  /** The plan year of the ledger, which its rows do not repeat. */
  static final int PLAN_YEAR = 2022;
  /** Fen in one hundredth of 万元. */
  static final long FEN_PER_CELL_UNIT = 10_000;

  /** What projects are named after: a county's name, then one of these, then 项目 and a phase. */
  private static final String[] SUBJECTS = {
    "年产10万吨高性能纤维", "新能源汽车零部件产业园", "智能装备制造基地", "城乡供水一体化",
    "老旧小区改造", "高标准农田建设", "人民医院新院区", "冷链物流园区", "光伏发电",
    "第二实验学校", "污水处理厂提标改造", "数字经济产业园", "精细化工新材料", "国道改线工程",
    "文化旅游综合体", "生物医药创新中心", "农产品加工园", "储能电站", "供热管网改造", "体育中心"
  };
  private static final String[] PHASES = {"", "（一期）", "（二期）", "（三期）"};

  final int size;
  final ProjectWorkload projects;
  /** The figures as written, in hundredths of 万元. */
  final long[] total;
  final long[] plan;
  final long[] completed;
  /** The file's records (header included), and the characters of all their fields. */
  final long records;
  final long chars;
  final Path file;

  private CsvWorkload(int size, Path file) throws IOException {
    this.size = size;
    this.file = file;
    this.projects = ProjectWorkload.of(size);
    total = new long[size];
    plan = new long[size];
    completed = new long[size];
    for (int i = 0; i < size; i++) {
      total[i] = projects.total[i] / FEN_PER_CELL_UNIT;
      plan[i] = projects.plan[i] / FEN_PER_CELL_UNIT;
      completed[i] = projects.completed[i] / FEN_PER_CELL_UNIT;
    }
    this.records = size + 1L;
    this.chars = write();
  }

  /** The workload of the given size, its file written to a new temporary file. */
  static CsvWorkload of(int size) throws IOException {
    Path file = Files.createTempFile("pingyi-projects-" + size + "-", ".csv");
    file.toFile().deleteOnExit();
    return new CsvWorkload(size, file);
  }

  /** The name of county c, as the file and the lookup write it. */
  static String countyName(int c) {
    return PingyiTotals.countyName(c);
  }

  /** Writes the file, UTF-8 without a byte-order mark, CRLF; returns the characters of its fields. */
  private long write() throws IOException {
    SplittableRandom random = new SplittableRandom(ProjectWorkload.SEED ^ 0x5C5C5C5CL ^ size);
    ProjectStatus[] statuses = ProjectStatus.values();
    ProjectLevel[] levels = ProjectLevel.values();
    ProjectCategory[] categories = ProjectCategory.values();
    long fieldChars = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String[] cells = HEADER.toArray(String[]::new);
      fieldChars += writeRow(out, cells);
      for (int i = 0; i < size; i++) {
        String county = countyName(projects.county[i]);
        List<String> words = statuses[projects.status[i]].chineseWords().asList();
        cells[0] = Integer.toString(i + 1);
        cells[1] = "XM" + PLAN_YEAR + "-" + (1_000_000_000 + i);
        cells[2] = county + SUBJECTS[random.nextInt(SUBJECTS.length)] + "项目" + PHASES[random.nextInt(PHASES.length)];
        cells[3] = county;
        cells[4] = levels[random.nextInt(levels.length)].chineseName();
        cells[5] = categories[random.nextInt(categories.length)].chineseName();
        cells[6] = words.get(random.nextInt(Math.min(3, words.size())));
        cells[7] = wan(total[i]);
        cells[8] = wan(plan[i]);
        cells[9] = wan(completed[i]);
        fieldChars += writeRow(out, cells);
      }
    }
    return fieldChars;
  }

  private static long writeRow(BufferedWriter out, String[] cells) throws IOException {
    long chars = 0;
    for (int k = 0; k < cells.length; k++) {
      if (k > 0) {
        out.write(',');
      }
      out.write(cells[k]);
      chars += cells[k].length();
    }
    out.write("\r\n");
    return chars;
  }

  /** Hundredths of 万元 as a cell holds them: 12345.60. */
  static String wan(long hundredths) {
    long cents = hundredths % 100;
    return hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
  }

  /** Per county: projects, started projects, and the three sums in fen, as {@link ProjectWorkload#expectedTotals()}. */
  long[][] expectedTotals() {
    long[][] totals = new long[ProjectWorkload.COUNTIES][5];
    for (int i = 0; i < size; i++) {
      long[] t = totals[projects.county[i]];
      t[ProjectWorkload.COUNT]++;
      t[ProjectWorkload.STARTED] += projects.started(i) ? 1 : 0;
      t[ProjectWorkload.TOTAL] += total[i] * FEN_PER_CELL_UNIT;
      t[ProjectWorkload.PLAN] += plan[i] * FEN_PER_CELL_UNIT;
      t[ProjectWorkload.COMPLETED] += completed[i] * FEN_PER_CELL_UNIT;
    }
    return totals;
  }

  /** Deletes the file. */
  void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}
