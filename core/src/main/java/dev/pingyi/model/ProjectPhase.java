package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;

/**
 * One phase (期) of a project built in phases: 临清经济开发区电子信息产业园 is built in three, of
 * which the first two are delivered.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProjectPhase implements WithProjectPhase {

  ProjectPhase() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a project phase. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableProjectPhase.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(ProjectPhase value) {
      requireNonNull(value, "value");
      return this
          .number(value.number())
          .status(value.status());
    }
  }

  /** Phase number {@code number} (from 1) with the given status. */
  public static ProjectPhase of(int number, ProjectStatus status) {
    return builder().number(number).status(status).build();
  }

  /** Required; at least 1. The number of the phase (一期 is 1). */
  public abstract int number();

  /** Required. How far the phase has come. */
  public abstract ProjectStatus status();

  @Value.Check
  void check() {
    checkArgument(number() >= 1, "ProjectPhase number=%s must be at least 1", number());
  }
}
