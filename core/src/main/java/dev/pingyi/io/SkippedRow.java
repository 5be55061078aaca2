package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * A row a table reader passed over without reading it as data — a title row, a total row, a
 * repeated header — reported so that nothing in a table is dropped unseen. Blank rows are only
 * counted, in {@link ReadResult#blankRowCount()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SkippedRow {

  SkippedRow() {}

  static SkippedRow of(int row, SkipReason reason, String text) {
    return ImmutableSkippedRow.builder().row(row).reason(reason).text(text).build();
  }

  /** The row, from 1, as a spreadsheet numbers it. */
  public abstract int row();

  /** Why it was passed over. */
  public abstract SkipReason reason();

  /**
   * The row's non-blank cells joined by {@code " | "}, cut after 200
   * characters: {@code 合计 | 107 | 763}.
   */
  public abstract String text();

  @Value.Check
  void check() {
    checkArgument(row() >= 1, "SkippedRow row=%s must be at least 1", row());
  }
}
