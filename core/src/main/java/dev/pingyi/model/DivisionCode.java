package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dev.pingyi.internal.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A GB/T 2260 administrative-division code (行政区划代码): six digits, two for the province,
 * two for the prefecture and two for the county, such as {@code 371525} for 冠县 under 聊城市
 * ({@code 371500}) in 山东省 ({@code 370000}).
 *
 * <p>A code is checked for its form (six ASCII digits), for a real province prefix, and for a
 * consistent shape: a county part other than {@code 00} needs a prefecture part other than
 * {@code 00}. Whether a code is in force is a question of date, not of form: codes change
 * (茌平县 {@code 371523} became 茌平区 {@code 371503} in 2019), so a code identifies a unit
 * only together with an edition of the standard.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

  /** The province prefixes of GB/T 2260, 11 (北京) to 82 (澳门). */
  private static final ImmutableSet<String> PROVINCES =
      ImmutableSet.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  private final String code;

  private DivisionCode(String code) {
    this.code = code;
  }

  /**
   * The code of the given six digits. The text is taken as it is, like any identifier: whitespace
   * around it is an error, not something to strip.
   *
   * @throws IllegalArgumentException if the text is not six digits, its province prefix is not
   *     one of GB/T 2260, or it has a county part under a prefecture part {@code 00}
   */
  public static DivisionCode of(String code) {
    requireNonNull(code, "code");
    checkArgument(
        code.length() == 6 && code.chars().allMatch(c -> c >= '0' && c <= '9'),
        "DivisionCode code='%s' is not six digits 0-9",
        TextRules.shown(code));
    checkArgument(
        PROVINCES.contains(code.substring(0, 2)),
        "DivisionCode code='%s' has province prefix %s, which is not a GB/T 2260 province",
        code,
        code.substring(0, 2));
    checkArgument(
        !(code.startsWith("00", 2) && !code.startsWith("00", 4)),
        "DivisionCode code='%s' has county part %s under prefecture part 00",
        code,
        code.substring(4));
    return new DivisionCode(code);
  }

  /** The six digits. */
  public String code() {
    return code;
  }

  /** Whether the code names a province, a prefecture or a county-level unit. */
  public DivisionLevel level() {
    if (code.startsWith("0000", 2)) {
      return DivisionLevel.PROVINCE;
    }
    return code.startsWith("00", 4) ? DivisionLevel.PREFECTURE : DivisionLevel.COUNTY;
  }

  /** The code of the province: {@code 370000} for {@code 371525}. */
  public DivisionCode province() {
    return new DivisionCode(code.substring(0, 2) + "0000");
  }

  /**
   * The code of the prefecture: {@code 371500} for {@code 371525}.
   *
   * @throws IllegalStateException if this code names a province
   */
  public DivisionCode prefecture() {
    if (level() == DivisionLevel.PROVINCE) {
      throw new IllegalStateException("DivisionCode code='" + code + "' names a province, which has no prefecture");
    }
    return new DivisionCode(code.substring(0, 4) + "00");
  }

  /** Whether this code lies within the other: {@code 371525} lies within {@code 371500}. */
  public boolean isWithin(DivisionCode other) {
    requireNonNull(other, "other");
    return switch (other.level()) {
      case PROVINCE -> code.startsWith(other.code.substring(0, 2));
      case PREFECTURE -> code.startsWith(other.code.substring(0, 4));
      case COUNTY -> code.equals(other.code);
    };
  }

  @Override
  public int compareTo(DivisionCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof DivisionCode && ((DivisionCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The six digits. */
  @Override
  public String toString() {
    return code;
  }
}
