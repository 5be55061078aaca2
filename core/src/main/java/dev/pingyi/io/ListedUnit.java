package dev.pingyi.io;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import org.immutables.value.Value;

/**
 * A row of an evaluated-units list (参评单位名单): a unit and the evaluation group it is listed in,
 * as {@link EvaluatedUnitTableReader} reads it. The group is the one given to the reader, without
 * the units the list adds; {@link EvaluatedUnitTableReader#groupsWith} makes the groups with them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ListedUnit {

  ListedUnit() {}

  /** The unit listed in the group. */
  public static ListedUnit of(EvaluationGroup group, EvaluatedUnit unit) {
    return ImmutableListedUnit.of(group, unit);
  }

  /** Required. The group the unit is listed in. */
  @Value.Parameter
  public abstract EvaluationGroup group();

  /** Required. The unit. */
  @Value.Parameter
  public abstract EvaluatedUnit unit();
}
