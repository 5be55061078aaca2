package dev.pingyi.ranking;

/** How a unit came by its place in a {@link Ranking}. */
public enum EntryStatus {
  /** Ranked by its composite score. */
  SCORED,
  /** Vetoed (一票否决) and ranked after every unit that was not. */
  VETOED,
  /** Without a score sheet and ranked last, by {@link MissingSheetPolicy#RANK_LAST}. */
  MISSING_SHEET,
  /** Placed by a published order alone, with no scores known. */
  PUBLISHED_ORDER
}
