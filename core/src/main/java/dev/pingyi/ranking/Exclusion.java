package dev.pingyi.ranking;

import static java.util.Objects.requireNonNull;

import dev.pingyi.model.EvaluatedUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A member of a group left out of its ranking, and why: vetoed under {@link VetoPolicy#EXCLUDE},
 * or without a sheet under {@link MissingSheetPolicy#EXCLUDE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Exclusion {

  /** Why a unit was left out. */
  public enum Reason {
    /** The unit was vetoed (一票否决). */
    VETOED,
    /** No score sheet was given for the unit. */
    MISSING_SHEET
  }

  private final EvaluatedUnit unit;
  private final Reason reason;
  private final @Nullable String vetoReason;

  Exclusion(EvaluatedUnit unit, Reason reason, @Nullable String vetoReason) {
    this.unit = requireNonNull(unit, "unit");
    this.reason = requireNonNull(reason, "reason");
    this.vetoReason = vetoReason;
  }

  /** The unit left out. */
  public EvaluatedUnit unit() {
    return unit;
  }

  /** Why it was left out. */
  public Reason reason() {
    return reason;
  }

  /** The reason of the veto, for a vetoed unit. */
  public Optional<String> vetoReason() {
    return Optional.ofNullable(vetoReason);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Exclusion)) {
      return false;
    }
    Exclusion other = (Exclusion) obj;
    return unit.equals(other.unit) && reason == other.reason && Objects.equals(vetoReason, other.vetoReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, reason, vetoReason);
  }

  @Override
  public String toString() {
    return unit.name() + " " + reason + (vetoReason == null ? "" : " (" + vetoReason + ")");
  }
}
