package dev.pingyi.ranking;

/**
 * How tied units are ranked. With four units scoring 90, 85, 85 and 80, the ranks are as follows.
 *
 * <table>
 *   <caption>Tie policies</caption>
 *   <tr><th>policy</th><th>ranks</th><th>also known as</th></tr>
 *   <tr><td>{@link #COMPETITION}</td><td>1 2 2 4</td><td>SQL {@code RANK}, pandas {@code min}</td></tr>
 *   <tr><td>{@link #DENSE}</td><td>1 2 2 3</td><td>SQL {@code DENSE_RANK}, pandas {@code dense}</td></tr>
 *   <tr><td>{@link #MODIFIED_COMPETITION}</td><td>1 3 3 4</td><td>pandas {@code max}</td></tr>
 *   <tr><td>{@link #FRACTIONAL}</td><td>1 2.5 2.5 4</td><td>pandas {@code average}</td></tr>
 *   <tr><td>{@link #ORDINAL}</td><td>1 2 3 4</td><td>SQL {@code ROW_NUMBER}, pandas {@code first}</td></tr>
 * </table>
 *
 * <p>{@link #ORDINAL} orders tied units by the unit name, never by input order, so that the same
 * data always gives the same ranks.
 */
public enum TiePolicy {
  /** Tied units share the best of their places; the places after them are skipped (1224). */
  COMPETITION,
  /** Tied units share a rank; the next rank follows without a gap (1223). */
  DENSE,
  /** Tied units share the worst of their places (1334). */
  MODIFIED_COMPETITION,
  /** Tied units share the average of their places (1 2.5 2.5 4). */
  FRACTIONAL,
  /** Every unit has its own place; ties are ordered by unit name (1234). */
  ORDINAL
}
