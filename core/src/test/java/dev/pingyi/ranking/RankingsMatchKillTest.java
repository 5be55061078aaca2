package dev.pingyi.ranking;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableMap;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.math.BigDecimal;
import java.util.AbstractCollection;
import java.util.AbstractSequentialList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Random;
import java.util.RandomAccess;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How {@link Rankings} matches sheets to members, against a naive oracle (every composite
 * Σ weight × score + bonuses − deductions in {@link BigDecimal}, units sorted by it from high to
 * low, then by name, competition ranks): sheet counts around multiples of the batch of 64, sheets
 * for units equal to a member but other instances, names whose hash codes collide, many groups
 * of several periods, the parallel path's own result, and collections of sheets that are not
 * random-access lists.
 */
class RankingsMatchKillTest {

  private static final ScoringScheme SCHEME = ScoringScheme.LIAOCHENG_2022;
  private static final ReportPeriod H2 = ReportPeriod.ofHalfYear(2022, 2);
  private static final int BATCH = 64;

  // ---- the oracle

  private static BigDecimal composite(ScoreSheet sheet) {
    BigDecimal c = BigDecimal.ZERO;
    for (Map.Entry<ScoreComponent, BigDecimal> w : SCHEME.composite().weights().entrySet()) {
      c = c.add(w.getValue().multiply(requireNonNull(sheet.scores().get(w.getKey())).toBigDecimal()));
    }
    for (ScoreAdjustment b : sheet.bonuses()) {
      c = c.add(b.points().toBigDecimal());
    }
    for (ScoreAdjustment d : sheet.deductions()) {
      c = c.subtract(d.points().toBigDecimal());
    }
    return c;
  }

  /** Asserts that the ranking of the group is the oracle's for the sheets of its members among those given. */
  private static void assertRankedAsTheOracleRanks(
      String what, EvaluationGroup group, Collection<ScoreSheet> sheets, Ranking ranking) {
    Set<String> names = new HashSet<>();
    group.members().forEach(u -> names.add(u.name()));
    Map<String, BigDecimal> compositeOf = new HashMap<>();
    for (ScoreSheet sheet : sheets) {
      if (names.contains(sheet.unit().name())) {
        assertThat(compositeOf.put(sheet.unit().name(), composite(sheet))).as("%s: one sheet a unit", what).isNull();
      }
    }
    assertThat(compositeOf.keySet()).as("%s: a sheet for every member", what).isEqualTo(names);
    List<String> order = new ArrayList<>(names);
    order.sort(Comparator.comparing((String n) -> requireNonNull(compositeOf.get(n))).reversed()
        .thenComparing(Comparator.<String>naturalOrder()));
    assertThat(ranking.entries()).as("%s: the order", what).extracting(e -> e.unit().name())
        .containsExactlyElementsOf(order);
    int rank = 0;
    for (int p = 0; p < order.size(); p++) {
      BigDecimal c = requireNonNull(compositeOf.get(order.get(p)));
      if (p == 0 || c.compareTo(requireNonNull(compositeOf.get(order.get(p - 1)))) != 0) {
        rank = p + 1;
      }
      RankedEntry entry = ranking.entries().get(p);
      assertThat(entry.competitionRank()).as("%s: rank of %s", what, order.get(p)).isEqualTo(rank);
      assertThat(entry.compositeScore().orElseThrow()).as("%s: composite of %s", what, order.get(p))
          .isEqualByComparingTo(c);
      assertThat(entry.sheet().orElseThrow().unit().name()).isEqualTo(order.get(p));
    }
  }

  private static void assertAllRankedAsTheOracleRanks(
      String what, List<EvaluationGroup> groups, List<ScoreSheet> sheets, ImmutableMap<String, Ranking> rankings) {
    assertThat(rankings.keySet().asList()).as(what)
        .containsExactlyElementsOf(groups.stream().map(EvaluationGroup::id).toList());
    for (EvaluationGroup group : groups) {
      assertRankedAsTheOracleRanks(what + ", group " + group.id(), group, sheets,
          requireNonNull(rankings.get(group.id())));
    }
  }

  /** Ranks sequentially, on the parallel path (its own result, not the fallback) and per group; all as the oracle. */
  private static void assertEveryPathRanksAsTheOracle(String what, List<EvaluationGroup> groups, List<ScoreSheet> sheets) {
    ImmutableMap<String, Ranking> sequential = Rankings.rankAll(SCHEME, groups, sheets);
    assertAllRankedAsTheOracleRanks(what + " (rankAll)", groups, sheets, sequential);
    ImmutableMap<String, Ranking> parallel = Rankings.rankAll(SCHEME, groups, sheets, true);
    assertThat(parallel).as("%s: the parallel path's own result", what).isNotNull().isEqualTo(sequential);
    // fresh group instances: a table built afresh, not the one kept by the calls above
    List<EvaluationGroup> fresh = groups.stream()
        .map(g -> (EvaluationGroup) EvaluationGroup.builder().from(g).build()).toList();
    assertThat(Rankings.rankAll(SCHEME, fresh, sheets)).as("%s: fresh groups", what).isEqualTo(sequential);
    for (EvaluationGroup group : groups) {
      List<ScoreSheet> own = sheets.stream().filter(s -> group.members().contains(s.unit())).toList();
      assertThat(Rankings.rank(SCHEME, group, own)).as("%s: rank of %s", what, group.id())
          .isEqualTo(sequential.get(group.id()));
    }
  }

  private static List<ScoreSheet> sheetsOf(Random random, List<EvaluationGroup> groups) {
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluationGroup group : groups) {
      sheets.addAll(Sheets.randomSheets(random, group, true));
    }
    Collections.shuffle(sheets, random);
    return sheets;
  }

  /** The sheets, every k-th for a unit equal to its member but another instance. */
  private static List<ScoreSheet> withEqualUnits(List<ScoreSheet> sheets, int k) {
    List<ScoreSheet> out = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      ScoreSheet s = sheets.get(i);
      out.add(i % k == 0 ? s.withUnit(EvaluatedUnit.department(s.unit().name())) : s);
    }
    return out;
  }

  // ---- batches

  @Test
  void sheetCountsAroundMultiplesOfTheBatchRankAsTheOracle() {
    Random random = new Random(64_064);
    int[] counts = {1, 2, BATCH - 1, BATCH, BATCH + 1, 2 * BATCH - 1, 2 * BATCH, 2 * BATCH + 1, 3 * BATCH,
        3 * BATCH + 1};
    for (int count : counts) {
      EvaluationGroup group = Sheets.group("b" + count, count);
      List<ScoreSheet> sheets = sheetsOf(random, List.of(group));
      Ranking ranking = Rankings.rank(SCHEME, group, sheets);
      assertRankedAsTheOracleRanks("one group of " + count, group, sheets, ranking);
      // the last sheet of a batch, the first of the next, and the very last for equal units, not the members
      List<ScoreSheet> equal = withEqualUnits(sheets, Math.max(1, BATCH - 1));
      assertThat(Rankings.rank(SCHEME, group, equal)).as("equal units, %s", count).isEqualTo(ranking);
      assertEveryPathRanksAsTheOracle("one group of " + count, List.of(group), sheets);
    }
    // two groups whose sheets together are just below, at and above multiples of the batch
    for (int total : new int[] {BATCH - 1, BATCH, BATCH + 1, 2 * BATCH - 1, 2 * BATCH, 2 * BATCH + 1}) {
      int first = 1 + random.nextInt(total - 1);
      List<EvaluationGroup> groups = List.of(Sheets.group("t" + total + "a", first),
          Sheets.group("t" + total + "b", total - first));
      List<ScoreSheet> sheets = sheetsOf(random, groups);
      assertEveryPathRanksAsTheOracle("two groups of " + total, groups, sheets);
      assertEveryPathRanksAsTheOracle("two groups of " + total + ", equal units", groups, withEqualUnits(sheets, 3));
    }
  }

  @Test
  void manySheetsSplitInRunsOnTheParallelPathRankAsTheOracle() {
    Random random = new Random(1_024);
    List<EvaluationGroup> groups = List.of(Sheets.group("m1", 1_100), Sheets.group("m2", 17), Sheets.group("m3", 1_000));
    List<ScoreSheet> sheets = sheetsOf(random, groups);
    assertEveryPathRanksAsTheOracle("2117 sheets", groups, sheets);
    assertEveryPathRanksAsTheOracle("2117 sheets, equal units", groups, withEqualUnits(sheets, 97));
  }

  // ---- finding members

  @Test
  void aSheetForAUnitEqualToAMemberButAnotherInstanceIsThatMembers() {
    Random random = new Random(5_150);
    for (int groupCount = 1; groupCount <= 3; groupCount++) {
      List<EvaluationGroup> groups = new ArrayList<>();
      for (int g = 0; g < groupCount; g++) {
        groups.add(Sheets.group("e" + groupCount + "g" + g, 1 + random.nextInt(40)));
      }
      List<ScoreSheet> sheets = sheetsOf(random, groups);
      // every sheet, then every other, then only the first slot's and the last slot's member's, by an equal unit
      assertEveryPathRanksAsTheOracle(groupCount + " groups, all equal units", groups, withEqualUnits(sheets, 1));
      assertEveryPathRanksAsTheOracle(groupCount + " groups, every other", groups, withEqualUnits(sheets, 2));
      String firstName = groups.get(0).members().stream().map(EvaluatedUnit::name).sorted().findFirst().orElseThrow();
      EvaluationGroup last = groups.get(groupCount - 1);
      String lastName = last.members().stream().map(EvaluatedUnit::name).sorted(Comparator.reverseOrder())
          .findFirst().orElseThrow();
      List<ScoreSheet> two = new ArrayList<>();
      for (ScoreSheet s : sheets) {
        boolean copy = s.unit().name().equals(firstName) || s.unit().name().equals(lastName);
        two.add(copy ? s.withUnit(EvaluatedUnit.department(s.unit().name())) : s);
      }
      assertEveryPathRanksAsTheOracle(groupCount + " groups, first and last slot", groups, two);
    }
  }

  @Test
  void aUnitOfAMembersNameThatIsNotEqualToItIsNoMember() {
    EvaluationGroup a = Sheets.group("na", 3);
    EvaluationGroup b = Sheets.group("nb", 2);
    List<ScoreSheet> sheets = sheetsOf(new Random(7), List.of(a, b));
    String name = b.members().get(1).name();
    // an institution of a department's name: equal in name only
    List<ScoreSheet> other = sheets.stream()
        .map(s -> s.unit().name().equals(name) ? s.withUnit(EvaluatedUnit.institution(name)) : s).toList();
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.rankAll(SCHEME, List.of(a, b), other))
        .withMessage("Ranking: sheet for unit %s, which is a member of no group given", name);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rankings.rank(SCHEME, b, other.stream().filter(s -> s.unit().name().startsWith("nb")).toList()))
        .withMessage("Ranking group nb: sheet for unit %s, which is not a member of the group", name);
  }

  // ---- names in two groups

  private static EvaluationGroup named(String id, List<String> names) {
    return EvaluationGroup.builder().id(id).name("组" + id).category("市政府部门").period(Sheets.H1)
        .addAllMembers(names.stream().map(EvaluatedUnit::department).toList()).build();
  }

  /** The 2^k names of k blocks "Aa" or "BB": all of one String hash code. */
  private static List<String> colliding(int k) {
    List<String> names = new ArrayList<>();
    for (int bits = 0; bits < 1 << k; bits++) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < k; i++) {
        s.append((bits >>> i & 1) == 0 ? "Aa" : "BB");
      }
      names.add(s.toString());
    }
    return names;
  }

  @Test
  void distinctNamesOfOneHashCodeInSeveralGroupsAreDistinct() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    Random random = new Random(2_112);
    List<EvaluationGroup> pair = List.of(named("h1", List.of("Aa")), named("h2", List.of("BB")));
    assertEveryPathRanksAsTheOracle("Aa and BB", pair, sheetsOf(random, pair));

    List<String> names = colliding(7);
    Collections.shuffle(names, random);
    List<EvaluationGroup> groups = List.of(named("c1", names.subList(0, 50)), named("c2", names.subList(50, 51)),
        named("c3", names.subList(51, 128)));
    List<ScoreSheet> sheets = sheetsOf(random, groups);
    assertEveryPathRanksAsTheOracle("128 names of one hash code", groups, sheets);

    // with many other names besides, so that the bit filter is wider than its least
    List<String> more = new ArrayList<>(names);
    for (int i = 0; i < 5_000; i++) {
      more.add("单位" + i);
    }
    Collections.shuffle(more, random);
    List<EvaluationGroup> wide = List.of(named("w1", more.subList(0, 2_000)), named("w2", more.subList(2_000, 5_128)));
    assertEveryPathRanksAsTheOracle("5128 names", wide, sheetsOf(random, wide));
  }

  @Test
  void aNameInTwoGroupsIsRejectedEvenAmongNamesOfOneHashCode() {
    List<String> names = colliding(6);
    List<EvaluationGroup> twice = List.of(named("d1", names.subList(0, 40)),
        named("d2", List.of(names.get(50), names.get(17), names.get(60))));
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.rankAll(SCHEME, twice, List.of()))
        .withMessage("Ranking: unit %s is a member of both group d1 and group d2", names.get(17));

    // the name given twice is the first of its hash code in neither group
    List<EvaluationGroup> late = List.of(named("l1", List.of("AaAa", "BBBB", "单位甲")),
        named("l2", List.of("单位乙", "AaBB", "BBAa")), named("l3", List.of("单位丙", "BBBB")));
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.rankAll(SCHEME, late, List.of()))
        .withMessage("Ranking: unit BBBB is a member of both group l1 and group l3");
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.rankAllParallel(SCHEME, late, List.of()))
        .withMessage("Ranking: unit BBBB is a member of both group l1 and group l3");

    // among thousands of names of other hash codes
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      many.add("单位" + i);
    }
    List<EvaluationGroup> big = List.of(named("g1", many.subList(0, 3_000)), named("g2", many.subList(3_000, 6_000)),
        named("g3", List.of("其他", "单位4321")));
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.rankAll(SCHEME, big, List.of()))
        .withMessage("Ranking: unit 单位4321 is a member of both group g2 and group g3");
  }

  // ---- many groups, several periods

  @Test
  void manyGroupsOfSeveralPeriodsRankAsTheOracle() {
    Random random = new Random(4_040);
    for (int round = 0; round < 12; round++) {
      List<EvaluationGroup> groups = new ArrayList<>();
      int count = 2 + random.nextInt(60);
      for (int g = 0; g < count; g++) {
        EvaluationGroup group = Sheets.group("p" + round + "g" + g, 1 + random.nextInt(round % 3 == 0 ? 3 : 30));
        groups.add(round % 2 == 0 && random.nextInt(3) == 0 ? group.withPeriod(H2) : group);
      }
      List<ScoreSheet> sheets = new ArrayList<>();
      for (EvaluationGroup group : groups) {
        for (ScoreSheet s : Sheets.randomSheets(random, group, random.nextBoolean())) {
          sheets.add(s.period().equals(group.period()) ? s : s.withPeriod(group.period()));
        }
      }
      Collections.shuffle(sheets, random);
      assertEveryPathRanksAsTheOracle("round " + round, groups, withEqualUnits(sheets, 5 + round));
    }
  }

  @Test
  void aSheetOfAnotherPeriodNamesTheGroupOfItsMemberAmongEmptyGroups() {
    List<EvaluationGroup> groups = List.of(Sheets.group("q0", 4), Sheets.group("q1", 0), Sheets.group("q2", 0),
        Sheets.group("q3", 5).withPeriod(H2), Sheets.group("q4", 0), Sheets.group("q5", 3));
    Random random = new Random(8);
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluationGroup group : groups) {
      sheets.addAll(Sheets.randomSheets(random, group, false));
    }
    // the sheets of q3 are for H1, not its period H2: the first one is reported with its group
    ScoreSheet wrong = sheets.get(4);
    assertThat(wrong.unit().name()).startsWith("q3-");
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.rankAll(SCHEME, groups, sheets))
        .withMessage("Ranking group q3 of period %s: sheet for unit %s is for period %s",
            H2, wrong.unit().name(), Sheets.H1);
    // with the periods right, the first empty group is reported
    List<ScoreSheet> right = sheets.stream()
        .map(s -> s.unit().name().startsWith("q3-") ? s.withPeriod(H2) : s).toList();
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.rankAll(SCHEME, groups, right))
        .withMessage("Ranking group q1 has no members; an empty group cannot be ranked");
    // and a second sheet for the last member of the last group is reported with its group
    List<ScoreSheet> second = new ArrayList<>(right);
    second.add(right.get(right.size() - 1));
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.rankAll(SCHEME, groups, second))
        .withMessage("Ranking group q5: two sheets for unit %s", right.get(right.size() - 1).unit().name());
  }

  // ---- collections of sheets

  /** Random access but no list: the sheets are read through its iterator. */
  private static final class RandomAccessBag extends AbstractCollection<ScoreSheet> implements RandomAccess {
    private final List<ScoreSheet> sheets;

    RandomAccessBag(List<ScoreSheet> sheets) {
      this.sheets = sheets;
    }

    @Override
    public Iterator<ScoreSheet> iterator() {
      return sheets.iterator();
    }

    @Override
    public int size() {
      return sheets.size();
    }
  }

  /** A list without random access, which refuses to be read by index: O(n) a read in a linked list. */
  private static final class SequentialList extends AbstractSequentialList<ScoreSheet> {
    private final List<ScoreSheet> sheets;

    SequentialList(List<ScoreSheet> sheets) {
      this.sheets = sheets;
    }

    @Override
    public ListIterator<ScoreSheet> listIterator(int index) {
      return Collections.unmodifiableList(sheets).listIterator(index);
    }

    @Override
    public int size() {
      return sheets.size();
    }

    @Override
    public ScoreSheet get(int index) {
      throw new UnsupportedOperationException("a list without random access read by index");
    }
  }

  @Test
  void sheetsInACollectionThatIsNoRandomAccessListAreReadInItsOrder() {
    Random random = new Random(9_001);
    List<EvaluationGroup> groups = List.of(Sheets.group("ra", 150), Sheets.group("rb", 20));
    List<ScoreSheet> sheets = sheetsOf(random, groups);
    ImmutableMap<String, Ranking> expected = Rankings.rankAll(SCHEME, groups, sheets);
    assertAllRankedAsTheOracleRanks("list", groups, sheets, expected);

    assertThat(Rankings.rankAll(SCHEME, groups, new RandomAccessBag(sheets))).isEqualTo(expected);
    assertThat(Rankings.rankAll(SCHEME, groups, new SequentialList(sheets))).isEqualTo(expected);
    assertThat(Rankings.rankAll(SCHEME, groups, new SequentialList(sheets), true)).isEqualTo(expected);
    assertThat(Rankings.rankAllParallel(SCHEME, groups, new RandomAccessBag(sheets))).isEqualTo(expected);
    EvaluationGroup one = groups.get(1);
    List<ScoreSheet> own = sheets.stream().filter(s -> s.unit().name().startsWith("rb-")).toList();
    assertThat(Rankings.rank(SCHEME, one, new RandomAccessBag(own))).isEqualTo(expected.get("rb"));
    assertThat(Rankings.rank(SCHEME, one, new SequentialList(own))).isEqualTo(expected.get("rb"));
    // a duplicate in such a collection is reported as in a list
    List<ScoreSheet> twice = new ArrayList<>(own);
    twice.add(own.get(3));
    assertThatIllegalArgumentException().isThrownBy(() -> Rankings.rank(SCHEME, one, new SequentialList(twice)))
        .withMessage("Ranking group rb: two sheets for unit %s", own.get(3).unit().name());
  }
}
