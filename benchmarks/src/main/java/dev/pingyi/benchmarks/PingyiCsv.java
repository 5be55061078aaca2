package dev.pingyi.benchmarks;

import dev.pingyi.io.CountyLookup;
import dev.pingyi.io.ProjectTableReader;
import dev.pingyi.io.ReadResult;
import dev.pingyi.model.Project;
import dev.pingyi.model.Yuan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Pingyi's reader as a user calls it: {@link ProjectTableReader#readCsv(Path)} in strict mode (the
 * default), the character set detected, counties found through a {@link CountyLookup} of the
 * workload's 3 000 counties, the plan year given to the reader. Each row becomes a {@link Project}
 * through its builder, every rule checked.
 */
final class PingyiCsv implements CsvEngine {

  private final Path file;
  private final ProjectTableReader reader;

  PingyiCsv(CsvWorkload w) {
    this.file = w.file;
    this.reader = ProjectTableReader.builder(CountyLookup.of(PingyiTotals.counties()))
        .planYear(CsvWorkload.PLAN_YEAR)
        .build();
  }

  @Override
  public ReadResult<Project> read() throws IOException {
    return reader.readCsv(file);
  }

  @Override
  public void verify(Object result, CsvWorkload w) {
    ReadResult<?> read = (ReadResult<?>) result;
    if (read.problemCount() != 0 || !read.skippedRows().isEmpty() || read.blankRowCount() != 0
        || !read.ignoredColumns().equals(List.of(CsvWorkload.HEADER.get(0)))) {
      throw new IllegalStateException(PINGYI + " reads the file with problems, skipped rows, blank rows or"
          + " ignored columns other than 序号: " + read);
    }
    long[][] rows = new long[ProjectWorkload.COUNTIES][5];
    for (Object o : read.values()) {
      Project p = (Project) o;
      int c = ProjectWorkload.countyOf(Integer.parseInt(p.county().divisionCode().orElseThrow().code()));
      long[] t = rows[c];
      t[ProjectWorkload.COUNT]++;
      t[ProjectWorkload.STARTED] += p.status().isStarted() ? 1 : 0;
      t[ProjectWorkload.TOTAL] += fen(p.totalInvestment());
      t[ProjectWorkload.PLAN] += fen(p.annualPlannedInvestment());
      t[ProjectWorkload.COMPLETED] += fen(p.completedInvestment());
    }
    Verify.sameTotals(PINGYI, w.expectedTotals(), rows);
  }

  private static long fen(Optional<Yuan> amount) {
    return amount.orElseThrow(() -> new IllegalStateException(PINGYI + " reads an amount as absent")).fen();
  }
}
