package dev.pingyi.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;

/**
 * FastCSV's bare parse of the file: its own reader over the path (UTF-8), every record split into
 * fields and every field's length read, so that no field can go unmade. The floor of "just
 * splitting the file into fields", which the target is measured against.
 */
final class FastCsvBare implements CsvEngine {

  private final Path file;

  FastCsvBare(CsvWorkload w) {
    this.file = w.file;
  }

  /** The number of records, of fields and of characters in the fields. */
  @Override
  public long[] read() throws IOException {
    long records = 0;
    long fields = 0;
    long chars = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
      for (CsvRecord record : csv) {
        records++;
        int n = record.getFieldCount();
        fields += n;
        for (int k = 0; k < n; k++) {
          chars += record.getField(k).length();
        }
      }
    }
    return new long[] {records, fields, chars};
  }

  @Override
  public void verify(Object result, CsvWorkload w) {
    long[] shape = (long[]) result;
    if (shape[0] != w.records || shape[1] != w.records * CsvWorkload.FIELDS || shape[2] != w.chars) {
      throw new IllegalStateException(String.format(
          "%s sees %d records, %d fields, %d characters; the file has %d, %d, %d", FASTCSV_BARE, shape[0],
          shape[1], shape[2], w.records, w.records * CsvWorkload.FIELDS, w.chars));
    }
  }
}
