package dev.pingyi.benchmarks;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.ReportPeriod;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.ranking.RankedEntry;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Pingyi's public API on model objects built beforehand, as a user holds them: the groups and
 * the sheets. {@code pingyi-rankAll} hands all sheets to {@link Rankings#rankAll}; {@code
 * pingyi-rank} calls {@link Rankings#rank} per group on sheets already held per group; {@code
 * pingyi-rank-parallel} does that in a parallel stream, as a user can with sheets held per group;
 * {@code pingyi-rankAll-parallel} hands all sheets to {@link Rankings#rankAllParallel}.
 *
 * <p>{@code rankAll} keeps the table of all members it builds, with the first group, for the next
 * ranking of the same group instances in the same order, which is what {@code pingyi-rankAll}
 * measures from its second call on. {@code pingyi-rankAll-fresh} measures a call that builds its
 * table, as the first ranking of an evaluation's groups does: it alternates between two orders of
 * the groups that begin with the same group (the others reversed), so that the table kept by one
 * call, which replaces the one kept before, never serves the next. The groups' own indexes, kept
 * by each group, are built once as in every variant.
 */
final class PingyiRanking implements RankingEngine {

  static final ReportPeriod PERIOD = ReportPeriod.ofHalfYear(2022, 1);

  private final String variant;
  private final List<EvaluationGroup> groups;
  /** The groups with all but the first in reverse order: another table, the same rankings. */
  private final List<EvaluationGroup> otherOrder;
  private boolean nextInOtherOrder;
  private final List<ScoreSheet> sheets;
  private final List<List<ScoreSheet>> sheetsOfGroup;

  PingyiRanking(String variant, SheetWorkload w) {
    this.variant = variant;
    this.groups = groups(w);
    List<EvaluationGroup> other = new ArrayList<>(groups);
    Collections.reverse(other.subList(1, other.size()));
    this.otherOrder = other;
    this.sheets = sheets(w, groups);
    this.sheetsOfGroup = new ArrayList<>();
    for (int g = 0; g < w.groups; g++) {
      sheetsOfGroup.add(new ArrayList<>());
    }
    for (int s = 0; s < w.size; s++) {
      sheetsOfGroup.get(w.groupOf(w.unit[s])).add(sheets.get(s));
    }
  }

  /** The groups of the workload, each with its units in unit order. */
  static List<EvaluationGroup> groups(SheetWorkload w) {
    List<EvaluationGroup> groups = new ArrayList<>(w.groups);
    for (int g = 0; g < w.groups; g++) {
      EvaluationGroup.Builder group = EvaluationGroup.builder()
          .id(SheetWorkload.groupId(g))
          .name("第" + (g + 1) + "组")
          .category("市直部门")
          .period(PERIOD);
      for (int u = g * w.groupSize; u < Math.min(w.size, (g + 1) * w.groupSize); u++) {
        group.addMembers(EvaluatedUnit.department(SheetWorkload.unitName(u)));
      }
      groups.add(group.build());
    }
    return groups;
  }

  /** The sheets of the workload, in its sheet order, holding the groups' unit instances. */
  static List<ScoreSheet> sheets(SheetWorkload w, List<EvaluationGroup> groups) {
    List<ScoreSheet> sheets = new ArrayList<>(w.size);
    for (int s = 0; s < w.size; s++) {
      int u = w.unit[s];
      EvaluatedUnit unit = groups.get(w.groupOf(u)).members().get(u % w.groupSize);
      sheets.add(ScoreSheet.builder()
          .unit(unit)
          .period(PERIOD)
          .putScores(ScoreComponent.BASE_EVALUATION, Score.ofScaled(100L * w.base[s]))
          .putScores(ScoreComponent.ON_SITE_EVALUATION, Score.ofScaled(100L * w.onSite[s]))
          .build());
    }
    return sheets;
  }

  @Override
  public Object rank() {
    ScoringScheme scheme = ScoringScheme.LIAOCHENG_2022;
    return switch (variant) {
      case PINGYI_RANK_ALL -> Rankings.rankAll(scheme, groups, sheets);
      case PINGYI_RANK_ALL_PARALLEL -> Rankings.rankAllParallel(scheme, groups, sheets);
      case PINGYI_RANK_ALL_FRESH -> {
        nextInOtherOrder = !nextInOtherOrder;
        yield Rankings.rankAll(scheme, nextInOtherOrder ? otherOrder : groups, sheets);
      }
      case PINGYI_RANK -> {
        List<Ranking> rankings = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
          rankings.add(Rankings.rank(scheme, groups.get(g), sheetsOfGroup.get(g)));
        }
        yield rankings;
      }
      case PINGYI_RANK_PARALLEL -> IntStream.range(0, groups.size()).parallel()
          .mapToObj(g -> Rankings.rank(scheme, groups.get(g), sheetsOfGroup.get(g)))
          .toList();
      default -> throw new IllegalStateException("PingyiRanking variant=" + variant);
    };
  }

  @Override
  public int[] ranksOf(Object result) {
    int[] ranks = new int[sheets.size()];
    Iterable<?> rankings = result instanceof Map<?, ?> map ? map.values() : (Iterable<?>) result;
    for (Object r : rankings) {
      for (RankedEntry e : ((Ranking) r).entries()) {
        ranks[Integer.parseInt(e.unit().name().substring(2))] = e.competitionRank();
      }
    }
    return ranks;
  }
}
