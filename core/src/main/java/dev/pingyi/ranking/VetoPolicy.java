package dev.pingyi.ranking;

/** What a one-vote veto (一票否决) does to a unit's place. */
public enum VetoPolicy {
  /** The unit is ranked after every unit that was not vetoed, and flagged. The default. */
  RANK_LAST,
  /** The unit is left out of the ranking and listed among its exclusions. */
  EXCLUDE
}
