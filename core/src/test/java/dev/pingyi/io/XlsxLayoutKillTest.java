package dev.pingyi.io;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The layout of the sheets {@code XlsxOut} writes, read from the workbook's XML: the width of each
 * column from its widest text (two for a Chinese character, one for ASCII, two more, at most 60),
 * a bold and frozen header row, numbers of up to 15 digits as number cells.
 */
class XlsxLayoutKillTest {

  private static final Pattern COL = Pattern.compile("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([0-9.]+)\"");

  @Test
  void aColumnIsAsWideAsItsWidestTextAndTwoMore() throws IOException {
    // six U+2E80, the first character counted as two: 12 against the header 项目名称's 8
    String sheet = sheet("GX-01", "\u2E80".repeat(6), "12345678901234.56元");
    Map<Integer, String> widths = widths(sheet);
    assertThat(widths.get(1)).isEqualTo("10.0"); // 项目编号 (8) wider than GX-01 (5)
    assertThat(widths.get(2)).isEqualTo("14.0");
    assertThat(widths.get(8)).isEqualTo("19.0"); // 1234567890.123456 (17), in 万元
  }

  @Test
  void aColumnIsAtMostSixtyWide() throws IOException {
    assertThat(widths(sheet("GX-01", "高端宠物食品项目".repeat(4), "2亿元")).get(2)).isEqualTo("60.0");
    assertThat(widths(sheet("GX-01", "a".repeat(54) + "项目", "2亿元")).get(2)).isEqualTo("60.0");
    assertThat(widths(sheet("GX-01", "a".repeat(53) + "项目", "2亿元")).get(2)).isEqualTo("59.0");
  }

  @Test
  void aNumberOfFifteenDigitsIsANumberCellAndOfSixteenItsText() throws IOException {
    assertThat(cell(sheet("GX-01", "项目", "1234567890123.45元"), "H2"))
        .isEqualTo("<c r=\"H2\" s=\"3\" t=\"n\"><v>123456789.012345</v></c>");
    assertThat(cell(sheet("GX-01", "项目", "12345678901234.56元"), "H2")).contains("t=\"s\"");
  }

  @Test
  void theHeaderRowIsBoldAndFrozen() throws IOException {
    Map<String, String> parts = parts(workbook("GX-01", "项目", "2亿元"));
    String sheet = requireNonNull(parts.get("xl/worksheets/sheet1.xml"));
    assertThat(sheet).contains("<pane xSplit=\"0\" ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>");
    String styles = requireNonNull(parts.get("xl/styles.xml"));
    for (String header : List.of("A1", "B1", "J1")) {
      assertThat(isBold(styles, style(cell(sheet, header)))).as(header).isTrue();
    }
    assertThat(isBold(styles, style(cell(sheet, "A2")))).isFalse();
  }

  private static int style(String cell) {
    Matcher m = Pattern.compile(" s=\"(\\d+)\"").matcher(cell);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static boolean isBold(String styles, int style) {
    String cellXfs = styles.substring(styles.indexOf("<cellXfs"));
    Matcher xf = Pattern.compile("<xf [^>]*fontId=\"(\\d+)\"").matcher(cellXfs);
    for (int i = 0; i <= style; i++) {
      assertThat(xf.find()).isTrue();
    }
    int font = Integer.parseInt(xf.group(1));
    String[] fonts = styles.substring(styles.indexOf("<fonts"), styles.indexOf("</fonts>")).split("<font>");
    return fonts[font + 1].contains("<b/>");
  }

  private static String cell(String sheet, String ref) {
    Matcher m = Pattern.compile("<c r=\"" + ref + "\"[^>]*>.*?</c>").matcher(sheet);
    assertThat(m.find()).as("cell %s", ref).isTrue();
    return m.group();
  }

  private static Map<Integer, String> widths(String sheet) {
    Map<Integer, String> widths = new HashMap<>();
    Matcher m = COL.matcher(sheet);
    while (m.find()) {
      widths.put(Integer.parseInt(m.group(1)), m.group(2));
    }
    return widths;
  }

  private static String sheet(String id, String name, String total) throws IOException {
    return requireNonNull(parts(workbook(id, name, total)).get("xl/worksheets/sheet1.xml"));
  }

  private static byte[] workbook(String id, String name, String total) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxOut.write(List.of(TableWriter.projects(List.of(
        TableFixtures.project(id, name, TableFixtures.GUANXIAN, total, "12500万元", "1.5元")))), out);
    return out.toByteArray();
  }

  private static Map<String, String> parts(byte[] workbook) throws IOException {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
