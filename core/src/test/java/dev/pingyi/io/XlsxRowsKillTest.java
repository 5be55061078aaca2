package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The date formats and formula values of .xlsx cells, read from workbooks written here entry by
 * entry: fastexcel's writer makes neither a number format of a built-in id with a code of its own
 * nor a formula with a saved value, which decide these rules.
 */
class XlsxRowsKillTest {

  /** 2022-03-15 as an Excel serial day (1900 date system). */
  private static final String MARCH_15 = "44635";

  @Test
  void theChineseDateIdsAreDatesWhateverTheirCode() throws IOException {
    // numFmtId 27-36 and 50-58 are the East Asian built-in date formats; the workbook states them
    // with the code 0.00, so only their id makes them dates
    for (int id : new int[] {27, 30, 36, 50, 57, 58}) {
      assertThat(numberWithFormat(id, "0.00", MARCH_15)).as("numFmtId %d", id).isEqualTo("2022-03-15");
    }
  }

  @Test
  void theIdsNextToTheDateRangesAreNumbers() throws IOException {
    // 13 (# ??/??), 37 (#,##0 ;(#,##0)), 48 (##0.0E+0), 49 (@) are built-in number formats;
    // 23, 26, 44 and 59 are given the code 0.00 here
    for (int id : new int[] {13, 23, 26, 37, 44, 48, 49, 59}) {
      assertThat(numberWithFormat(id, "0.00", MARCH_15)).as("numFmtId %d", id).isEqualTo(MARCH_15);
    }
  }

  @Test
  void theBuiltInDateFormatsAtTheEndsOfTheirRangesAreDates() throws IOException {
    // fastexcel gives these ids their built-in codes (mm-dd-yy, m/d/yy h:mm, mm:ss, mmss.0)
    for (int id : new int[] {14, 22, 45, 47}) {
      assertThat(numberWithFormat(id, "0.00", MARCH_15)).as("numFmtId %d", id).isEqualTo("2022-03-15");
    }
    assertThat(numberWithFormat(22, "0.00", "44635.75")).isEqualTo("2022-03-15 18:00");
  }

  @Test
  void aCustomFormatIsADateByAnyOfItsLettersOutsideQuotesBracketsAndEscapes() throws IOException {
    assertThat(numberWithFormat(164, "yyyy", "44635.5")).isEqualTo("2022-03-15 12:00");
    assertThat(numberWithFormat(164, "S", MARCH_15)).isEqualTo("2022-03-15");
    assertThat(numberWithFormat(164, "[Red]yyyy-mm-dd", MARCH_15)).isEqualTo("2022-03-15");
    assertThat(numberWithFormat(164, "\"x\"d", MARCH_15)).isEqualTo("2022-03-15");
    assertThat(numberWithFormat(164, "0.00", MARCH_15)).isEqualTo(MARCH_15);
    assertThat(numberWithFormat(164, "\"day\"0", MARCH_15)).isEqualTo(MARCH_15);
    assertThat(numberWithFormat(164, "[Red]0.00", MARCH_15)).isEqualTo(MARCH_15);
    assertThat(numberWithFormat(164, "\\d0", MARCH_15)).isEqualTo(MARCH_15);
    assertThat(numberWithFormat(164, "\\\\0", MARCH_15)).isEqualTo(MARCH_15);
  }

  @Test
  void aNumberBeyondEveryDateIsKeptAsTheNumber() throws IOException {
    assertThat(numberWithFormat(14, "0.00", "1E300")).isEqualTo("1E300");
    assertThat(numberWithFormat(164, "yyyy-mm-dd", "1E300")).isEqualTo("1E300");
  }

  @Test
  void aNumberWithoutAFormatIsItsShortestDecimal() throws IOException {
    try (XlsxRows rows = XlsxRows.open(workbook(List.of(),
        "<row r=\"1\"><c r=\"A1\"><v>" + MARCH_15 + "</v></c><c r=\"B1\"><v>13.800000000000001</v></c></row>"),
        null)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.cell(0)).isEqualTo(MARCH_15);
      assertThat(rows.cell(1)).isEqualTo("13.8");
    }
  }

  @Test
  void aFormulaIsTheValueSavedForIt() throws IOException {
    try (XlsxRows rows = XlsxRows.open(workbook(List.of(), "<row r=\"1\">"
        + "<c r=\"A1\"><f>B1/3</f><v>14878.333333333334</v></c>"
        + "<c r=\"B1\" t=\"str\"><f>\"1\"&amp;\"2\"</f><v>1234567890.12345678</v></c>"
        + "<c r=\"C1\" t=\"str\"><f>\"a\"</f><v>abc</v></c>"
        + "</row>"), null)) {
      assertThat(rows.next()).isTrue();
      // a number: rounded to Excel's 15 digits
      assertThat(rows.cell(0)).isEqualTo("14878.3333333333");
      assertThat(rows.cellProblem(0)).isNull();
      // a text that looks like a number: kept as it is
      assertThat(rows.cell(1)).isEqualTo("1234567890.12345678");
      assertThat(rows.cellProblem(1)).isNull();
      assertThat(rows.cell(2)).isEqualTo("abc");
      assertThat(rows.cellProblem(2)).isNull();
    }
  }

  @Test
  void aFormulaWhoseValueIsAnErrorIsAProblemOfItsCell() throws IOException {
    try (XlsxRows rows = XlsxRows.open(workbook(List.of(), "<row r=\"1\">"
        + "<c r=\"A1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
        + "<c r=\"B1\" t=\"e\"><f>NA()</f><v>#N/A</v></c>"
        + "<c r=\"C1\" t=\"e\"><v>#REF!</v></c>"
        + "<c r=\"D1\"><f>A1</f></c>"
        + "</row>"), null)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.cell(0)).isEmpty();
      assertThat(rows.cellProblem(0)).isEqualTo("holds the formula =1/0, whose value is the error #DIV/0!");
      assertThat(rows.cellProblem(1)).isEqualTo("holds the formula =NA(), whose value is the error #N/A");
      assertThat(rows.cellProblem(2)).isEqualTo("holds the error value #REF!");
      assertThat(rows.cell(3)).isEmpty();
      assertThat(rows.cellProblem(3)).startsWith("holds the formula =A1 with no value saved");
    }
  }

  @Test
  void theRowNumberIsTheWorkbooksAcrossSkippedRows() throws IOException {
    try (XlsxRows rows = XlsxRows.open(workbook(List.of(),
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
            + "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>b</t></is></c></row>"), null)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.rowNumber()).isEqualTo(2);
      assertThat(rows.cell(0)).isEqualTo("a");
      assertThat(rows.next()).isTrue();
      assertThat(rows.rowNumber()).isEqualTo(5);
      assertThat(rows.cell(0)).isEmpty();
      assertThat(rows.cell(1)).isEqualTo("b");
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void aRowWithoutItsNumberFollowsTheRowBeforeIt() throws IOException {
    // fastexcel counts such a row by the rows read so far (2 and 3 here), below the rows before
    try (XlsxRows rows = XlsxRows.open(workbook(List.of(),
        "<row r=\"3\"><c><v>1</v></c></row><row><c><v>2</v></c></row><row><c><v>3</v></c></row>"
            + "<row r=\"9\"><c><v>4</v></c></row>"), null)) {
      List<String> read = new ArrayList<>();
      while (rows.next()) {
        read.add(rows.rowNumber() + ":" + rows.cell(0));
      }
      assertThat(read).containsExactly("3:1", "4:2", "5:3", "9:4");
    }
  }

  /** The text read from a number cell of the given value whose style has the number format. */
  private static String numberWithFormat(int id, String code, String value) throws IOException {
    try (XlsxRows rows = XlsxRows.open(workbook(List.of(new StyleFormat(id, code)),
        "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>" + value + "</v></c></row>"), null)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.cellProblem(0)).isNull();
      return rows.cell(0);
    }
  }

  /** A number format stated in the workbook's styles. */
  record StyleFormat(int id, String code) {}

  /**
   * A workbook of one sheet with the sheet data given, and a style for each format (style 0 is
   * General, format i is style i + 1).
   */
  static byte[] workbook(List<StyleFormat> formats, String sheetData) throws IOException {
    StringBuilder numFmts = new StringBuilder();
    StringBuilder xfs = new StringBuilder("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
    for (StyleFormat f : formats) {
      numFmts.append("<numFmt numFmtId=\"").append(f.id()).append("\" formatCode=\"")
          .append(f.code().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")).append("\"/>");
      xfs.append("<xf numFmtId=\"").append(f.id())
          .append("\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
    }
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    String rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    String office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    List<String[]> entries = new ArrayList<>();
    entries.add(new String[] {"[Content_Types].xml", xml
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\""
        + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
        + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\""
        + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + "</Types>"});
    entries.add(new String[] {"_rels/.rels", xml + "<Relationships xmlns=\"" + rels + "\">"
        + "<Relationship Id=\"rId1\" Type=\"" + office + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"});
    entries.add(new String[] {"xl/workbook.xml", xml + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + office + "\">"
        + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
    entries.add(new String[] {"xl/_rels/workbook.xml.rels", xml + "<Relationships xmlns=\"" + rels + "\">"
        + "<Relationship Id=\"rId1\" Type=\"" + office + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"" + office + "/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>"});
    entries.add(new String[] {"xl/styles.xml", xml + "<styleSheet xmlns=\"" + main + "\">"
        + "<numFmts count=\"" + formats.size() + "\">" + numFmts + "</numFmts>"
        + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
        + "<borders count=\"1\"><border/></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"" + (formats.size() + 1) + "\">" + xfs + "</cellXfs></styleSheet>"});
    entries.add(new String[] {"xl/worksheets/sheet1.xml", xml + "<worksheet xmlns=\"" + main + "\">"
        + "<sheetData>" + sheetData + "</sheetData></worksheet>"});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String[] entry : entries) {
        zip.putNextEntry(new ZipEntry(entry[0]));
        zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
