package dev.pingyi.ranking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.pingyi.internal.MemberIndex;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The ranking engine: ranks the members of evaluation groups from their score sheets under a
 * {@link ScoringScheme}.
 *
 * <p>Order of rank: units that were neither vetoed nor without a sheet come first, by rank key
 * (the exact or published composite) from high to low; then vetoed units by their composite
 * (under {@link VetoPolicy#RANK_LAST}); then units without a sheet, tied (under {@link
 * MissingSheetPolicy#RANK_LAST}). Units with equal rank keys are ordered by the scheme's
 * tie-breakers (higher raw score first); units still equal tie, and are listed by unit name.
 *
 * <p>Each composite is computed once as an exact {@code long}, and units are sorted on primitive
 * keys; the result never depends on the order of the sheets given.
 */
public final class Rankings {

  private static final byte SCORED = 0;
  private static final byte VETOED = 1;
  private static final byte MISSING = 2;
  /** Excluded: a vetoed unit under {@link VetoPolicy#EXCLUDE}, a missing one under {@link MissingSheetPolicy#EXCLUDE}. */
  private static final byte LEFT_OUT = 3;

  /** Sheets matched at a time: enough for their memory loads to overlap, few enough to stay in cache. */
  private static final int BATCH = 64;

  private Rankings() {}

  /**
   * Ranks one group.
   *
   * <p>Sheets are matched to members by reference, through an index the group builds on its
   * first ranking and keeps (see {@link EvaluationGroup}); a sheet whose unit is equal to a member
   * but not the member's instance is matched by name in O(log n) comparisons.
   *
   * @throws IllegalArgumentException if the group has no members; a sheet is for a unit that is
   *     not a member, for another period, or a second one for a unit; a member has no sheet under
   *     {@link MissingSheetPolicy#REJECT}; or a sheet's components are not the scheme's
   */
  public static Ranking rank(ScoringScheme scheme, EvaluationGroup group, Collection<ScoreSheet> sheets) {
    requireNonNull(scheme, "scheme");
    requireNonNull(group, "group");
    requireNonNull(sheets, "sheets");
    int n = group.members().size();
    checkArgument(n > 0, "Ranking group %s has no members; an empty group cannot be ranked", group.id());
    MemberIndex<EvaluatedUnit> index = MemberIndex.ofGroup(group);
    @Nullable ScoreSheet[] given = sheets.toArray(new ScoreSheet[0]);
    Matched matched = new Matched(n, scheme.composite());
    int[] hash = new int[BATCH];
    int[] found = new int[BATCH];
    for (int from = 0; from < given.length; from += BATCH) {
      int count = Math.min(BATCH, given.length - from);
      // three passes over a batch, so that the memory loads of its sheets and units overlap
      for (int t = 0; t < count; t++) {
        ScoreSheet sheet = given[from + t];
        hash[t] = sheet == null ? 0 : System.identityHashCode(sheet.unit());
      }
      for (int t = 0; t < count; t++) {
        ScoreSheet sheet = given[from + t];
        found[t] = sheet == null ? -1 : index.findByReference(sheet.unit(), hash[t]);
      }
      for (int t = 0; t < count; t++) {
        ScoreSheet sheet = requireNonNull(given[from + t], "sheet");
        int i = found[t] >= 0 ? found[t] : index.findByName(sheet.unit());
        checkArgument(
            i >= 0,
            "Ranking group %s: sheet for unit %s, which is not a member of the group",
            group.id(), sheet.unit().name());
        checkSheet(group, sheet, matched.sheetOf[i]);
        matched.put(i, sheet);
      }
    }
    return rankMatched(scheme, group, index, matched, 0);
  }

  /**
   * Ranks every group of one evaluation; each sheet goes to the group whose member it is for.
   * Sheets are matched to members in one pass over a table of every group's members by name,
   * which also finds a unit named in two groups; each group is then ranked as {@link #rank} does.
   *
   * @return the rankings by group id, in the order of the groups given
   * @throws IllegalArgumentException if two groups share an id or a unit, a sheet is for no
   *     group's member, or any group cannot be ranked (see {@link #rank})
   */
  public static ImmutableMap<String, Ranking> rankAll(
      ScoringScheme scheme, Collection<EvaluationGroup> groups, Collection<ScoreSheet> sheets) {
    return rankAll(scheme, groups, sheets, false);
  }

  /**
   * Ranks every group of one evaluation as {@link #rankAll} does, the groups in parallel on the
   * common fork-join pool. The result is equal to {@link #rankAll}'s: groups are independent and
   * the engine keeps no state; only the matching of sheets to groups runs on the calling thread.
   *
   * @throws IllegalArgumentException as {@link #rankAll}
   */
  public static ImmutableMap<String, Ranking> rankAllParallel(
      ScoringScheme scheme, Collection<EvaluationGroup> groups, Collection<ScoreSheet> sheets) {
    return rankAll(scheme, groups, sheets, true);
  }

  private static ImmutableMap<String, Ranking> rankAll(
      ScoringScheme scheme, Collection<EvaluationGroup> groups, Collection<ScoreSheet> sheets, boolean parallel) {
    requireNonNull(scheme, "scheme");
    requireNonNull(groups, "groups");
    requireNonNull(sheets, "sheets");
    List<EvaluationGroup> groupList = List.copyOf(groups);
    int groupCount = groupList.size();
    Map<String, Integer> groupOfId = new HashMap<>(groupCount * 2);
    int[] firstOf = new int[groupCount + 1];
    for (int g = 0; g < groupCount; g++) {
      EvaluationGroup group = groupList.get(g);
      checkArgument(groupOfId.put(group.id(), g) == null, "Ranking: two groups have id %s", group.id());
      firstOf[g + 1] = Math.addExact(firstOf[g], group.members().size());
    }
    AllMembers all = new AllMembers(groupList, firstOf);
    @Nullable ScoreSheet[] given = sheets.toArray(new ScoreSheet[0]);
    Matched matched = new Matched(firstOf[groupCount], scheme.composite());
    int[] hash = new int[BATCH];
    int[] found = new int[BATCH];
    for (int from = 0; from < given.length; from += BATCH) {
      int count = Math.min(BATCH, given.length - from);
      // three passes over a batch, so that the memory loads of its sheets, units and names overlap
      for (int t = 0; t < count; t++) {
        ScoreSheet sheet = given[from + t];
        hash[t] = sheet == null ? 0 : sheet.unit().name().hashCode();
      }
      for (int t = 0; t < count; t++) {
        ScoreSheet sheet = given[from + t];
        found[t] = sheet == null ? -1 : all.find(sheet.unit(), hash[t]);
      }
      for (int t = 0; t < count; t++) {
        ScoreSheet sheet = requireNonNull(given[from + t], "sheet");
        int k = found[t];
        checkArgument(k >= 0, "Ranking: sheet for unit %s, which is a member of no group given", sheet.unit().name());
        checkSheet(groupList.get(all.groupOf[k]), sheet, matched.sheetOf[k]);
        matched.put(k, sheet);
      }
    }
    for (EvaluationGroup group : groupList) {
      checkArgument(!group.members().isEmpty(), "Ranking group %s has no members; an empty group cannot be ranked", group.id());
    }
    IntStream indices = IntStream.range(0, groupCount);
    Ranking[] rankings = (parallel ? indices.parallel() : indices)
        .mapToObj(g -> {
          EvaluationGroup group = groupList.get(g);
          return rankMatched(scheme, group, MemberIndex.ofGroup(group), matched, firstOf[g]);
        })
        .toArray(Ranking[]::new);
    ImmutableMap.Builder<String, Ranking> result = ImmutableMap.builderWithExpectedSize(groupCount);
    for (int g = 0; g < groupCount; g++) {
      result.put(groupList.get(g).id(), rankings[g]);
    }
    return result.buildOrThrow();
  }

  /**
   * The sheets matched to members, by member index (group after group for {@link #rankAll}), and
   * what was read from each sheet as it was matched — its exact composite, and whether it is
   * vetoed — so that ranking a group reads arrays in member order instead of sheets.
   */
  private static final class Matched {
    final @Nullable ScoreSheet[] sheetOf;
    final long[] composite;
    /** {@link #NO_SHEET}, {@link #SCORED}, {@link #VETOED} or {@link #NOT_COMPUTED}. */
    final byte[] state;
    private final CompositeRule rule;

    /** A member without a sheet. */
    static final byte NO_SHEET = 0;
    /** A sheet whose composite is computed and which has no veto. */
    static final byte SCORED = 1;
    /** A sheet whose composite is computed and which is vetoed. */
    static final byte VETOED = 2;
    /** A sheet whose composite could not be computed: the group's ranking computes it again, and fails, in member order. */
    static final byte NOT_COMPUTED = 3;

    Matched(int members, CompositeRule rule) {
      this.sheetOf = new ScoreSheet[members];
      this.composite = new long[members];
      this.state = new byte[members];
      this.rule = rule;
    }

    void put(int k, ScoreSheet sheet) {
      sheetOf[k] = sheet;
      try {
        composite[k] = rule.scaledComposite(sheet);
        state[k] = sheet.isVetoed() ? VETOED : SCORED;
      } catch (IllegalArgumentException e) {
        // a sheet's components not the scheme's, or a composite out of range: reported as the group is ranked,
        // so that errors come in the order they always did
        state[k] = NOT_COMPUTED;
      }
    }
  }

  /**
   * Every group's members by name, for one {@link #rankAll}: an open-addressing table of (name
   * hash, member) that finds a sheet's unit by its name's cached hash and then by reference, and
   * that finds a name given twice as it is built. Names whose hash codes collide in long runs
   * (which a caller can make) send the table to a {@link HashMap}, whose bins of colliding strings
   * are trees: no input makes matching quadratic.
   */
  private static final class AllMembers {
    /** The longest probe the table accepts before it gives way to the map. */
    private static final int PROBE_LIMIT = 64;

    /** Every member, group after group. */
    final EvaluatedUnit[] units;
    /** The group of each member. */
    final int[] groupOf;
    private final List<EvaluationGroup> groups;
    /** (name hash &lt;&lt; 32) | (member + 1); 0 for an empty slot. */
    private long @Nullable [] table;
    private @Nullable Map<String, Integer> byName;

    AllMembers(List<EvaluationGroup> groups, int[] firstOf) {
      this.groups = groups;
      int total = firstOf[groups.size()];
      checkArgument(total <= MemberIndex.MAX_MEMBERS, "Ranking: %s units exceed %s", total, MemberIndex.MAX_MEMBERS);
      units = new EvaluatedUnit[total];
      groupOf = new int[total];
      for (int g = 0; g < groups.size(); g++) {
        List<EvaluatedUnit> members = groups.get(g).members();
        for (int i = 0, k = firstOf[g]; i < members.size(); i++, k++) {
          units[k] = members.get(i);
          groupOf[k] = g;
        }
      }
      long[] slots = new long[Integer.highestOneBit(Math.max(2, total + (total >> 1))) << 1];
      int mask = slots.length - 1;
      for (int k = 0; k < total; k++) {
        String name = units[k].name();
        int hash = name.hashCode();
        int slot = MemberIndex.mix(hash) & mask;
        for (int probes = 0; slots[slot] != 0; slot = (slot + 1) & mask) {
          long entry = slots[slot];
          if ((int) (entry >>> 32) == hash) {
            checkDistinct((int) entry - 1, k);
          }
          if (++probes > PROBE_LIMIT) {
            byName = byName();
            return;
          }
        }
        slots[slot] = (long) hash << 32 | (k + 1);
      }
      table = slots;
    }

    /** Every member by name, each name checked distinct: the path for names whose hashes collide. */
    private Map<String, Integer> byName() {
      Map<String, Integer> map = new HashMap<>(units.length * 2);
      for (int k = 0; k < units.length; k++) {
        Integer other = map.putIfAbsent(units[k].name(), k);
        if (other != null) {
          checkDistinct(other, k);
        }
      }
      return map;
    }

    private void checkDistinct(int other, int k) {
      String name = units[k].name();
      checkArgument(
          !units[other].name().equals(name),
          "Ranking: unit %s is a member of both group %s and group %s",
          name, groups.get(groupOf[other]).id(), groups.get(groupOf[k]).id());
    }

    /** The member that is the given unit or equals it, or −1; the caller passes the hash code of its name. */
    int find(EvaluatedUnit unit, int hash) {
      long[] slots = table;
      String name = unit.name();
      if (slots == null) {
        Integer k = requireNonNull(byName).get(name);
        return k != null && units[k].equals(unit) ? k : -1;
      }
      int mask = slots.length - 1;
      for (int slot = MemberIndex.mix(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
        long entry = slots[slot];
        if ((int) (entry >>> 32) == hash) {
          int k = (int) entry - 1;
          EvaluatedUnit member = units[k];
          if (member == unit) {
            return k;
          } else if (member.name().equals(name)) {
            return member.equals(unit) ? k : -1;
          }
        }
      }
      return -1;
    }
  }

  private static void checkSheet(EvaluationGroup group, ScoreSheet sheet, @Nullable ScoreSheet earlier) {
    checkArgument(
        sheet.period().equals(group.period()),
        "Ranking group %s of period %s: sheet for unit %s is for period %s",
        group.id(), group.period(), sheet.unit().name(), sheet.period());
    checkArgument(earlier == null, "Ranking group %s: two sheets for unit %s", group.id(), sheet.unit().name());
  }

  /** A ranking of the group's members in the order the group lists them, as a report publishes it. */
  public static Ranking fromPublishedOrder(EvaluationGroup group) {
    requireNonNull(group, "group");
    return fromPublishedOrder(group, group.members().stream().map(EvaluatedUnit::name).toList());
  }

  /**
   * A ranking of the group's members in the published order of the given unit names, with no
   * scores; every unit has its own place.
   *
   * @throws IllegalArgumentException if the names are not each member's name exactly once
   */
  public static Ranking fromPublishedOrder(EvaluationGroup group, List<String> unitNames) {
    requireNonNull(unitNames, "unitNames");
    return fromPublishedPlaces(group, unitNames.stream().map(name -> List.of(requireNonNull(name, "name"))).toList());
  }

  /**
   * A ranking of the group's members from published places, each a list of the unit names that
   * share it (并列): {@code [[A], [B, C], [D]]} places A first, B and C tied second, and D fourth.
   * Units of one place keep the order given.
   *
   * @throws IllegalArgumentException naming the place and the name if a place is empty, a name
   *     is not a member's, or a member is named twice or not at all
   */
  public static Ranking fromPublishedPlaces(EvaluationGroup group, List<? extends List<String>> places) {
    requireNonNull(group, "group");
    requireNonNull(places, "places");
    List<EvaluatedUnit> members = group.members();
    int n = members.size();
    checkArgument(n > 0, "Ranking group %s has no members; an empty group cannot be ranked", group.id());
    Map<String, Integer> indexOfName = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      indexOfName.put(members.get(i).name(), i);
    }
    int[] member = new int[n];
    int[] tieGroup = new int[n];
    int[] tieGroupStart = new int[places.size() + 1];
    int[] placeOfMember = new int[n];
    Arrays.fill(placeOfMember, -1);
    int p = 0;
    for (int g = 0; g < places.size(); g++) {
      List<String> place = requireNonNull(places.get(g), "place");
      checkArgument(!place.isEmpty(), "Ranking group %s: published place %s names no unit", group.id(), g + 1);
      tieGroupStart[g] = p;
      for (String name : place) {
        requireNonNull(name, "name");
        Integer i = indexOfName.get(name);
        checkArgument(
            i != null,
            "Ranking group %s: published place %s names %s, which is not a member", group.id(), g + 1, name);
        checkArgument(
            placeOfMember[i] < 0,
            "Ranking group %s: published place %s names %s, already named at place %s",
            group.id(), g + 1, name, placeOfMember[i] + 1);
        placeOfMember[i] = g;
        member[p] = i;
        tieGroup[p] = g;
        p++;
      }
    }
    tieGroupStart[places.size()] = p;
    List<String> unnamed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (placeOfMember[i] < 0) {
        unnamed.add(members.get(i).name());
      }
    }
    checkArgument(
        unnamed.isEmpty(), "Ranking group %s: published places do not name members %s", group.id(), unnamed);
    return new Ranking(group, null, member, new ScoreSheet[n], new long[n], tieGroup, tieGroupStart,
        ImmutableList.of());
  }

  /**
   * Ranks a group whose sheets are matched: the sheet of member i is {@code sheetOf[from + i]}.
   *
   * <p>Each unit's rank order — bucket (scored, vetoed, missing), rank key from high to low,
   * tie-breakers from high to low, then its place in the name order — is packed into one {@code
   * long} where the ranges allow (keys are shifted by their common trailing zero bits first), and
   * the units are sorted as primitives; units tie where the packed values agree but for the name
   * place. Otherwise the units are sorted with a comparator on the same fields.
   */
  private static Ranking rankMatched(
      ScoringScheme scheme, EvaluationGroup group, MemberIndex<EvaluatedUnit> index, Matched matched, int from) {
    List<EvaluatedUnit> members = group.members();
    int n = members.size();
    @Nullable ScoreSheet[] sheetOf = matched.sheetOf;
    byte[] state = matched.state;
    CompositeRule rule = scheme.composite();
    RankingRule ranking = scheme.ranking();
    MissingSheetPolicy missingPolicy = ranking.missingSheetPolicy();
    if (missingPolicy == MissingSheetPolicy.REJECT) {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (state[from + i] == Matched.NO_SHEET) {
          missing.add(members.get(i).name());
        }
      }
      checkArgument(
          missing.isEmpty(), "Ranking group %s: no sheet for members %s (MissingSheetPolicy REJECT)", group.id(), missing);
    }
    boolean exact = ranking.rankBasis() == RankBasis.EXACT;
    boolean excludeVetoed = ranking.vetoPolicy() == VetoPolicy.EXCLUDE;
    boolean excludeMissing = missingPolicy == MissingSheetPolicy.EXCLUDE;

    long[] key = new long[n];
    byte[] bucket = new byte[n];
    ImmutableList.Builder<Exclusion> exclusions = ImmutableList.builder();
    int m = 0;
    Range keys = new Range();
    for (int i = 0; i < n; i++) {
      byte s = state[from + i];
      if (s == Matched.NO_SHEET) {
        if (excludeMissing) {
          exclusions.add(Exclusion.missingSheet(members.get(i)));
          bucket[i] = LEFT_OUT;
        } else {
          bucket[i] = MISSING;
          m++;
        }
        continue;
      }
      long c;
      boolean vetoed;
      if (s == Matched.NOT_COMPUTED) {
        ScoreSheet sheet = requireNonNull(sheetOf[from + i]);
        c = rule.scaledComposite(sheet);
        matched.composite[from + i] = c;
        vetoed = sheet.isVetoed();
      } else {
        c = matched.composite[from + i];
        vetoed = s == Matched.VETOED;
      }
      long k = exact ? c : scheme.rankKey(c);
      key[i] = k;
      if (vetoed && excludeVetoed) {
        exclusions.add(Exclusion.vetoed(members.get(i), requireNonNull(sheetOf[from + i]).vetoReason()));
        bucket[i] = LEFT_OUT;
        continue;
      }
      bucket[i] = vetoed ? VETOED : SCORED;
      keys.add(k);
      m++;
    }

    int breakers = ranking.tieBreakers().size();
    long[][] breaker = new long[breakers][];
    Range[] breakerRanges = new Range[breakers];
    for (int t = 0; t < breakers; t++) {
      ScoreComponent component = ranking.tieBreakers().get(t);
      breaker[t] = new long[n];
      breakerRanges[t] = new Range();
      for (int i = 0; i < n; i++) {
        ScoreSheet sheet = sheetOf[from + i];
        if (sheet != null && bucket[i] != LEFT_OUT) {
          breaker[t][i] = CompositeRule.scaledScore(sheet, component);
          breakerRanges[t].add(breaker[t][i]);
        }
      }
    }

    int rankBits = bits(n - 1);
    int bits = 2 + keys.bits() + rankBits;
    for (Range r : breakerRanges) {
      bits += r.bits();
    }
    return bits <= 63
        ? packedRanking(scheme, group, index, matched, from, m, key, bucket, breaker, keys, breakerRanges,
            exclusions.build())
        : sortedRanking(scheme, group, index, matched, from, m, key, bucket, breaker, exclusions.build());
  }

  /** The ranking by one primitive sort of packed (bucket, key, tie-breakers, name place) values. */
  private static Ranking packedRanking(
      ScoringScheme scheme, EvaluationGroup group, MemberIndex<EvaluatedUnit> index, Matched matched, int from, int m,
      long[] key, byte[] bucket, long[][] breaker, Range keys, Range[] breakerRanges,
      ImmutableList<Exclusion> exclusions) {
    int n = bucket.length;
    int rankBits = bits(n - 1);
    int keyBits = keys.bits();
    long[] packed = new long[m];
    for (int i = 0, t = 0; i < n; i++) {
      byte b = bucket[i];
      if (b == LEFT_OUT) {
        continue;
      }
      boolean missing = b == MISSING;
      long v = (long) b << keyBits | (missing ? 0 : keys.field(key[i]));
      for (int j = 0; j < breaker.length; j++) {
        Range r = breakerRanges[j];
        v = v << r.bits() | (missing ? 0 : r.field(breaker[j][i]));
      }
      packed[t++] = v << rankBits | index.nameRank(i);
    }
    Arrays.sort(packed);
    long rankMask = (1L << rankBits) - 1;
    int[] order = new int[m];
    ScoreSheet[] sheets = new ScoreSheet[m];
    long[] composites = new long[m];
    int[] tieGroup = new int[m];
    int[] groupStart = new int[m + 1];
    int groups = 0;
    long previous = -1;
    for (int p = 0; p < m; p++) {
      long v = packed[p];
      int i = index.memberAt((int) (v & rankMask));
      long tie = v >>> rankBits;
      if (tie != previous) {
        groupStart[groups++] = p;
        previous = tie;
      }
      tieGroup[p] = groups - 1;
      order[p] = i;
      sheets[p] = matched.sheetOf[from + i];
      composites[p] = matched.composite[from + i];
    }
    groupStart[groups] = m;
    return new Ranking(group, scheme, order, sheets, composites, tieGroup, Arrays.copyOf(groupStart, groups + 1),
        exclusions);
  }

  /** The ranking by a comparator on the same fields, for ranges too wide to pack. */
  private static Ranking sortedRanking(
      ScoringScheme scheme, EvaluationGroup group, MemberIndex<EvaluatedUnit> index, Matched matched, int from, int m,
      long[] key, byte[] bucket, long[][] breaker, ImmutableList<Exclusion> exclusions) {
    Integer[] units = new Integer[m];
    for (int i = 0, t = 0; i < bucket.length; i++) {
      if (bucket[i] != LEFT_OUT) {
        units[t++] = i;
      }
    }
    Arrays.sort(units, (a, b) -> {
      int c = compareTied(a, b, bucket, key, breaker);
      return c != 0 ? c : Integer.compare(index.nameRank(a), index.nameRank(b));
    });
    int[] order = new int[m];
    ScoreSheet[] sheets = new ScoreSheet[m];
    long[] composites = new long[m];
    int[] tieGroup = new int[m];
    int[] groupStart = new int[m + 1];
    int groups = 0;
    for (int p = 0; p < m; p++) {
      int i = units[p];
      if (p == 0 || compareTied(order[p - 1], i, bucket, key, breaker) != 0) {
        groupStart[groups++] = p;
      }
      tieGroup[p] = groups - 1;
      order[p] = i;
      sheets[p] = matched.sheetOf[from + i];
      composites[p] = matched.composite[from + i];
    }
    groupStart[groups] = m;
    return new Ranking(group, scheme, order, sheets, composites, tieGroup, Arrays.copyOf(groupStart, groups + 1),
        exclusions);
  }

  /** Bucket, then key from high to low, then each tie-breaker from high to low; 0 for a tie. */
  private static int compareTied(int a, int b, byte[] bucket, long[] key, long[][] breaker) {
    if (bucket[a] != bucket[b]) {
      return Byte.compare(bucket[a], bucket[b]);
    }
    int c = Long.compare(key[b], key[a]);
    for (int t = 0; c == 0 && t < breaker.length; t++) {
      c = Long.compare(breaker[t][b], breaker[t][a]);
    }
    return c;
  }

  /** The bits a value in [0, x] needs: 0 for x = 0. */
  private static int bits(long x) {
    return 64 - Long.numberOfLeadingZeros(x);
  }

  /**
   * The range of the values of one field, and how a value packs: as its distance below the
   * maximum (so that a higher value sorts first), shifted right by the trailing zero bits every
   * distance shares. Wider than 2⁶² counts as not packable.
   */
  private static final class Range {
    private boolean any;
    private long first;
    private long min;
    private long max;
    /** The bitwise or of every value's difference from the first: its trailing zeros are shared. */
    private long differences;
    private int shift = -1;

    void add(long value) {
      if (!any) {
        any = true;
        first = value;
        min = value;
        max = value;
      } else {
        min = Math.min(min, value);
        max = Math.max(max, value);
        differences |= value - first;
      }
    }

    /** The bits a packed value needs, or 64 if the range is too wide; no value is added after. */
    int bits() {
      if (!any) {
        return 0;
      }
      long range = max - min;
      return range < 0 || range >= 1L << 62 ? 64 : Rankings.bits(range >>> shift());
    }

    private int shift() {
      if (shift < 0) {
        shift = differences == 0 ? 0 : Long.numberOfTrailingZeros(differences);
      }
      return shift;
    }

    /** The packed field of a value added. */
    long field(long value) {
      return (max - value) >>> shift();
    }
  }
}
