package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A month is a date cell where Excel's dates reach, 1900-03 to 9999-12, and its text elsewhere. */
class TableWriterKillTest {

  @Test
  void aMonthIsADateCellWhereExcelsDatesReach() {
    TableWriter.Cell march1900 = TableWriter.Cell.month(YearMonth.of(1900, 3));
    TableWriter.Cell march2022 = TableWriter.Cell.month(YearMonth.of(2022, 3));
    TableWriter.Cell last = TableWriter.Cell.month(YearMonth.of(9999, 12));

    assertThat(march1900.number()).isEqualTo(BigDecimal.valueOf(61));
    assertThat(march2022.number()).isEqualTo(BigDecimal.valueOf(44621));
    assertThat(march2022.text()).isEqualTo("2022年3月");
    assertThat(march2022.format()).isEqualTo(TableWriter.NumberFormat.MONTH);
    assertThat(last.number()).isEqualTo(BigDecimal.valueOf(2958435));
  }

  @Test
  void aMonthBeyondExcelsDatesIsText() {
    TableWriter.Cell february1900 = TableWriter.Cell.month(YearMonth.of(1900, 2));
    TableWriter.Cell year10000 = TableWriter.Cell.month(YearMonth.of(10000, 1));

    assertThat(february1900.number()).isNull();
    assertThat(february1900.text()).isEqualTo("1900年2月");
    assertThat(year10000.number()).isNull();
    assertThat(year10000.format()).isNotEqualTo(TableWriter.NumberFormat.MONTH);
  }

  @Test
  void whatIsWrittenReachesTheCallersStreamWhichStaysOpen() throws Exception {
    for (boolean xlsx : new boolean[] {false, true}) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      boolean[] closed = {false};
      // a buffer larger than the table: only a flush moves the table into `bytes`
      java.io.OutputStream out = new java.io.BufferedOutputStream(bytes, 1 << 20) {
        @Override
        public void close() {
          closed[0] = true;
        }
      };
      TableWriter table = TableWriter.projects(TableFixtures.PROJECTS);
      if (xlsx) {
        table.writeXlsx(out);
      } else {
        table.writeCsv(out);
      }
      assertThat(bytes.size()).as("xlsx %s", xlsx).isPositive();
      assertThat(closed[0]).as("xlsx %s", xlsx).isFalse();
    }
  }
}
