package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The composites of plain sheets, computed as sheets are read ({@code Rankings.PlainComposites},
 * private to {@link Rankings}, so reached by reflection): a sheet without bonus or deduction whose
 * components are the rule's, in any order, and at most 900 of them, has exactly the rule's {@link
 * CompositeRule#scaledComposite}; any other sheet is not plain ({@code Long.MIN_VALUE}), and its
 * composite is left to the rule. The answer does not depend on the sheets read before.
 *
 * <p>Rankings cannot tell a plain sheet from one the rule computes, as both give one composite:
 * this is the rule that keeps the rule's checks out of the reading of ordinary sheets.
 */
class RankingsPlainCompositesKillTest {

  private static final long NOT_PLAIN = Long.MIN_VALUE;
  private static final ScoreComponent BASE = ScoreComponent.BASE_EVALUATION;
  private static final ScoreComponent ON_SITE = ScoreComponent.ON_SITE_EVALUATION;
  private static final EvaluatedUnit UNIT = EvaluatedUnit.department("市财政局");

  /** A PlainComposites of Rankings, for one rule. */
  private static final class Probe {
    private static final Class<?> PLAIN = plainClass();
    private static final Constructor<?> NEW = constructor();
    private static final Method OF = method();

    private final Object plain;

    Probe(CompositeRule rule) {
      try {
        plain = NEW.newInstance(rule);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }

    private static Class<?> plainClass() {
      for (Class<?> c : Rankings.class.getDeclaredClasses()) {
        if (c.getSimpleName().equals("PlainComposites")) {
          return c;
        }
      }
      throw new AssertionError("Rankings has no nested class PlainComposites");
    }

    private static Constructor<?> constructor() {
      try {
        Constructor<?> c = PLAIN.getDeclaredConstructor(CompositeRule.class);
        c.setAccessible(true);
        return c;
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
    }

    private static Method method() {
      try {
        Method m = PLAIN.getDeclaredMethod("of", ScoreSheet.class);
        m.setAccessible(true);
        return m;
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
    }

    long of(ScoreSheet sheet) {
      try {
        return (Long) OF.invoke(plain, sheet);
      } catch (InvocationTargetException e) {
        throw new AssertionError(e.getCause());
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static Score randomScore(Random random) {
    return Score.ofScaled(random.nextInt(1_000_001));
  }

  private static ScoreSheet sheet(Random random, ScoreComponent... components) {
    ScoreSheet.Builder b = ScoreSheet.builder().unit(UNIT).period(Sheets.H1);
    for (ScoreComponent c : components) {
      b.putScores(c, randomScore(random));
    }
    return b.build();
  }

  @Test
  void thePlainCompositeOfASheetOfTheRulesComponentsIsTheRulesInEitherOrder() {
    CompositeRule rule = ScoringScheme.LIAOCHENG_2022.composite();
    Probe probe = new Probe(rule);
    Random random = new Random(7_030);
    for (int i = 0; i < 500; i++) {
      // the two orders are two component lists: the reader learns each as it changes
      ScoreSheet s = random.nextInt(3) == 0 ? sheet(random, ON_SITE, BASE) : sheet(random, BASE, ON_SITE);
      assertThat(probe.of(s)).as("sheet %s", i).isEqualTo(rule.scaledComposite(s));
    }
  }

  @Test
  void aSheetWithABonusOrADeductionOrOtherComponentsIsNotPlain() {
    CompositeRule rule = ScoringScheme.LIAOCHENG_2022.composite();
    Probe probe = new Probe(rule);
    Random random = new Random(2_022);
    ScoreSheet plain = sheet(random, BASE, ON_SITE);
    ScoreAdjustment one = ScoreAdjustment.of(Score.of(1), "争先创优");
    ScoreSheet bonus = ScoreSheet.builder().from(plain).addBonuses(one).build();
    ScoreSheet deduction = ScoreSheet.builder().from(plain).addDeductions(one).build();
    ScoreComponent other = ScoreComponent.of("群众满意度", Score.ZERO, Score.of(100));
    ScoreSheet onlyBase = sheet(random, BASE);
    ScoreSheet third = sheet(random, BASE, ON_SITE, other);
    ScoreSheet otherSecond = sheet(random, BASE, other);

    assertThat(probe.of(bonus)).isEqualTo(NOT_PLAIN);
    assertThat(probe.of(plain)).isEqualTo(rule.scaledComposite(plain));
    assertThat(probe.of(deduction)).isEqualTo(NOT_PLAIN);
    assertThat(probe.of(onlyBase)).isEqualTo(NOT_PLAIN);
    assertThat(probe.of(onlyBase)).isEqualTo(NOT_PLAIN);
    assertThat(probe.of(plain)).isEqualTo(rule.scaledComposite(plain));
    assertThat(probe.of(third)).isEqualTo(NOT_PLAIN);
    assertThat(probe.of(otherSecond)).isEqualTo(NOT_PLAIN);
    assertThat(probe.of(bonus)).isEqualTo(NOT_PLAIN);
    assertThat(probe.of(plain)).isEqualTo(rule.scaledComposite(plain));
    // a fresh reader whose first sheet is not the rule's
    Probe fresh = new Probe(rule);
    assertThat(fresh.of(otherSecond)).isEqualTo(NOT_PLAIN);
    assertThat(fresh.of(plain)).isEqualTo(rule.scaledComposite(plain));
  }

  private static List<ScoreComponent> components(int count) {
    List<ScoreComponent> components = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      components.add(ScoreComponent.of(String.format("指标%04d", i), Score.ZERO, Score.of(100)));
    }
    return components;
  }

  /** Weights of 0.001 but the last, which takes the rest: they sum to 1. */
  private static CompositeRule rule(List<ScoreComponent> components) {
    CompositeRule.Builder b = CompositeRule.builder();
    BigDecimal each = new BigDecimal("0.001");
    for (int i = 0; i < components.size() - 1; i++) {
      b.putWeights(components.get(i), each);
    }
    b.putWeights(components.get(components.size() - 1),
        BigDecimal.ONE.subtract(each.multiply(BigDecimal.valueOf(components.size() - 1L))));
    return b.build();
  }

  @Test
  void aSheetOfNineHundredComponentsIsPlainAndOfNineHundredAndOneIsNot() {
    Random random = new Random(900);
    for (int count : new int[] {899, 900, 901}) {
      List<ScoreComponent> components = components(count);
      CompositeRule rule = rule(components);
      Probe probe = new Probe(rule);
      for (int i = 0; i < 3; i++) {
        ScoreSheet s = sheet(random, components.toArray(new ScoreComponent[0]));
        long composite = rule.scaledComposite(s);
        assertThat(probe.of(s)).as("%s components", count).isEqualTo(count <= 900 ? composite : NOT_PLAIN);
      }
    }
  }

  @Test
  void rankingsOfPlainSheetsOfNineHundredComponentsHaveTheRulesComposites() {
    Random random = new Random(901);
    List<ScoreComponent> components = components(900);
    CompositeRule rule = rule(components);
    ScoringScheme scheme = ScoringScheme.of("九百项", rule, RankingRule.defaults());
    EvaluationGroup group = Sheets.group("nine-hundred", 5);
    List<ScoreSheet> sheets = new ArrayList<>();
    for (EvaluatedUnit unit : group.members()) {
      ScoreSheet.Builder b = ScoreSheet.builder().unit(unit).period(Sheets.H1);
      components.forEach(c -> b.putScores(c, randomScore(random)));
      sheets.add(b.build());
    }
    Ranking ranking = Rankings.rank(scheme, group, sheets);
    for (RankedEntry e : ranking.entries()) {
      assertThat(e.compositeScore().orElseThrow()).isEqualByComparingTo(rule.composite(e.sheet().orElseThrow()));
    }
  }
}
