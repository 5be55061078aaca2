package dev.pingyi.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scores of a {@link ScoreSheet} in columns: the components, in one list that every sheet
 * with the same components shares, and the scaled scores as a {@code long[]}. A two-score sheet
 * so keeps 32 bytes of scores instead of a map with its entries and two {@link Score} objects.
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

  private final ImmutableList<ScoreComponent> components;
  private final long[] scaled;

  private ScoreVector(ImmutableList<ScoreComponent> components, long[] scaled) {
    this.components = components;
    this.scaled = scaled;
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
    return scaled.length;
  }

  long scaled(int index) {
    return scaled[index];
  }

  /** The scaled score of the component equal to the given one, or {@code Long.MIN_VALUE}. */
  long scaledOf(ScoreComponent component) {
    for (int i = 0; i < scaled.length; i++) {
      if (components.get(i) == component || components.get(i).equals(component)) {
        return scaled[i];
      }
    }
    return Long.MIN_VALUE;
  }

  ImmutableMap<ScoreComponent, Score> toMap() {
    ImmutableMap.Builder<ScoreComponent, Score> map = ImmutableMap.builderWithExpectedSize(scaled.length);
    for (int i = 0; i < scaled.length; i++) {
      map.put(components.get(i), Score.ofScaled(scaled[i]));
    }
    return map.buildOrThrow();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ScoreVector
        && ((ScoreVector) obj).components.equals(components)
        && Arrays.equals(((ScoreVector) obj).scaled, scaled);
  }

  @Override
  public int hashCode() {
    return 31 * components.hashCode() + Arrays.hashCode(scaled);
  }

  /** The scores as a map prints them: {@code {基础评议分[0, 100]=92.5, 现场评议分[0, 100]=88}}. */
  @Override
  public String toString() {
    return toMap().toString();
  }
}
