package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.internal.TextRules;
import dev.pingyi.model.ChineseNumerals;
import dev.pingyi.model.EvaluationGroup;
import java.util.List;

/**
 * A ranking as evaluation notices publish it (排名公布): {@code
 * 第一名:茌平区政府;第二名:冠县政府;…;第十一名:阳谷县政府。}, with 并列 for a place units share.
 *
 * <p>{@link #format} writes the one-line form of the 2022 H1 Liaocheng report, punctuation
 * included; {@link #parse} reads that form and the variants notices print, and matches every
 * name to a member of the group. For a ranking of every member of its group whose names are
 * writable (see {@link #format}), {@code parse(group, format(ranking))} is a ranking equal to
 * {@code ranking} when that came from a published order, and one with the same units, places
 * and ties when it came from scores.
 *
 * <table>
 *   <caption>What {@link #parse} reads</caption>
 *   <tr><th>part</th><th>written</th><th>rule</th></tr>
 *   <tr><td>heading</td><td>{@code (一)经济部门}⏎, {@code 一、县(市、区)政府}⏎, {@code 经济部门:}</td>
 *       <td>optional, one line before the first entry: a line of its own, or text ending in a
 *       colon on the first entry's line; not read, so it need not be the group's name</td></tr>
 *   <tr><td>entry</td><td>{@code 第十一名:阳谷县政府}</td><td>第, a Chinese numeral of {@link
 *       ChineseNumerals}, 名, a colon ({@code ：} or {@code :}), then the unit's name</td></tr>
 *   <tr><td>shared place</td><td>{@code 并列第二名：冠县政府、开发区管委会}</td><td>并列 before 第; two
 *       or more names joined by {@code 、}, {@code ，} or {@code ,}</td></tr>
 *   <tr><td>places</td><td>第一名, 并列第二名 (two units), 第四名</td><td>competition ranking, as
 *       notices publish it: the first entry is 第一名, and each place is one more than the units
 *       placed before it</td></tr>
 *   <tr><td>between entries</td><td>{@code ；} {@code ;} {@code ，} {@code ,} {@code 、} or a
 *       line break</td><td>the next entry begins 第…名 or 并列第…名; the list may end with
 *       {@code 。} or with one {@code ；}, {@code ;}, {@code ，} or {@code ,}</td></tr>
 *   <tr><td>line break inside a name</td><td>{@code 市发}⏎⏎{@code 展改革委}</td><td>a line that
 *       does not begin an entry continues the name before it, joined without a space</td></tr>
 *   <tr><td>name</td><td>{@code 市城管局}</td><td>matched exactly to a member's name after {@link
 *       TextRules#normalizeName} (whitespace around it stripped, inner runs one space); no fuzzy
 *       matching. Inside brackets ({@code （）} or {@code ()}) separators and colons belong to the
 *       name; outside them a colon is an error</td></tr>
 * </table>
 *
 * <p>Errors are {@link IllegalArgumentException}s naming the group, the line and column, the entry
 * and its place as written, the offending text (shortened by {@link TextRules#shown}) and the
 * rule broken: an unknown name, a member named twice or not at all, an empty name, a place out of
 * competition order, 并列 with one name or several names without 并列, a missing colon, a numeral
 * that is not standard, text after the closing {@code 。}. Work is proportional to the text, which
 * may have at most {@value #MAX_TEXT_LENGTH} characters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedRanking {

  /** The most characters {@link #parse} reads: room for thousands of entries. */
  public static final int MAX_TEXT_LENGTH = 100_000;

  private PublishedRanking() {}

  /**
   * Reads a published ranking list of the group's members; see the class description for what
   * it reads.
   *
   * @return the ranking {@link Rankings#fromPublishedPlaces} makes of the places read
   * @throws IllegalArgumentException naming the position, the text and the rule if the text is
   *     not a published list naming each member of the group once, or the group has no members
   */
  public static Ranking parse(EvaluationGroup group, CharSequence text) {
    requireNonNull(group, "group");
    requireNonNull(text, "text");
    checkArgument(!group.members().isEmpty(),
        "Published ranking of group %s: the group has no members; an empty group cannot be ranked", group.id());
    return Rankings.fromPublishedPlaces(group, new PublishedListParser(group, text).places());
  }

  /**
   * The ranking as the 2022 H1 Liaocheng report prints it: {@code 第一名:茌平区政府;第二名:冠县政府;…。}
   * — the place by competition rank in Chinese numerals, a half-width colon, the unit's name,
   * half-width semicolons between entries and a closing {@code 。}. Units that share a place
   * are written once, in ranking order: {@code 并列第二名:冠县政府、开发区管委会;第四名:…}. Excluded
   * members are not written; a ranking with no entries is the empty string.
   *
   * @throws IllegalArgumentException naming the unit if a name could not be read back: it holds
   *     {@code ，,；;、:：。} outside brackets, or a bracket it does not close
   */
  public static String format(Ranking ranking) {
    requireNonNull(ranking, "ranking");
    List<RankedEntry> entries = ranking.entries();
    if (entries.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(entries.size() * 16);
    int p = 0;
    while (p < entries.size()) {
      RankedEntry first = entries.get(p);
      int shared = first.tieSize();
      if (p > 0) {
        out.append(';');
      }
      out.append(shared > 1 ? "并列第" : "第").append(ChineseNumerals.format(first.competitionRank())).append("名:");
      for (int k = 0; k < shared; k++) {
        String name = entries.get(p + k).unit().name();
        String problem = PublishedListParser.unwritable(name);
        checkArgument(problem == null,
            "Published ranking of group %s: unit name '%s' %s, so the published list could not be read back",
            ranking.group().id(), TextRules.shown(name), problem);
        out.append(k > 0 ? "、" : "").append(name);
      }
      p += shared;
    }
    return out.append('。').toString();
  }
}
