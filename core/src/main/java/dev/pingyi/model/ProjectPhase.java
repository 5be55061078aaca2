package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;

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

  /** Phase number {@code number} (from 1) with the given status. */
  public static ProjectPhase of(int number, ProjectStatus status) {
    return ImmutableProjectPhase.builder().number(number).status(status).build();
  }

  /** The number of the phase, from 1 (一期). */
  public abstract int number();

  /** How far the phase has come. */
  public abstract ProjectStatus status();

  @Value.Check
  void check() {
    checkArgument(number() >= 1, "ProjectPhase number=%s must be at least 1", number());
  }
}
