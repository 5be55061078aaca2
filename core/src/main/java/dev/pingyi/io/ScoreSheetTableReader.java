package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.County;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads score sheets (评议得分表) of one evaluation from a table with a header row: one row a unit,
 * with its score in each component, its bonus and deduction points, and whether it was vetoed.
 *
 * <p><b>Columns.</b> The unit column (单位, or another header {@link ScoreSheetColumn#UNIT} lists) is
 * required, and at least one score column. A score column is named by its {@link ScoreComponent}:
 * by the component's name (基础评议分), by that name with 得分 for 分 (基础评议得分) or without 分
 * (基础评议), or by a header given to {@link Builder#component(String, ScoreComponent)}. The
 * reader knows {@link ScoreComponent#BASE_EVALUATION} and {@link
 * ScoreComponent#ON_SITE_EVALUATION} (also as {@code baseEvaluation}, {@code onSiteEvaluation})
 * and the components given to {@link Builder#component(ScoreComponent)}. The other columns —
 * 加分, 加分事由, 减分, 减分事由, 一票否决, 否决事由 — are optional. The header row is the first that
 * names the unit column and another; rows above it are title rows. Headers are compared as
 * {@link ProjectColumn} describes.
 *
 * <p><b>Units.</b> A unit is found by its name among the members of the reader's groups, or by the
 * name or short name of the county it governs (冠县 for 冠县政府) where only one member governs it;
 * a sheet's period is its group's. A unit the groups do not have, or a second row for one unit,
 * is a problem.
 *
 * <p><b>Cells.</b> Every score column's cell is required, a number with at most four decimals
 * within the component's range, 分 allowed after it. 加分 and 减分 hold one number each, not
 * negative: a positive number is one {@link dev.pingyi.model.ScoreAdjustment} whose reason is the
 * cell of 加分事由 or 减分事由, or else the column's header; blank or zero is none. A reason without
 * points is a problem. 一票否决 holds 是, √, ✓, Y, YES, TRUE or 1 for a veto and 否, 无, ×, N, NO,
 * FALSE, 0 or nothing for none, or else the reason itself; a vetoed unit's reason is the cell of
 * 否决事由 or else 一票否决. Without a 一票否决 column, a reason in 否决事由 is a veto. A table holds one
 * bonus and one deduction per unit: {@link TableWriter} writes a sheet of several items with their
 * points summed and their reasons joined by "；", which reads back as one item of each.
 *
 * <p>Rows, problems, modes and files are as for {@link ProjectTableReader}: total rows and
 * repeated headers are passed over and reported, nothing is dropped silently, {@code readCsv}
 * needs FastCSV and {@code readXlsx} fastexcel-reader.
 *
 * <p>This class is immutable and thread-safe; each read uses state of its own.
 */
public final class ScoreSheetTableReader extends TableReader<ScoreSheet> {

  private final ImmutableList<EvaluationGroup> groups;
  private final ImmutableMap<String, EvaluatedUnit> units;
  private final ImmutableMap<EvaluatedUnit, EvaluationGroup> groupOf;
  private final Headers<Object> headers;

  private ScoreSheetTableReader(Builder builder) {
    super(builder.options());
    this.groups = ImmutableList.copyOf(builder.groups);
    Map<String, EvaluatedUnit> byName = new HashMap<>();
    Map<EvaluatedUnit, EvaluationGroup> groupMap = new HashMap<>();
    for (EvaluationGroup group : groups) {
      for (EvaluatedUnit unit : group.members()) {
        EvaluatedUnit same = byName.put(unit.name(), unit);
        if (same != null) {
          throw new IllegalArgumentException(String.format(
              "ScoreSheetTableReader: unit %s is a member of both %s and %s",
              unit.name(), requireNonNull(groupMap.get(same), "group").id(), group.id()));
        }
        groupMap.put(unit, group);
      }
    }
    Map<String, EvaluatedUnit> byCounty = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (EvaluatedUnit unit : groupMap.keySet()) {
      if (unit.county().isPresent()) {
        County county = unit.county().get();
        for (String name : new String[] {county.name(), county.shortName()}) {
          EvaluatedUnit other = byCounty.putIfAbsent(name, unit);
          if (other != null && !other.equals(unit)) {
            ambiguous.add(name);
          }
        }
      }
    }
    byCounty.keySet().removeAll(ambiguous);
    byCounty.forEach(byName::putIfAbsent);
    this.units = ImmutableMap.copyOf(byName);
    this.groupOf = ImmutableMap.copyOf(groupMap);
    Headers<Object> known = new Headers<>();
    for (ScoreSheetColumn column : ScoreSheetColumn.values()) {
      for (String header : column.headers()) {
        known.add(header, column);
      }
    }
    known.add("baseEvaluation", ScoreComponent.BASE_EVALUATION);
    known.add("onSiteEvaluation", ScoreComponent.ON_SITE_EVALUATION);
    for (ScoreComponent component : builder.components) {
      for (String header : headersOf(component)) {
        known.add(header, component);
      }
    }
    builder.componentHeaders.forEach(known::put);
    this.headers = known;
  }

  private static Set<String> headersOf(ScoreComponent component) {
    Set<String> names = new LinkedHashSet<>();
    String name = component.name();
    names.add(name);
    if (name.endsWith("分") && !name.endsWith("得分") && name.length() > 1) {
      String stem = name.substring(0, name.length() - 1);
      names.add(stem + "得分");
      names.add(stem);
    }
    return names;
  }

  /**
   * A reader of sheets for the members of the given groups, in strict mode; the builder sets the
   * rest.
   *
   * @throws NullPointerException if the groups or one of them is null
   */
  public static Builder builder(Collection<EvaluationGroup> groups) {
    return new Builder(groups);
  }





  @Override
  RowFormat<ScoreSheet, Object> format() {
    return new ScoreSheetRows(this);
  }

  Headers<Object> headers() {
    return headers;
  }

  /** The unit of the given name, or null. */
  @Nullable EvaluatedUnit unit(String name) {
    return units.get(name);
  }

  EvaluationGroup groupOf(EvaluatedUnit unit) {
    return requireNonNull(groupOf.get(unit), "group");
  }

  /** The groups, for messages: {@code county-level (11 units), economic (14 units)}. */
  String describeGroups() {
    return groups.stream()
        .map(g -> g.id() + " (" + g.members().size() + " units)")
        .collect(Collectors.joining(", "));
  }

  /**
   * A builder of score-sheet table readers. Every setting but the groups is optional; a setting
   * given twice keeps the later value.
   */
  public static final class Builder extends TableReader.Builder<Builder> {
    private final ImmutableList<EvaluationGroup> groups;
    private final Set<ScoreComponent> components = new LinkedHashSet<>();
    private final Map<String, ScoreComponent> componentHeaders = new LinkedHashMap<>();

    private Builder(Collection<EvaluationGroup> groups) {
      super("ScoreSheetTableReader");
      requireNonNull(groups, "groups");
      groups.forEach(group -> requireNonNull(group, "groups element"));
      this.groups = ImmutableList.copyOf(groups);
      components.add(ScoreComponent.BASE_EVALUATION);
      components.add(ScoreComponent.ON_SITE_EVALUATION);
    }

    /**
     * Reads a score column for the component, named by the component's name, that name with 得分
     * for a final 分, or without the 分.
     */
    public Builder component(ScoreComponent component) {
      components.add(requireNonNull(component, "component"));
      return this;
    }

    /**
     * Reads a score column with the given header for the component: {@code component("基础分",
     * ScoreComponent.BASE_EVALUATION)}.
     *
     * @throws IllegalArgumentException if the header is blank
     */
    public Builder component(String header, ScoreComponent component) {
      requireNonNull(header, "header");
      requireNonNull(component, "component");
      checkArgument(!Headers.normalize(header).isEmpty(), "ScoreSheetTableReader header '%s' is blank", header);
      componentHeaders.put(header, component);
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * The reader.
     *
     * @throws IllegalArgumentException if a unit is a member of two groups, or a header names two
     *     components
     */
    public ScoreSheetTableReader build() {
      return new ScoreSheetTableReader(this);
    }
  }
}
