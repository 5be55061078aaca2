package dev.pingyi.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the example's files that are not plain UTF-8 text, from the rows below: the project
 * ledger {@code projects.xlsx} (a merged title row above Chinese headers, as an office keeps it in
 * Excel) and the two illustrative score sheets, GBK CSV with CRLF line ends as an office's
 * spreadsheet exports them. The generated files are committed under {@code
 * src/main/resources/liaocheng-2022h1}; {@code ExampleDataTest} checks that they still hold these
 * rows. After changing a row, regenerate them with
 *
 * <pre>mvn -q -pl examples -am test-compile exec:java@generate-data</pre>
 *
 * <p>The ledger holds the key projects the report names with a status, and only the figures the
 * report gives: a blank amount is one the report does not give. The score sheets are
 * illustrative: the report publishes places, not scores. Their scores were chosen so that 70 %
 * base + 30 % on-site reproduces the published county-level order; the tie variant changes one
 * on-site score so that 开发区管委会 ties 冠县政府 exactly.
 */
public final class ExampleDataGenerator {

  /** The ledger's file name. */
  static final String LEDGER = "projects.xlsx";

  /** The illustrative score sheets' file name. */
  static final String SCORES = "scores-illustrative.csv";

  /** The illustrative score sheets with one tie. */
  static final String TIE_SCORES = "scores-illustrative-tie.csv";

  /** The character set offices' spreadsheets export CSV in on Chinese Windows. */
  static final Charset GBK = Charset.forName("GBK");

  static final String LEDGER_TITLE = "2022年上半年全市高质量发展重点项目现场观摩 报道所列项目台账";

  static final List<String> LEDGER_HEADERS = List.of(
      "序号", "项目名称", "所属县区", "项目类别", "开工状态", "总投资（亿元）", "年度计划投资（亿元）", "备注");

  /** Columns written as numbers; the others are text. */
  private static final List<Integer> NUMBER_COLUMNS = List.of(0, 5, 6);

  static final List<List<String>> LEDGER_ROWS = List.of(
      List.of("1", "山东乐宝宠物食品有限公司高端宠物食品项目", "冠县", "产业项目", "在建", "13.8", "",
          "宠物食品生产线，涵盖海鲜肉、高营养等全系列宠物食品"),
      List.of("2", "仁泽复合材料有限公司镀锌锌镁生产线项目", "冠县", "产业项目", "在建", "", "",
          "年产镀锌锌镁板35万吨；全部投产后销售收入16亿元、税收4500万元，就业岗位100余个"),
      List.of("3", "冠县莱达复合材料有限公司镀锌锌镁生产线项目", "冠县", "产业项目", "投产", "", "",
          "两条新上生产线；能耗降低20%，氮氧化物处理率90%以上"),
      List.of("4", "海亮奥博特年产4.8万吨智能化生产线及4条生产线智能化改造项目", "临清市", "产业项目", "在建", "", "3.7",
          "今年投资3.7亿元；全部投产后年产能12万吨"),
      List.of("5", "临清经济开发区电子信息产业园", "临清市", "产业项目", "在建", "8", "",
          "分三期建设，一、二期已交付使用"),
      List.of("6", "山东洛奥医药健康产业园", "临清市", "产业项目", "在建", "", "",
          "一期年底前投产，年产量1000吨"),
      List.of("7", "邓楼安置区一期项目", "度假区", "城市建设项目", "在建", "", "",
          "14栋高层住宅楼，预计2022年10月竣工交付"),
      List.of("8", "度假区实验学校项目", "度假区", "社会民生项目", "在建", "", "",
          "初中部36个班级、小学部18个班级，秋季招生"),
      List.of("9", "市“一校三馆”项目", "度假区", "社会民生项目", "在建", "", "",
          "建成后为全市规模最大的公共文化设施"));

  /** One unit's illustrative scores. */
  record ScoreRow(String unit, String base, String onSite) {}

  static final String SCORES_TITLE =
      "2022年上半年政府系统综合评议 县（市、区）政府、市属开发区管委会 评议得分（示例数据：报道未公布分数，本表仅为演示）";

  static final String TIE_SCORES_TITLE =
      "2022年上半年政府系统综合评议 县（市、区）政府、市属开发区管委会 评议得分（示例数据，并列示例：开发区管委会现场评议分为92.7）";

  /** In the office's order of the units (by division code, then the zones), not in rank order. */
  static final List<ScoreRow> SCORE_ROWS = List.of(
      new ScoreRow("东昌府区政府", "92.0", "89.5"),
      new ScoreRow("茌平区政府", "95.2", "93.0"),
      new ScoreRow("阳谷县政府", "88.5", "88.0"),
      new ScoreRow("莘县政府", "91.4", "92.2"),
      new ScoreRow("东阿县政府", "88.9", "89.2"),
      new ScoreRow("冠县政府", "93.6", "95.5"),
      new ScoreRow("高唐县政府", "93.1", "91.6"),
      new ScoreRow("临清市政府", "90.3", "91.0"),
      new ScoreRow("开发区管委会", "94.8", "91.0"),
      new ScoreRow("高新区管委会", "92.5", "93.8"),
      new ScoreRow("度假区管委会", "89.6", "90.4"));

  /** The tie variant's one change: 94.8 × 70 % + 92.7 × 30 % = 94.17, 冠县政府's composite. */
  static final ScoreRow TIE_CHANGE = new ScoreRow("开发区管委会", "94.8", "92.7");

  private ExampleDataGenerator() {}

  /** Writes the three files into the directory given, by default the example's resources. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/liaocheng-2022h1");
    writeAll(dir);
    System.out.println("wrote " + LEDGER + ", " + SCORES + ", " + TIE_SCORES + " in " + dir.toAbsolutePath());
  }

  static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (OutputStream out = Files.newOutputStream(dir.resolve(LEDGER))) {
      writeLedger(out);
    }
    Files.write(dir.resolve(SCORES), scoresCsv(false));
    Files.write(dir.resolve(TIE_SCORES), scoresCsv(true));
  }

  static void writeLedger(OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Pingyi examples", "1.0");
    Worksheet sheet = workbook.newWorksheet("重点项目");
    sheet.value(0, 0, LEDGER_TITLE);
    sheet.range(0, 0, 0, LEDGER_HEADERS.size() - 1).merge();
    sheet.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
    for (int c = 0; c < LEDGER_HEADERS.size(); c++) {
      sheet.value(1, c, LEDGER_HEADERS.get(c));
      sheet.style(1, c).bold().set();
    }
    for (int r = 0; r < LEDGER_ROWS.size(); r++) {
      List<String> row = LEDGER_ROWS.get(r);
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        if (cell.isEmpty()) {
          continue;
        }
        if (NUMBER_COLUMNS.contains(c)) {
          sheet.value(r + 2, c, new BigDecimal(cell));
        } else {
          sheet.value(r + 2, c, cell);
        }
      }
    }
    sheet.width(1, 60);
    sheet.width(7, 60);
    workbook.finish();
  }

  static byte[] scoresCsv(boolean tie) {
    StringBuilder csv = new StringBuilder();
    csv.append(tie ? TIE_SCORES_TITLE : SCORES_TITLE).append("\r\n");
    csv.append("序号,单位,基础评议分,现场评议分\r\n");
    for (int i = 0; i < SCORE_ROWS.size(); i++) {
      ScoreRow row = SCORE_ROWS.get(i);
      if (tie && row.unit().equals(TIE_CHANGE.unit())) {
        row = TIE_CHANGE;
      }
      csv.append(i + 1).append(',').append(row.unit()).append(',').append(row.base()).append(',')
          .append(row.onSite()).append("\r\n");
    }
    return csv.toString().getBytes(GBK);
  }
}
