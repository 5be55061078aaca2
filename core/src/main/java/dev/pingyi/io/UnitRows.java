package dev.pingyi.io;

import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;
import dev.pingyi.model.County;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.UnitKind;
import dev.pingyi.model.YuanUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rows of one evaluated-units list, as {@link EvaluatedUnitTableReader} describes them. */
final class UnitRows implements RowFormat<ListedUnit, UnitColumn> {

  private static final Headers<UnitColumn> HEADERS = headers();

  private final EvaluatedUnitTableReader reader;
  private final Map<UnitColumn, Column<UnitColumn>> columns = new EnumMap<>(UnitColumn.class);
  private final Map<String, Integer> rowOfUnit = new HashMap<>();

  UnitRows(EvaluatedUnitTableReader reader) {
    this.reader = reader;
  }

  private static Headers<UnitColumn> headers() {
    Headers<UnitColumn> headers = new Headers<>();
    for (UnitColumn column : UnitColumn.values()) {
      for (String header : column.headers()) {
        headers.add(header, column);
      }
    }
    return headers;
  }

  @Override
  public Headers.@Nullable Match<UnitColumn> match(String header) {
    return HEADERS.match(header);
  }

  @Override
  public String headerRule() {
    return "names 单位 and another column of an evaluated-units list (see UnitColumn)";
  }

  @Override
  public boolean isHeader(List<Column<UnitColumn>> found) {
    boolean unit = false;
    boolean other = false;
    for (Column<UnitColumn> column : found) {
      unit |= column.role() == UnitColumn.UNIT;
      other |= column.role() != UnitColumn.UNIT;
    }
    return unit && other;
  }

  @Override
  public void begin(List<Column<UnitColumn>> found, @Nullable YuanUnit tableUnit, ProblemLog log) {
    for (Column<UnitColumn> column : found) {
      Column<UnitColumn> earlier = columns.putIfAbsent(column.role(), column);
      if (earlier != null) {
        log.cell(column.index(), column.header(), column.header(),
            "names the " + column.role().header() + " column again, after column "
                + CellText.columnLetters(earlier.index() + 1));
      }
    }
    if (!columns.containsKey(UnitColumn.GROUP)) {
      log.row("has no 评议组 column: name one with a header of " + UnitColumn.GROUP.headers());
    }
  }

  @Override
  public @Nullable ListedUnit read(RowSource row, ProblemLog log) {
    String name = name(row, log);
    EvaluationGroup group = group(row, log);
    County county = county(row, log);
    UnitKind kind = kind(row, log);
    if (log.rowFailed() || name == null || group == null) {
      return null;
    }
    Column<UnitColumn> unitColumn = columns.get(UnitColumn.UNIT);
    int unitIndex = unitColumn == null ? 0 : unitColumn.index();
    if (county == null && (kind == null || kind.isCountyLevel())) {
      county = reader.countyOfName(name).orElse(null);
    }
    if (kind == null && county == null) {
      kind = reader.defaultKind().orElse(null);
      if (kind == null) {
        log.cell(unitIndex, unitColumn == null ? null : unitColumn.header(), row.cell(unitIndex),
            "has no 单位类型 and no 所属县区, and its name names no county: fill either, or give the reader a"
                + " default kind");
        return null;
      }
    }
    EvaluatedUnit unit;
    try {
      unit = kind == null && county != null
          ? EvaluatedUnit.governing(name, county)
          : EvaluatedUnit.builder().name(name).kind(requireNonNull(kind)).county(Optional.ofNullable(county)).build();
    } catch (IllegalArgumentException e) {
      log.row(String.valueOf(e.getMessage()));
      return null;
    }
    Integer earlier = rowOfUnit.putIfAbsent(name, row.rowNumber());
    if (earlier != null) {
      log.cell(unitIndex, unitColumn == null ? null : unitColumn.header(), row.cell(unitIndex),
          "is unit " + name + " again, after row " + earlier + "; a unit is listed once");
      return null;
    }
    return ListedUnit.of(group, unit);
  }

  /** The text of a cell, as written before neutralising; null if blank or unreadable. */
  private static @Nullable String text(RowSource row, Column<UnitColumn> column, ProblemLog log) {
    String problem = row.cellProblem(column.index());
    if (problem != null) {
      log.cell(column.index(), column.header(), row.cell(column.index()), problem);
      return null;
    }
    String text = row.cell(column.index());
    return CellText.isBlank(text) ? null : CellText.unneutralize(text);
  }

  private static void fail(RowSource row, Column<UnitColumn> column, String rule, ProblemLog log) {
    log.cell(column.index(), column.header(), row.cell(column.index()), rule);
  }

  /**
   * The text of a required cell; a blank one is a problem. The role's column is there: every header
   * row has a 单位 column (isHeader), and a table without a 评议组 column is refused in begin.
   */
  private @Nullable String required(RowSource row, UnitColumn role, String rule, ProblemLog log) {
    Column<UnitColumn> column = requireNonNull(columns.get(role));
    String text = text(row, column, log);
    if (text == null && row.cellProblem(column.index()) == null) {
      fail(row, column, rule, log);
    }
    return text;
  }

  private @Nullable String name(RowSource row, ProblemLog log) {
    String text = required(row, UnitColumn.UNIT, "is blank; every row lists a unit", log);
    if (text == null) {
      return null;
    }
    try {
      return CellText.name("EvaluatedUnit", "name", text);
    } catch (IllegalArgumentException e) {
      fail(row, requireNonNull(columns.get(UnitColumn.UNIT)), String.valueOf(e.getMessage()), log);
      return null;
    }
  }

  private @Nullable EvaluationGroup group(RowSource row, ProblemLog log) {
    String text = required(row, UnitColumn.GROUP, "is blank; every unit is listed in a group", log);
    if (text == null) {
      return null;
    }
    String key = TextRules.strip(text);
    EvaluationGroup group = reader.group(key);
    if (group == null) {
      fail(row, requireNonNull(columns.get(UnitColumn.GROUP)), reader.isSharedName(key)
          ? "is the name of two groups given; name the group by its id"
          : "is not the id or name of a group given: " + reader.describeGroups(), log);
    }
    return group;
  }

  private @Nullable County county(RowSource row, ProblemLog log) {
    Column<UnitColumn> column = columns.get(UnitColumn.COUNTY);
    String text = column == null ? null : text(row, column, log);
    if (column == null || text == null) {
      return null;
    }
    try {
      return reader.counties().require(text);
    } catch (IllegalArgumentException e) {
      fail(row, column, String.valueOf(e.getMessage()), log);
      return null;
    }
  }

  private @Nullable UnitKind kind(RowSource row, ProblemLog log) {
    Column<UnitColumn> column = columns.get(UnitColumn.KIND);
    String text = column == null ? null : text(row, column, log);
    if (column == null || text == null) {
      return null;
    }
    String word = TextRules.strip(text);
    try {
      return isConstantName(word) ? UnitKind.valueOf(word) : UnitKind.fromChinese(word);
    } catch (IllegalArgumentException e) {
      fail(row, column, isConstantName(word) ? "is not a UnitKind constant name" : String.valueOf(e.getMessage()), log);
      return null;
    }
  }

  private static boolean isConstantName(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || c == '_');
  }
}
