package dev.pingyi.ranking;

/** What happens to a member of a group for which no score sheet is given. */
public enum MissingSheetPolicy {
  /** The ranking is refused, naming the members without a sheet. The default. */
  REJECT,
  /** The members without a sheet are ranked last, tied among themselves, with no score. */
  RANK_LAST,
  /** The members without a sheet are left out of the ranking and listed among its exclusions. */
  EXCLUDE
}
