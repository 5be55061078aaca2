package dev.pingyi.ranking;

/** Which composite ranks are computed from. */
public enum RankBasis {
  /** The exact composite: units tie only when their composites are exactly equal. The default. */
  EXACT,
  /** The published composite, rounded: units whose rounded composites are equal tie. */
  PUBLISHED
}
