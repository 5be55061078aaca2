package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.pingyi.internal.TextRules;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.Division;
import dev.pingyi.model.DivisionLevel;
import dev.pingyi.model.DivisionRegistry;
import dev.pingyi.model.Prefecture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The county-level units a project table may name in its county column (所属县区), each found by
 * its name or short name: 冠县, 聊城经济技术开发区, 开发区.
 *
 * <p>Made either from the counties the caller declares, or from a prefecture's county-level units
 * in a {@link DivisionRegistry} together with the functional zones the caller declares (zones have
 * no GB/T 2260 code, so no registry lists them). Units from the registry are also found by their
 * full names (山东省聊城市冠县) and by the prefecture's name before theirs (聊城市冠县). Names are
 * compared after whitespace is stripped and full-width forms folded, nothing else: 东昌区 is not
 * 东昌府区.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountyLookup {

  /** How many names a "not found" message lists. */
  private static final int NAMES_SHOWN = 20;

  private final ImmutableList<County> counties;
  private final ImmutableMap<String, County> byName;
  /** {@link #byName} looked up by characters, for a reader's cells. */
  private final CharKeys<County> byChars;

  private CountyLookup(ImmutableList<County> counties, ImmutableMap<String, County> byName) {
    this.counties = counties;
    this.byName = byName;
    this.byChars = new CharKeys<>(byName);
  }

  /**
   * The lookup of the given counties, by name and short name.
   *
   * @throws IllegalArgumentException if two counties share a name or short name
   */
  public static CountyLookup of(List<County> counties) {
    requireNonNull(counties, "counties");
    Map<String, County> byName = new LinkedHashMap<>();
    for (County county : counties) {
      requireNonNull(county, "counties element");
      put(byName, county.name(), county);
      put(byName, county.shortName(), county);
    }
    return new CountyLookup(ImmutableList.copyOf(counties), ImmutableMap.copyOf(byName));
  }

  /**
   * The lookup of every county-level unit the registry lists under the prefecture, in code order,
   * then the given functional zones. A registry unit's kind follows the last character of its
   * name: 区 a district, 县 or 旗 a county, 市 a county-level city.
   *
   * @throws IllegalArgumentException if the registry does not list the prefecture under its name,
   *     a zone is not a functional zone of the prefecture, or two units share a name
   */
  public static CountyLookup of(Prefecture prefecture, DivisionRegistry registry, List<County> zones) {
    requireNonNull(prefecture, "prefecture");
    requireNonNull(registry, "registry");
    requireNonNull(zones, "zones");
    Division city = registry.checkName(prefecture.code(), prefecture.name());
    List<County> counties = new ArrayList<>();
    Map<String, County> byName = new LinkedHashMap<>();
    for (Division division : registry.children(city.code())) {
      if (division.level() != DivisionLevel.COUNTY) {
        continue;
      }
      County county = County.builder()
          .name(division.name())
          .kind(kindOf(division))
          .divisionCode(division.code())
          .prefecture(prefecture)
          .build();
      counties.add(county);
      put(byName, county.name(), county);
      put(byName, division.fullName(), county);
      put(byName, prefecture.name() + county.name(), county);
    }
    for (County zone : zones) {
      requireNonNull(zone, "zones element");
      checkArgument(
          zone.kind() == CountyKind.FUNCTIONAL_ZONE && zone.prefecture().equals(prefecture),
          "CountyLookup: zone %s is a %s of %s, not a functional zone of %s",
          zone.name(), zone.kind(), zone.prefecture().name(), prefecture.name());
      counties.add(zone);
      put(byName, zone.name(), zone);
      put(byName, zone.shortName(), zone);
    }
    return new CountyLookup(ImmutableList.copyOf(counties), ImmutableMap.copyOf(byName));
  }

  private static CountyKind kindOf(Division division) {
    String name = division.name();
    char last = name.charAt(name.length() - 1);
    if (last == '区') {
      return CountyKind.DISTRICT;
    } else if (last == '市') {
      return CountyKind.COUNTY_LEVEL_CITY;
    }
    return CountyKind.COUNTY;
  }

  private static void put(Map<String, County> byName, String name, County county) {
    County other = byName.putIfAbsent(key(name), county);
    checkArgument(
        other == null || other.equals(county),
        "CountyLookup: the name %s belongs to both %s and %s",
        name, other == null ? "" : other.name(), county.name());
  }

  private static String key(String name) {
    return TextRules.strip(CellText.foldWidth(name));
  }

  /** The counties, in the order given (registry units in code order, then the zones). */
  public ImmutableList<County> counties() {
    return counties;
  }

  /** The county of the given name, short name or (for registry units) full name, if there is one. */
  public Optional<County> find(String name) {
    requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(key(name)));
  }

  /**
   * The county of the name the characters spell, for a reader: the same as {@link
   * #require(String)}, found without making a string of a name the lookup holds as it is.
   */
  County require(CharSequence name) {
    County county = byChars.get(name);
    return county != null ? county : require(name.toString());
  }

  /**
   * The county of the given name, for a reader: the same as {@link #find}, but throws a message
   * that lists the names known.
   */
  County require(String name) {
    County county = byName.get(name);
    if (county == null) {
      county = byName.get(key(name));
    }
    if (county == null) {
      throw new IllegalArgumentException(
          "is not a county-level unit here; known: " + describe());
    }
    return county;
  }

  private String describe() {
    String names = counties.stream()
        .limit(NAMES_SHOWN)
        .map(c -> c.name().equals(c.shortName()) ? c.name() : c.shortName() + " (" + c.name() + ")")
        .collect(Collectors.joining(", "));
    return counties.size() > NAMES_SHOWN ? names + ", … (" + counties.size() + " in all)" : names;
  }

  /** Whether the other lookup holds the same counties in the same order, so finds the same names. */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CountyLookup other && other.byName.equals(byName) && other.counties.equals(counties);
  }

  @Override
  public int hashCode() {
    return counties.hashCode();
  }

  /** The names of the counties, short names in brackets. */
  @Override
  public String toString() {
    return "CountyLookup[" + describe() + "]";
  }
}
