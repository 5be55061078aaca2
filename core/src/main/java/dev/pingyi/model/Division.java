package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An administrative division (行政区划) of one edition of GB/T 2260: a province, a prefecture or a
 * county-level unit, with its code, its own name (茌平区), its full name (山东省聊城市茌平区) and the
 * code of the division directly above it.
 *
 * <p>Divisions come from a {@link DivisionRegistry}; there is no other way to make one. The
 * parent of a county-level unit is its prefecture, or its province where GB/T 2260 lists no
 * prefecture above it: the districts of 北京市, 天津市, 上海市 and 重庆市, and the county-level
 * units that a province governs directly (省直辖县级行政区划, such as 济源市 {@code 419001}). The full
 * name joins the names of the province, the prefecture if any, and the division.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Division {

  private final DivisionCode code;
  private final String name;
  private final String fullName;
  private final @Nullable DivisionCode parent;

  private Division(DivisionCode code, String name, String fullName, @Nullable DivisionCode parent) {
    TextRules.checkName("Division " + code, "name", name);
    TextRules.checkName("Division " + code, "fullName", fullName);
    checkArgument(
        fullName.endsWith(name),
        "Division %s: fullName=%s does not end with name=%s",
        code,
        fullName,
        name);
    if (code.level() == DivisionLevel.PROVINCE) {
      checkArgument(parent == null, "Division %s: a province has no parent, got parent=%s", code, parent);
      checkArgument(
          fullName.equals(name),
          "Division %s: a province's fullName=%s must be its name=%s",
          code,
          fullName,
          name);
    } else {
      checkArgument(parent != null, "Division %s: parent is missing", code);
      checkArgument(
          parent.equals(code.province())
              || (code.level() == DivisionLevel.COUNTY && parent.equals(code.prefecture())),
          "Division %s: parent=%s is neither its province nor its prefecture",
          code,
          parent);
    }
    this.code = code;
    this.name = name;
    this.fullName = fullName;
    this.parent = parent;
  }

  /**
   * The division with the given code, names and parent, as a registry reads it.
   *
   * @throws IllegalArgumentException if a name is not a valid name, the full name does not end
   *     with the name, or the parent is not the province or prefecture of the code
   */
  static Division of(DivisionCode code, String name, String fullName, @Nullable DivisionCode parent) {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(fullName, "fullName");
    return new Division(code, name, fullName, parent);
  }

  /** The GB/T 2260 code, such as {@code 371503}. */
  public DivisionCode code() {
    return code;
  }

  /**
   * The division's own name as GB/T 2260 lists it, without the names of the divisions above it:
   * 茌平区, 聊城市, 山东省. Names repeat across the country (朝阳区 is in 北京市 and in 长春市); this is
   * the "short name" that {@link DivisionRegistry#byShortName(String)} matches.
   */
  public String name() {
    return name;
  }

  /**
   * The names of the province, the prefecture (if GB/T 2260 lists one above the division) and the
   * division, joined without separators: 山东省聊城市茌平区, 北京市朝阳区, 山东省. Unique within an edition.
   */
  public String fullName() {
    return fullName;
  }

  /** Province, prefecture or county level: the level of the code. */
  public DivisionLevel level() {
    return code.level();
  }

  /**
   * The code of the division directly above: the prefecture, or the province where no prefecture
   * is listed above a county-level unit; empty for a province.
   */
  public Optional<DivisionCode> parent() {
    return Optional.ofNullable(parent);
  }

  /** Equal when code, name, full name and parent are equal. */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Division other
        && code.equals(other.code)
        && name.equals(other.name)
        && fullName.equals(other.fullName)
        && Objects.equals(parent, other.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, fullName, parent);
  }

  /** The code and the full name: {@code 371503 山东省聊城市茌平区}. */
  @Override
  public String toString() {
    return code + " " + fullName;
  }
}
