package dev.pingyi.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The scores of a {@link ScoreSheet} in columns: the components, in one list that every sheet
 * with the same components shares, and the scaled scores — the first two in fields of their own,
 * any further ones in a {@code long[]}. A two-score sheet so keeps its scores in one 40-byte
 * object instead of a map with its entries and two {@link Score} objects, and the ranking engine
 * reads them with one memory load less than from an array (a cache miss apiece when sheets are
 * spread over the heap).
 *
 * <p>Immutable: the array is never handed out. Equal when the components and scores are.
 */
final class ScoreVector {

  /**
   * Equal component lists made by different sheets become one instance, so that a sheet need not
   * carry its own and the engine can match a sheet to its scheme by reference. Weak: a list no
   * sheet holds any longer goes.
   */
  private static final Interner<ImmutableList<ScoreComponent>> COMPONENT_LISTS = Interners.newWeakInterner();

  private static final long[] NONE = new long[0];

  private final ImmutableList<ScoreComponent> components;
  private final long first;
  private final long second;
  /** The scores from the third on; empty for at most two. */
  private final long[] rest;

  private ScoreVector(ImmutableList<ScoreComponent> components, long[] scaled) {
    this.components = components;
    this.first = scaled.length > 0 ? scaled[0] : 0;
    this.second = scaled.length > 1 ? scaled[1] : 0;
    this.rest = scaled.length > 2 ? Arrays.copyOfRange(scaled, 2, scaled.length) : NONE;
  }

  /**
   * The vector of the given scores, in their order.
   *
   * @throws IllegalArgumentException naming the sheet if two components share a name
   */
  static ScoreVector of(List<Map.Entry<ScoreComponent, Score>> scores, String sheet) {
    ImmutableList.Builder<ScoreComponent> components = ImmutableList.builderWithExpectedSize(scores.size());
    long[] scaled = new long[scores.size()];
    Map<String, ScoreComponent> byName = new HashMap<>();
    for (int i = 0; i < scores.size(); i++) {
      ScoreComponent component = scores.get(i).getKey();
      ScoreComponent earlier = byName.put(component.name(), component);
      if (earlier != null) {
        throw new IllegalArgumentException(earlier.equals(component)
            ? "ScoreSheet " + sheet + ": component " + component.name() + " is scored twice"
            : "ScoreSheet " + sheet + ": component " + component.name() + " appears twice with different ranges, "
                + earlier + " and " + component);
      }
      components.add(component);
      scaled[i] = scores.get(i).getValue().scaled();
    }
    return new ScoreVector(COMPONENT_LISTS.intern(components.build()), scaled);
  }

  ImmutableList<ScoreComponent> components() {
    return components;
  }

  int size() {
    return components.size();
  }

  /**
   * The scaled score at an index of {@link #components()}.
   *
   * @throws IndexOutOfBoundsException if there is no such component
   */
  long scaled(int index) {
    Objects.checkIndex(index, components.size());
    return index == 0 ? first : index == 1 ? second : rest[index - 2];
  }

  /** The scaled score of the component equal to the given one, or {@code Long.MIN_VALUE}. */
  long scaledOf(ScoreComponent component) {
    for (int i = 0; i < components.size(); i++) {
      if (components.get(i) == component || components.get(i).equals(component)) {
        return scaled(i);
      }
    }
    return Long.MIN_VALUE;
  }

  ImmutableMap<ScoreComponent, Score> toMap() {
    ImmutableMap.Builder<ScoreComponent, Score> map = ImmutableMap.builderWithExpectedSize(size());
    for (int i = 0; i < size(); i++) {
      map.put(components.get(i), Score.ofScaled(scaled(i)));
    }
    return map.buildOrThrow();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ScoreVector)) {
      return false;
    }
    ScoreVector other = (ScoreVector) obj;
    return other.components.equals(components)
        && other.first == first
        && other.second == second
        && Arrays.equals(other.rest, rest);
  }

  @Override
  public int hashCode() {
    return 31 * components.hashCode() + Long.hashCode(first) * 31 * 31 + Long.hashCode(second) * 31 + Arrays.hashCode(rest);
  }

  /** The scores as a map prints them: {@code {基础评议分[0, 100]=92.5, 现场评议分[0, 100]=88}}. */
  @Override
  public String toString() {
    return toMap().toString();
  }
}
