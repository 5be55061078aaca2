package dev.pingyi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dev.pingyi.internal.TextRules;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.model.YuanUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one score-sheet table, as {@link ScoreSheetTableReader} describes them. A column's
 * role is a {@link ScoreSheetColumn} or, for a score column, its {@link ScoreComponent}.
 */
final class ScoreSheetRows implements RowFormat<ScoreSheet, Object> {

  private static final ImmutableSet<String> YES = ImmutableSet.of("是", "√", "✓", "✔", "y", "yes", "true", "1");
  private static final ImmutableSet<String> NO = ImmutableSet.of("否", "无", "×", "✗", "n", "no", "false", "0");

  /** The reason of a veto whose table gives none. */
  private static final String VETO = "一票否决";

  private final ScoreSheetTableReader reader;
  private final Map<ScoreSheetColumn, Column<Object>> columns = new EnumMap<>(ScoreSheetColumn.class);
  private final Map<ScoreComponent, Column<Object>> scores = new LinkedHashMap<>();
  private final Map<String, Integer> rowOfUnit = new HashMap<>();
  private final NumberCell number = new NumberCell();

  ScoreSheetRows(ScoreSheetTableReader reader) {
    this.reader = reader;
  }

  @Override
  public Headers.@Nullable Match<Object> match(String header) {
    return reader.headers().match(header);
  }

  @Override
  public String headerRule() {
    return "names 单位 and another column of a score-sheet table (see ScoreSheetColumn and"
        + " ScoreSheetTableReader)";
  }

  @Override
  public boolean isHeader(List<Column<Object>> found) {
    boolean unit = false;
    boolean other = false;
    for (Column<Object> column : found) {
      unit |= column.role() == ScoreSheetColumn.UNIT;
      other |= column.role() != ScoreSheetColumn.UNIT;
    }
    return unit && other;
  }

  @Override
  public void begin(List<Column<Object>> found, @Nullable YuanUnit tableUnit, ProblemLog log) {
    for (Column<Object> column : found) {
      Column<Object> earlier = column.role() instanceof ScoreComponent
          ? scores.putIfAbsent((ScoreComponent) column.role(), column)
          : columns.putIfAbsent((ScoreSheetColumn) column.role(), column);
      if (earlier != null) {
        log.cell(column.index(), column.header(), column.header(),
            "names the same column as column " + CellText.columnLetters(earlier.index() + 1) + " ("
                + earlier.header() + ")");
      }
    }
    if (scores.isEmpty()) {
      log.row("has no score column: name one after its component, such as 基础评议分 or 基础评议得分");
    }
  }

  @Override
  public @Nullable ScoreSheet read(RowSource row, ProblemLog log) {
    EvaluatedUnit unit = unit(row, log);
    Map<ScoreComponent, Score> scored = new LinkedHashMap<>();
    scores.forEach((component, column) -> {
      Score score = score(row, component, column, log);
      if (score != null) {
        scored.put(component, score);
      }
    });
    List<ScoreAdjustment> bonuses = adjustment(row, ScoreSheetColumn.BONUS, ScoreSheetColumn.BONUS_REASON, log);
    List<ScoreAdjustment> deductions =
        adjustment(row, ScoreSheetColumn.DEDUCTION, ScoreSheetColumn.DEDUCTION_REASON, log);
    String veto = veto(row, log);
    if (log.rowFailed() || unit == null) {
      return null;
    }
    ScoreSheet.Builder sheet = ScoreSheet.builder()
        .unit(unit)
        .period(reader.groupOf(unit).period())
        .putAllScores(scored)
        .addAllBonuses(bonuses)
        .addAllDeductions(deductions);
    if (veto != null) {
      sheet.vetoReason(veto);
    }
    ScoreSheet built;
    try {
      built = sheet.build();
    } catch (IllegalArgumentException e) {
      log.row(String.valueOf(e.getMessage()));
      return null;
    }
    Integer earlier = rowOfUnit.putIfAbsent(unit.name(), row.rowNumber());
    if (earlier != null) {
      Column<Object> column = columns.get(ScoreSheetColumn.UNIT);
      int index = column == null ? 0 : column.index();
      log.cell(index, column == null ? null : column.header(), row.cell(index),
          "is unit " + unit.name() + " again, after row " + earlier + "; a unit has one sheet");
      return null;
    }
    return built;
  }

  /** The text of a cell, as written before neutralising; null if blank or unreadable. */
  private static @Nullable String text(RowSource row, Column<Object> column, ProblemLog log) {
    String problem = row.cellProblem(column.index());
    if (problem != null) {
      log.cell(column.index(), column.header(), row.cell(column.index()), problem);
      return null;
    }
    String text = row.cell(column.index());
    return CellText.isBlank(text) ? null : CellText.unneutralize(text);
  }

  private static void fail(RowSource row, Column<Object> column, String rule, ProblemLog log) {
    log.cell(column.index(), column.header(), row.cell(column.index()), rule);
  }

  private @Nullable EvaluatedUnit unit(RowSource row, ProblemLog log) {
    Column<Object> column = columns.get(ScoreSheetColumn.UNIT);
    if (column == null) {
      return null;
    }
    String text = text(row, column, log);
    if (text == null) {
      if (row.cellProblem(column.index()) == null) {
        fail(row, column, "is blank; every row is the sheet of a unit", log);
      }
      return null;
    }
    String name;
    try {
      name = CellText.name("EvaluatedUnit", "name", text);
    } catch (IllegalArgumentException e) {
      fail(row, column, String.valueOf(e.getMessage()), log);
      return null;
    }
    EvaluatedUnit unit = reader.unit(name);
    if (unit == null) {
      fail(row, column, "is not a member of the groups given: " + reader.describeGroups(), log);
    }
    return unit;
  }

  private @Nullable Score score(RowSource row, ScoreComponent component, Column<Object> column, ProblemLog log) {
    String text = text(row, column, log);
    if (text == null) {
      if (row.cellProblem(column.index()) == null) {
        fail(row, column, "is blank; every unit needs its " + component.name(), log);
      }
      return null;
    }
    Score score = points(row, column, text, log);
    if (score != null && !component.allows(score)) {
      fail(row, column, "is outside [" + component.min() + ", " + component.max() + "], the range of "
          + component.name(), log);
      return null;
    }
    return score;
  }

  /** The points a cell holds: a number with at most four decimals, 分 allowed after it. */
  private @Nullable Score points(RowSource row, Column<Object> column, String text, ProblemLog log) {
    try {
      number.parse(text);
      if (!number.suffix().isEmpty() && !number.suffix().equals("分")) {
        throw new IllegalArgumentException("has '" + number.suffix() + "' after the number; points are"
            + " followed by 分 or nothing");
      }
      return number.toScore();
    } catch (IllegalArgumentException e) {
      fail(row, column, String.valueOf(e.getMessage()), log);
      return null;
    }
  }

  private List<ScoreAdjustment> adjustment(
      RowSource row, ScoreSheetColumn pointsRole, ScoreSheetColumn reasonRole, ProblemLog log) {
    Column<Object> pointsColumn = columns.get(pointsRole);
    Column<Object> reasonColumn = columns.get(reasonRole);
    String reasonText = reasonColumn == null ? null : text(row, reasonColumn, log);
    String pointsText = pointsColumn == null ? null : text(row, pointsColumn, log);
    Score points = null;
    if (pointsColumn != null && pointsText != null) {
      points = points(row, pointsColumn, pointsText, log);
      if (points == null) {
        return List.of();
      }
      if (points.signum() < 0) {
        fail(row, pointsColumn, "is negative; write the points of " + pointsRole.header()
            + " as a positive number", log);
        return List.of();
      }
    }
    if (pointsColumn == null || points == null || points.signum() == 0) {
      if (reasonColumn != null && reasonText != null) {
        fail(row, reasonColumn, "gives a reason but " + pointsRole.header() + " gives no points", log);
      }
      return List.of();
    }
    boolean ownReason = reasonColumn != null && reasonText != null;
    try {
      String reason = TextRules.normalizeName(
          "ScoreAdjustment", "reason", reasonText != null ? reasonText : pointsColumn.header());
      return List.of(ScoreAdjustment.of(points, reason));
    } catch (IllegalArgumentException e) {
      fail(row, ownReason && reasonColumn != null ? reasonColumn : pointsColumn, String.valueOf(e.getMessage()), log);
      return List.of();
    }
  }

  /** The reason of the unit's veto, or null if it was not vetoed (or the cells have a problem). */
  private @Nullable String veto(RowSource row, ProblemLog log) {
    Column<Object> vetoColumn = columns.get(ScoreSheetColumn.VETO);
    Column<Object> reasonColumn = columns.get(ScoreSheetColumn.VETO_REASON);
    String vetoText = vetoColumn == null ? null : text(row, vetoColumn, log);
    String reasonText = reasonColumn == null ? null : text(row, reasonColumn, log);
    String reason;
    if (vetoText == null) {
      if (vetoColumn != null && reasonText != null && reasonColumn != null) {
        fail(row, reasonColumn, "gives a reason but 一票否决 is blank", log);
        return null;
      }
      reason = reasonText;
    } else {
      String word = TextRules.strip(vetoText).toLowerCase(Locale.ROOT);
      if (NO.contains(word)) {
        if (reasonText != null && reasonColumn != null) {
          fail(row, reasonColumn, "gives a reason but 一票否决 says no veto", log);
        }
        return null;
      } else if (YES.contains(word)) {
        reason = reasonText != null ? reasonText : VETO;
      } else if (reasonText != null && vetoColumn != null) {
        fail(row, vetoColumn, "gives a reason, and so does 否决事由; write 是 here, or clear one", log);
        return null;
      } else {
        reason = vetoText;
      }
    }
    if (reason == null) {
      return null;
    }
    try {
      return TextRules.normalizeName("ScoreSheet", "vetoReason", reason);
    } catch (IllegalArgumentException e) {
      // the reason is 否决事由's text, or else 一票否决's: one of the two columns is there
      Column<Object> blamed = reasonText != null && reasonColumn != null ? reasonColumn : requireNonNull(vetoColumn);
      fail(row, blamed, String.valueOf(e.getMessage()), log);
      return null;
    }
  }
}
