package dev.pingyi.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The floor of reading the ledger: the least work for the same answer. FastCSV's parse, the
 * header's columns found once, then each row into primitive columns: the county by a hash lookup
 * of its name, level, category and status by a lookup of their words, the three figures parsed
 * digit by digit into fen; id and name kept as the strings the parser made. No rule is checked
 * beyond what the parse needs, and the first cell it cannot read stops it.
 */
final class FloorCsv implements CsvEngine {

  /** The columns read, as arrays of {@link #size} values. */
  record Columns(int size, String[] id, String[] name, int[] county, byte[] level, byte[] category, byte[] status,
      long[] total, long[] plan, long[] completed) {}

  private static final int ID = 0;
  private static final int NAME = 1;
  private static final int COUNTY = 2;
  private static final int LEVEL = 3;
  private static final int CATEGORY = 4;
  private static final int STATUS = 5;
  private static final int TOTAL = 6;
  private static final int PLAN = 7;
  private static final int COMPLETED = 8;
  private static final String[] HEADERS = {
    "项目编号", "项目名称", "所属县区", "项目级别", "项目类别", "开工状态", "总投资（万元）", "年度计划投资（万元）", "已完成投资（万元）"
  };

  private final Path file;
  private final Map<String, Integer> countyByName = new HashMap<>();
  private final Map<String, Byte> statusByWord = new HashMap<>();
  private final Map<String, Byte> levelByWord = new HashMap<>();
  private final Map<String, Byte> categoryByWord = new HashMap<>();

  FloorCsv(CsvWorkload w) {
    this.file = w.file;
    for (int c = 0; c < ProjectWorkload.COUNTIES; c++) {
      countyByName.put(CsvWorkload.countyName(c), c);
    }
    for (ProjectStatus s : ProjectStatus.values()) {
      s.chineseWords().forEach(word -> statusByWord.put(word, (byte) s.ordinal()));
    }
    for (ProjectLevel l : ProjectLevel.values()) {
      l.chineseWords().forEach(word -> levelByWord.put(word, (byte) l.ordinal()));
    }
    for (ProjectCategory c : ProjectCategory.values()) {
      c.chineseWords().forEach(word -> categoryByWord.put(word, (byte) c.ordinal()));
    }
  }

  @Override
  public Columns read() throws IOException {
    int capacity = 1024;
    int n = 0;
    String[] id = new String[capacity];
    String[] name = new String[capacity];
    int[] county = new int[capacity];
    byte[] level = new byte[capacity];
    byte[] category = new byte[capacity];
    byte[] status = new byte[capacity];
    long[] total = new long[capacity];
    long[] plan = new long[capacity];
    long[] completed = new long[capacity];
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
      Iterator<CsvRecord> records = csv.iterator();
      int[] at = columns(records.next());
      while (records.hasNext()) {
        CsvRecord r = records.next();
        if (n == capacity) {
          capacity *= 2;
          id = Arrays.copyOf(id, capacity);
          name = Arrays.copyOf(name, capacity);
          county = Arrays.copyOf(county, capacity);
          level = Arrays.copyOf(level, capacity);
          category = Arrays.copyOf(category, capacity);
          status = Arrays.copyOf(status, capacity);
          total = Arrays.copyOf(total, capacity);
          plan = Arrays.copyOf(plan, capacity);
          completed = Arrays.copyOf(completed, capacity);
        }
        id[n] = r.getField(at[ID]);
        name[n] = r.getField(at[NAME]);
        county[n] = lookUp(countyByName, r.getField(at[COUNTY]));
        level[n] = lookUp(levelByWord, r.getField(at[LEVEL]));
        category[n] = lookUp(categoryByWord, r.getField(at[CATEGORY]));
        status[n] = lookUp(statusByWord, r.getField(at[STATUS]));
        total[n] = fenOfWan(r.getField(at[TOTAL]));
        plan[n] = fenOfWan(r.getField(at[PLAN]));
        completed[n] = fenOfWan(r.getField(at[COMPLETED]));
        n++;
      }
    }
    return new Columns(n, id, name, county, level, category, status, total, plan, completed);
  }

  /** The index of each column read in the header's fields. */
  private static int[] columns(CsvRecord header) {
    int[] at = new int[HEADERS.length];
    for (int k = 0; k < HEADERS.length; k++) {
      at[k] = header.getFields().indexOf(HEADERS[k]);
      if (at[k] < 0) {
        throw new IllegalStateException("FloorCsv: no column " + HEADERS[k]);
      }
    }
    return at;
  }

  private static <V> V lookUp(Map<String, V> map, String key) {
    V value = map.get(key);
    if (value == null) {
      throw new IllegalStateException("FloorCsv: unknown word " + key);
    }
    return value;
  }

  /** An amount in 万元 with at most two decimals (12345.60), in fen. */
  static long fenOfWan(String text) {
    long value = 0;
    int decimals = -1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        throw new IllegalStateException("FloorCsv: not an amount: " + text);
      }
    }
    if (n == 0 || decimals > 2) {
      throw new IllegalStateException("FloorCsv: not an amount in 万元 with two decimals: " + text);
    }
    for (int d = Math.max(decimals, 0); d < 2; d++) {
      value = Math.multiplyExact(value, 10);
    }
    return Math.multiplyExact(value, CsvWorkload.FEN_PER_CELL_UNIT);
  }

  @Override
  public void verify(Object result, CsvWorkload w) {
    Columns c = (Columns) result;
    long[][] rows = new long[ProjectWorkload.COUNTIES][5];
    for (int i = 0; i < c.size(); i++) {
      long[] t = rows[c.county()[i]];
      t[ProjectWorkload.COUNT]++;
      t[ProjectWorkload.STARTED] += c.status()[i] != ProjectStatus.PLANNED.ordinal() ? 1 : 0;
      t[ProjectWorkload.TOTAL] += c.total()[i];
      t[ProjectWorkload.PLAN] += c.plan()[i];
      t[ProjectWorkload.COMPLETED] += c.completed()[i];
    }
    Verify.sameTotals(FLOOR, w.expectedTotals(), rows);
  }
}
