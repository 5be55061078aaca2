package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;

import dev.pingyi.model.EvaluatedUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of a group left out of its ranking, and why: vetoed under {@link VetoPolicy#EXCLUDE},
 * or without a sheet under {@link MissingSheetPolicy#EXCLUDE}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exclusion {

  /** Why a unit was left out. */
  public enum Reason {
    /** The unit was vetoed (一票否决). */
    VETOED,
    /** No score sheet was given for the unit. */
    MISSING_SHEET
  }

  Exclusion() {}

  static Exclusion vetoed(EvaluatedUnit unit, Optional<String> vetoReason) {
    return ImmutableExclusion.builder().unit(unit).reason(Reason.VETOED).vetoReason(vetoReason).build();
  }

  static Exclusion missingSheet(EvaluatedUnit unit) {
    return ImmutableExclusion.builder().unit(unit).reason(Reason.MISSING_SHEET).build();
  }

  /** The unit left out. */
  public abstract EvaluatedUnit unit();

  /** Why it was left out. */
  public abstract Reason reason();

  /** The reason of the veto; present exactly for a vetoed unit. */
  public abstract Optional<String> vetoReason();

  @Value.Check
  void check() {
    checkArgument(
        vetoReason().isPresent() == (reason() == Reason.VETOED),
        "Exclusion of %s: vetoReason=%s does not fit reason=%s",
        unit().name(), vetoReason().orElse(""), reason());
  }
}
