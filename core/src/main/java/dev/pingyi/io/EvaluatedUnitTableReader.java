package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.pingyi.model.County;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.UnitKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads an evaluated-units list (参评单位名单) from a table with a header row: one row a unit, with
 * the evaluation group it is ranked in, and where needed its kind and the county it governs.
 *
 * <p><b>Columns.</b> {@link UnitColumn} lists the headers: 评议组 and 单位 are required, 单位类型 and
 * 所属县区 optional. The header row is the first that names 单位 and another column; rows above it
 * are title rows. Headers are compared as {@link ProjectColumn} describes.
 *
 * <p><b>Cells.</b> 评议组 names one of the reader's groups by its {@linkplain EvaluationGroup#id()
 * id} or its {@linkplain EvaluationGroup#name() name}; a name two groups share names neither. 单位
 * is a name, normalised as every Pingyi name is. 所属县区 is found through the {@link CountyLookup}.
 * 单位类型 is a word {@link UnitKind#fromChinese} reads or a constant name. A unit is built with
 * {@link EvaluatedUnit#builder()}, so every rule of the model runs:
 *
 * <ul>
 *   <li>with a kind and a county, as given (a 县（市、区）政府 of a functional zone is a problem);
 *   <li>with a county and no kind, the government or committee of that county ({@link
 *       EvaluatedUnit#governing});
 *   <li>with neither, the government or committee of the county its name names, if the name is a
 *       county's name or short name followed by 政府, 人民政府, 管委会 or 管理委员会 (冠县政府, 开发区管委会);
 *       else of the reader's {@linkplain Builder#defaultKind default kind}, else it is a problem;
 *   <li>with a kind that governs a county and no county, the county its name names, as above,
 *       else it is a problem.
 * </ul>
 *
 * <p>A unit is listed once: a second row of one name is a problem, in any group. Rows, problems,
 * modes and files are as for {@link ProjectTableReader}: total rows and repeated headers are passed
 * over and reported, nothing is dropped silently, {@code readCsv} needs FastCSV and {@code
 * readXlsx} fastexcel-reader.
 *
 * <p>This class is immutable and thread-safe; each read uses state of its own.
 */
public final class EvaluatedUnitTableReader extends TableReader<ListedUnit> {

  /** The endings of a government's or committee's name after its county's: 冠县政府, 开发区管委会. */
  private static final ImmutableList<String> GOVERNING_SUFFIXES = ImmutableList.of("人民政府", "政府", "管理委员会", "管委会");

  private final CountyLookup counties;
  private final ImmutableList<EvaluationGroup> groups;
  private final ImmutableMap<String, EvaluationGroup> groupById;
  /** The groups by a name no other group has. */
  private final ImmutableMap<String, EvaluationGroup> groupByName;
  /** The names two groups share. */
  private final ImmutableSet<String> sharedNames;
  private final Optional<UnitKind> defaultKind;

  private EvaluatedUnitTableReader(Builder builder) {
    super(builder.options());
    this.counties = builder.counties;
    this.groups = builder.groups;
    Map<String, EvaluationGroup> byName = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (EvaluationGroup group : groups) {
      if (byName.putIfAbsent(group.name(), group) != null) {
        shared.add(group.name());
      }
    }
    byName.keySet().removeAll(shared);
    this.groupById = groups.stream().collect(ImmutableMap.toImmutableMap(EvaluationGroup::id, g -> g));
    this.groupByName = ImmutableMap.copyOf(byName);
    this.sharedNames = ImmutableSet.copyOf(shared);
    this.defaultKind = Optional.ofNullable(builder.defaultKind);
  }

  /**
   * A reader that finds counties through the lookup and groups among the given ones, in strict
   * mode; the builder sets the rest. The groups are typically without members: the list gives them.
   *
   * @throws NullPointerException if an argument or a group is null
   */
  public static Builder builder(CountyLookup counties, Collection<EvaluationGroup> groups) {
    return new Builder(counties, groups);
  }





  /**
   * The reader's groups, in the order given, each with the units listed in it added to its members
   * in the order listed; a group's parent, if it is one of the reader's groups, is that group with
   * its units too.
   *
   * @throws IllegalArgumentException if a unit is listed in a group that is not one of the
   *     reader's, or a group would have two members of one name
   */
  public ImmutableList<EvaluationGroup> groupsWith(Collection<ListedUnit> units) {
    requireNonNull(units, "units");
    Map<EvaluationGroup, List<EvaluatedUnit>> members = new IdentityHashMap<>();
    Set<EvaluationGroup> known = new HashSet<>(groups);
    for (ListedUnit listed : units) {
      requireNonNull(listed, "units element");
      checkArgument(known.contains(listed.group()),
          "EvaluatedUnitTableReader: unit %s is listed in group %s, which is not one of the reader's groups",
          listed.unit().name(), listed.group().id());
      members.computeIfAbsent(canonical(listed.group()), g -> new ArrayList<>()).add(listed.unit());
    }
    Map<EvaluationGroup, EvaluationGroup> built = new IdentityHashMap<>();
    for (EvaluationGroup group : groups) {
      build(group, members, built);
    }
    return groups.stream().map(built::get).collect(ImmutableList.toImmutableList());
  }

  /** The reader's instance of a group equal to the given one. */
  private EvaluationGroup canonical(EvaluationGroup group) {
    for (EvaluationGroup g : groups) {
      if (g.equals(group)) {
        return g;
      }
    }
    return group;
  }

  private EvaluationGroup build(
      EvaluationGroup group, Map<EvaluationGroup, List<EvaluatedUnit>> members, Map<EvaluationGroup, EvaluationGroup> built) {
    EvaluationGroup done = built.get(group);
    if (done != null) {
      return done;
    }
    Optional<EvaluationGroup> parent = group.parent().map(p -> {
      EvaluationGroup own = canonical(p);
      return groups.contains(own) && own != group ? build(own, members, built) : p;
    });
    EvaluationGroup result = EvaluationGroup.builder()
        .id(group.id())
        .name(group.name())
        .category(group.category())
        .period(group.period())
        .addAllMembers(group.members())
        .addAllMembers(members.getOrDefault(group, List.of()))
        .parent(parent)
        .build();
    built.put(group, result);
    return result;
  }

  @Override
  RowFormat<ListedUnit, UnitColumn> format() {
    return new UnitRows(this);
  }

  CountyLookup counties() {
    return counties;
  }

  Optional<UnitKind> defaultKind() {
    return defaultKind;
  }

  /** The group a cell names by id, else by name; null if it names none. */
  @Nullable EvaluationGroup group(String key) {
    EvaluationGroup group = groupById.get(key);
    return group != null ? group : groupByName.get(key);
  }

  /** Whether two of the reader's groups have the name. */
  boolean isSharedName(String name) {
    return sharedNames.contains(name);
  }

  /** The reader's groups as a problem lists them: their ids. */
  String describeGroups() {
    return groups.stream().map(EvaluationGroup::id).collect(Collectors.joining(", "));
  }

  /**
   * The county a government's or committee's name names — 冠县 for 冠县政府, 开发区 for 开发区管委会 —
   * or empty.
   */
  Optional<County> countyOfName(String name) {
    for (String suffix : GOVERNING_SUFFIXES) {
      // a name that is the suffix alone leaves the empty name, which no county has
      if (name.endsWith(suffix)) {
        Optional<County> county = counties.find(name.substring(0, name.length() - suffix.length()));
        if (county.isPresent()) {
          return county;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A builder of evaluated-units list readers. Every setting but the lookup and the groups is
   * optional; a setting given twice keeps the later value.
   */
  public static final class Builder extends TableReader.Builder<Builder> {
    private final CountyLookup counties;
    private final ImmutableList<EvaluationGroup> groups;
    private @Nullable UnitKind defaultKind;

    private Builder(CountyLookup counties, Collection<EvaluationGroup> groups) {
      super("EvaluatedUnitTableReader");
      this.counties = requireNonNull(counties, "counties");
      requireNonNull(groups, "groups");
      Map<String, EvaluationGroup> byId = new LinkedHashMap<>();
      for (EvaluationGroup group : groups) {
        requireNonNull(group, "groups element");
        EvaluationGroup other = byId.putIfAbsent(group.id(), group);
        checkArgument(other == null || other.equals(group),
            "EvaluatedUnitTableReader: two groups have the id %s", group.id());
      }
      this.groups = ImmutableList.copyOf(byId.values());
    }

    /**
     * The kind of a unit whose row gives neither a kind nor a county, and whose name names no
     * county: a department or an institution.
     *
     * @throws IllegalArgumentException if the kind governs a county: such a unit needs its county
     */
    public Builder defaultKind(UnitKind kind) {
      requireNonNull(kind, "kind");
      checkArgument(!kind.isCountyLevel(),
          "EvaluatedUnitTableReader defaultKind=%s governs a county; a default kind is one that does not", kind);
      this.defaultKind = kind;
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /** The reader. */
    public EvaluatedUnitTableReader build() {
      return new EvaluatedUnitTableReader(this);
    }
  }
}
