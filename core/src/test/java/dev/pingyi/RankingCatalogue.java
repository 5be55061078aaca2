package dev.pingyi;

import static dev.pingyi.CatalogueRow.of;
import static dev.pingyi.CatalogueSamples.BASE;
import static dev.pingyi.CatalogueSamples.COUNTY_LEVEL;
import static dev.pingyi.CatalogueSamples.FINANCE;
import static dev.pingyi.CatalogueSamples.GUANXIAN_GOVERNMENT;
import static dev.pingyi.CatalogueSamples.GUANXIAN_SHEET;
import static dev.pingyi.CatalogueSamples.H2;
import static dev.pingyi.CatalogueSamples.LINQING_SHEET;
import static dev.pingyi.CatalogueSamples.ON_SITE;
import static dev.pingyi.CatalogueSamples.OTHER;
import static dev.pingyi.CatalogueSamples.RESORT_SHEET;
import static dev.pingyi.CatalogueSamples.SOCIAL;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Ratio;
import dev.pingyi.model.Score;
import dev.pingyi.model.ScoreAdjustment;
import dev.pingyi.model.ScoreComponent;
import dev.pingyi.model.ScoreSheet;
import dev.pingyi.ranking.CompositeRule;
import dev.pingyi.ranking.PublishedRanking;
import dev.pingyi.ranking.RankChange;
import dev.pingyi.ranking.RankCorrelation;
import dev.pingyi.ranking.Ranking;
import dev.pingyi.ranking.RankingRule;
import dev.pingyi.ranking.Rankings;
import dev.pingyi.ranking.ScoringScheme;
import dev.pingyi.ranking.TierRule;
import dev.pingyi.ranking.WeightSensitivity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The bad inputs of ranking: rules and tiers, the engine and its analyses, and published lists.
 * A builder whose call fails still builds the rule it would have built.
 */
final class RankingCatalogue {

  static final String RULES = "ranking: schemes, rules and tiers";
  static final String ENGINE = "ranking: engine and analyses";
  static final String PUBLISHED = "ranking: published lists";

  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;

  private static final ScoringScheme LIAOCHENG = ScoringScheme.LIAOCHENG_2022;
  private static final CompositeRule THREE_COMPONENTS = CompositeRule.builder()
      .weight(BASE, "0.5").weight(ON_SITE, "0.3").weight(OTHER, "0.2").build();
  private static final ScoringScheme THREE = ScoringScheme.of("三项评议", THREE_COMPONENTS, RankingRule.defaults());
  private static final List<ScoreSheet> SHEETS = List.of(GUANXIAN_SHEET, LINQING_SHEET, RESORT_SHEET);
  private static final Ranking SCORED = Rankings.rank(LIAOCHENG, COUNTY_LEVEL, SHEETS);
  private static final Ranking PUBLISHED_ORDER = Rankings.fromPublishedOrder(COUNTY_LEVEL);
  private static final EvaluationGroup EMPTY = EvaluationGroup.builder()
      .id("empty").name("空组").category("市政府部门").period(CatalogueSamples.H1).build();
  private static final String SOCIAL_LIST = "第一名:市公安局;第二名:市应急局;第三名:市城管局;第四名:市生态环境局。";

  private RankingCatalogue() {}

  static List<CatalogueRow> rows() {
    CompositeRule.Builder weights = CompositeRule.builder().weight(BASE, "0.7").weight(ON_SITE, "0.3");
    return Arrays.asList(
        // CompositeRule
        of(RULES, "weights summing to 0.9", () -> CompositeRule.builder().weight(BASE, "0.6").weight(ON_SITE, "0.3").build(), IAE, "CompositeRule weights sum to 0.9", "not exactly 1"),
        of(RULES, "weights summing to 1.1", () -> CompositeRule.builder().weight(BASE, "0.8").weight(ON_SITE, "0.3").build(), IAE, "CompositeRule weights sum to 1.1", "not exactly 1"),
        of(RULES, "weight of zero", () -> CompositeRule.builder().weight(BASE, "1").weight(ON_SITE, "0").build(), IAE, "CompositeRule weight of 现场评议分=0", "outside (0, 1]"),
        of(RULES, "weight of 1.5", () -> CompositeRule.builder().weight(BASE, "1.5").weight(ON_SITE, "-0.5").build(), IAE, "CompositeRule weight of 基础评议分=1.5", "outside (0, 1]"),
        of(RULES, "negative weight", () -> CompositeRule.builder().weight(BASE, "-0.3").build(), IAE, "CompositeRule weight of 基础评议分=-0.3", "outside (0, 1]"),
        of(RULES, "weight of seven decimals", () -> CompositeRule.builder().weight(BASE, "0.1234567").weight(ON_SITE, "0.8765433").build(), IAE, "CompositeRule weight of 基础评议分=0.1234567", "more than 6 decimals"),
        of(RULES, "weight with exponent -100000", () -> CompositeRule.builder().putWeights(BASE, new BigDecimal("1e-100000")).build(), IAE, "CompositeRule weight of 基础评议分=1E-100000", "more than 6 decimals"),
        of(RULES, "weight text with a letter", () -> weights.weight(OTHER, "0.7x"), IAE, "CompositeRule weight of 满意度测评分='0.7x'", "holds 'x'").unchanged(weights::build),
        of(RULES, "weight text null", () -> weights.weight(OTHER, null), NPE, "CompositeRule weight of 满意度测评分").unchanged(weights::build),
        of(RULES, "weight of a null component", () -> weights.weight(null, "0.1"), NPE, "component").unchanged(weights::build),
        of(RULES, "weights empty", () -> CompositeRule.builder().build(), IAE, "CompositeRule weights is empty", "a composite needs a component"),
        of(RULES, "component weighted twice under two ranges", () -> CompositeRule.builder().weight(BASE, "0.5").weight(ScoreComponent.of("基础评议分", Score.ZERO, Score.of(70)), "0.5").build(), IAE, "CompositeRule component 基础评议分 is weighted twice"),
        of(RULES, "negative bonus cap", () -> LIAOCHENG.composite().withBonusCap(Score.of(-1)), IAE, "CompositeRule bonusCap=-1", "must not be negative"),
        of(RULES, "negative deduction cap", () -> LIAOCHENG.composite().withDeductionCap(Score.of(-1)), IAE, "CompositeRule deductionCap=-1", "must not be negative"),
        of(RULES, "published scale 11", () -> LIAOCHENG.composite().withPublishedScale(11), IAE, "CompositeRule publishedScale=11", "outside [0, 10]"),
        of(RULES, "published scale -1", () -> LIAOCHENG.composite().withPublishedScale(-1), IAE, "CompositeRule publishedScale=-1", "outside [0, 10]"),
        of(RULES, "published rounding UNNECESSARY", () -> LIAOCHENG.composite().withPublishedRounding(RoundingMode.UNNECESSARY), IAE, "CompositeRule publishedRounding=UNNECESSARY", "name a rounding such as HALF_UP"),
        of(RULES, "composite of a sheet with a component not the rule's", () -> THREE_COMPONENTS.composite(GUANXIAN_SHEET.withScores(java.util.Map.of(BASE, Score.of(90), ON_SITE, Score.of(90), ScoreComponent.of("其他", Score.ZERO, Score.of(100)), Score.of(1)))), IAE, "ScoreSheet 冠县政府 2022H1: component 其他", "is not one of the scheme's components"),
        of(RULES, "composite of a sheet missing a component", () -> THREE_COMPONENTS.composite(GUANXIAN_SHEET), IAE, "ScoreSheet 冠县政府 2022H1: component 满意度测评分 of the scheme is missing"),
        of(RULES, "composite of a sheet whose component has another range", () -> LIAOCHENG.composite().composite(GUANXIAN_SHEET.withScores(java.util.Map.of(BASE, Score.of(60), ScoreComponent.of("现场评议分", Score.ZERO, Score.of(70)), Score.of(60)))), IAE, "ScoreSheet 冠县政府 2022H1: component 现场评议分[0, 70]", "differs from the scheme's 现场评议分[0, 100]"),
        of(RULES, "composite beyond the range of a long", () -> LIAOCHENG.composite().composite(GUANXIAN_SHEET.withBonuses(Collections.nCopies(1000, ScoreAdjustment.of(Score.of(1_000_000), "重大贡献")))), IAE, "ScoreSheet 冠县政府 2022H1: composite exceeds", "bonuses=1000"),
        of(RULES, "composite of a null sheet", () -> LIAOCHENG.composite().composite(null), NPE, "sheet"),
        of(RULES, "published composite of null", () -> LIAOCHENG.composite().published(null), NPE, "composite"),
        // RankingRule, ScoringScheme
        of(RULES, "tie-breaker given twice", () -> RankingRule.builder().addTieBreakers(BASE, BASE).build(), IAE, "RankingRule tie-breaker 基础评议分 is given twice"),
        of(RULES, "tie-breaker not a component", () -> LIAOCHENG.withRanking(RankingRule.builder().addTieBreakers(OTHER).build()), IAE, "ScoringScheme 聊城市2022年上半年政府系统综合评议: tie-breaker 满意度测评分", "is not one of its components"),
        of(RULES, "scheme named blank", () -> LIAOCHENG.withName(""), IAE, "ScoringScheme name=''", "is blank"),
        of(RULES, "scheme without a composite", () -> ScoringScheme.of("评议", null, RankingRule.defaults()), NPE, "composite"),
        // TierRule
        of(RULES, "score tiers not falling", () -> TierRule.byScore().atLeast(new BigDecimal("80"), "良好").atLeast(new BigDecimal("90"), "优秀").otherwise("一般"), IAE, "ScoreTiers minimum=90", "must be below the previous tier's 80"),
        of(RULES, "score tiers of one minimum twice", () -> TierRule.byScore().atLeast(BigDecimal.TEN, "良好").atLeast(BigDecimal.TEN, "优秀").otherwise("一般"), IAE, "ScoreTiers minimum=10", "must be below the previous tier's 10"),
        of(RULES, "score tiers using a label twice", () -> TierRule.byScore().atLeast(BigDecimal.TEN, "优秀").otherwise("优秀"), IAE, "ScoreTiers label 优秀 is used twice"),
        of(RULES, "score tiers with a blank label", () -> TierRule.byScore().atLeast(BigDecimal.TEN, " ").otherwise("一般"), IAE, "ScoreTiers label=' '", "is blank"),
        of(RULES, "score tiers without a last label", () -> TierRule.byScore().atLeast(BigDecimal.TEN, "优秀").build(), IAE, "ScoreTiers has 1 labels for 1 thresholds", "end the rule with otherwise(label)"),
        of(RULES, "score tiers of a null minimum", () -> TierRule.byScore().atLeast(null, "优秀"), NPE, "minimum"),
        of(RULES, "place tiers of 0 places", () -> TierRule.byPlaces().top(0, "前列").otherwise("其他"), IAE, "PlaceTiers places=0", "must be positive"),
        of(RULES, "place tiers not rising", () -> TierRule.byPlaces().top(3, "前三").top(3, "前三名").otherwise("其他"), IAE, "PlaceTiers places=3", "above the previous tier's [3]"),
        of(RULES, "place tiers using a label twice", () -> TierRule.byPlaces().top(3, "前列").otherwise("前列"), IAE, "PlaceTiers label 前列 is used twice"),
        of(RULES, "share tiers of share 0", () -> TierRule.byShare().top(Ratio.ZERO, "优秀").otherwise("其他"), IAE, "ShareTiers share=0", "must be in (0, 1]"),
        of(RULES, "share tiers of share 3/2", () -> TierRule.byShare().top(Ratio.of(3, 2), "优秀").otherwise("其他"), IAE, "ShareTiers share=3/2", "must be in (0, 1]"),
        of(RULES, "share tiers of one share twice", () -> TierRule.byShare().top(Ratio.of(1, 2), "良好").top(Ratio.of(1, 2), "优秀").otherwise("其他"), IAE, "ShareTiers share=1/2", "above the previous tier's [1/2]"),
        of(RULES, "share tiers not rising", () -> TierRule.byShare().top(Ratio.of(1, 2), "良好").top(Ratio.of(1, 5), "优秀").otherwise("其他"), IAE, "ShareTiers share=1/5", "above the previous tier's [1/2]"),
        of(RULES, "score tiers of a published order", () -> PUBLISHED_ORDER.tiers(TierRule.byScore().atLeast(BigDecimal.TEN, "优秀").otherwise("其他")), IAE, "TierRule by score: unit 冠县政府 has no score", "comes from a published order"),
        of(RULES, "tiers by a null rule", () -> SCORED.tiers(null), NPE, "rule"),
        // Engine
        of(ENGINE, "rank an empty group", () -> Rankings.rank(LIAOCHENG, EMPTY, List.of()), IAE, "Ranking group empty has no members", "an empty group cannot be ranked"),
        of(ENGINE, "rank a sheet for a unit not a member", () -> Rankings.rank(LIAOCHENG, COUNTY_LEVEL, List.of(GUANXIAN_SHEET, LINQING_SHEET, RESORT_SHEET, CatalogueSamples.sheet(FINANCE, "90", "90"))), IAE, "Ranking group county-level: sheet for unit 市财政局", "not a member of the group"),
        of(ENGINE, "rank a sheet of another period", () -> Rankings.rank(LIAOCHENG, COUNTY_LEVEL, List.of(GUANXIAN_SHEET.withPeriod(H2), LINQING_SHEET, RESORT_SHEET)), IAE, "Ranking group county-level of period 2022H1: sheet for unit 冠县政府 is for period 2022H2"),
        of(ENGINE, "rank two sheets of one unit", () -> Rankings.rank(LIAOCHENG, COUNTY_LEVEL, List.of(GUANXIAN_SHEET, GUANXIAN_SHEET, LINQING_SHEET, RESORT_SHEET)), IAE, "Ranking group county-level: two sheets for unit 冠县政府"),
        of(ENGINE, "rank a member without a sheet", () -> Rankings.rank(LIAOCHENG, COUNTY_LEVEL, List.of(GUANXIAN_SHEET, RESORT_SHEET)), IAE, "Ranking group county-level: no sheet for members [临清市政府]", "MissingSheetPolicy REJECT"),
        of(ENGINE, "rank sheets of other components", () -> Rankings.rank(THREE, COUNTY_LEVEL, SHEETS), IAE, "ScoreSheet", "component 满意度测评分 of the scheme is missing"),
        of(ENGINE, "rank under a null scheme", () -> Rankings.rank(null, COUNTY_LEVEL, SHEETS), NPE, "scheme"),
        of(ENGINE, "rank a null sheet", () -> Rankings.rank(LIAOCHENG, COUNTY_LEVEL, Arrays.asList(GUANXIAN_SHEET, null)), NPE, "sheet"),
        of(ENGINE, "rank all of two groups of one id", () -> Rankings.rankAll(LIAOCHENG, List.of(COUNTY_LEVEL, COUNTY_LEVEL.withMembers(FINANCE)), SHEETS), IAE, "Ranking: two groups have id county-level"),
        of(ENGINE, "rank all of a unit in two groups", () -> Rankings.rankAll(LIAOCHENG, List.of(COUNTY_LEVEL, CatalogueSamples.group("other", GUANXIAN_GOVERNMENT)), SHEETS), IAE, "Ranking: unit 冠县政府 is a member of both group county-level and group other"),
        of(ENGINE, "rank all of a sheet of no group's member", () -> Rankings.rankAll(LIAOCHENG, List.of(COUNTY_LEVEL), List.of(CatalogueSamples.sheet(FINANCE, "90", "90"))), IAE, "Ranking: sheet for unit 市财政局", "a member of no group given"),
        of(ENGINE, "rank all of a sheet of another period", () -> Rankings.rankAll(LIAOCHENG, List.of(COUNTY_LEVEL), List.of(GUANXIAN_SHEET.withPeriod(H2), LINQING_SHEET, RESORT_SHEET)), IAE, "Ranking group county-level of period 2022H1: sheet for unit 冠县政府 is for period 2022H2"),
        of(ENGINE, "rank all of two sheets of one unit", () -> Rankings.rankAll(LIAOCHENG, List.of(COUNTY_LEVEL), List.of(GUANXIAN_SHEET, LINQING_SHEET, LINQING_SHEET, RESORT_SHEET)), IAE, "Ranking group county-level: two sheets for unit 临清市政府"),
        of(ENGINE, "rank all of an empty group", () -> Rankings.rankAll(LIAOCHENG, List.of(COUNTY_LEVEL, EMPTY), SHEETS), IAE, "Ranking group empty has no members"),
        of(ENGINE, "rank all in parallel with a member without a sheet", () -> Rankings.rankAllParallel(LIAOCHENG, List.of(COUNTY_LEVEL), List.of(GUANXIAN_SHEET)), IAE, "Ranking group county-level: no sheet for members [临清市政府, 度假区管委会]"),
        of(ENGINE, "published order leaving out a member", () -> Rankings.fromPublishedOrder(COUNTY_LEVEL, List.of("冠县政府", "临清市政府")), IAE, "Ranking group county-level: published places do not name members [度假区管委会]"),
        of(ENGINE, "published order naming a stranger", () -> Rankings.fromPublishedOrder(COUNTY_LEVEL, List.of("冠县政府", "市财政局", "度假区管委会")), IAE, "Ranking group county-level: published place 2 names 市财政局", "which is not a member"),
        of(ENGINE, "published order naming a unit twice", () -> Rankings.fromPublishedOrder(COUNTY_LEVEL, List.of("冠县政府", "冠县政府", "度假区管委会")), IAE, "published place 2 names 冠县政府", "already named at place 1"),
        of(ENGINE, "published order naming null", () -> Rankings.fromPublishedOrder(COUNTY_LEVEL, Arrays.asList("冠县政府", null)), NPE, "name"),
        of(ENGINE, "published order of an empty group", () -> Rankings.fromPublishedOrder(EMPTY), IAE, "Ranking group empty has no members"),
        of(ENGINE, "published place naming no unit", () -> Rankings.fromPublishedPlaces(COUNTY_LEVEL, List.of(List.of())), IAE, "Ranking group county-level: published place 1 names no unit"),
        of(ENGINE, "swap weights of a published order", () -> WeightSensitivity.swapWeights(PUBLISHED_ORDER), IAE, "WeightSensitivity: ranking of group county-level", "comes from a published order and has no scores"),
        of(ENGINE, "stable interval of three components", () -> WeightSensitivity.stableInterval(Rankings.rank(THREE, SOCIAL, threeComponentSheets())), IAE, "WeightSensitivity: scheme 三项评议 has 3 components", "swap weights need exactly 2"),
        of(ENGINE, "most fragile pair of a published order", () -> WeightSensitivity.mostFragileAdjacentPair(PUBLISHED_ORDER), IAE, "ranking of group county-level comes from a published order"),
        of(ENGINE, "critical changes of a published order", () -> WeightSensitivity.criticalChanges(PUBLISHED_ORDER), IAE, "ranking of group county-level comes from a published order"),
        of(ENGINE, "percent-any of a published order", () -> WeightSensitivity.percentAny(PUBLISHED_ORDER), IAE, "ranking of group county-level comes from a published order"),
        of(ENGINE, "percent-top of a published order", () -> WeightSensitivity.percentTop(PUBLISHED_ORDER), IAE, "ranking of group county-level comes from a published order"),
        of(ENGINE, "sensitivity of a null ranking", () -> WeightSensitivity.stableInterval(null), NPE, "ranking"),
        of(ENGINE, "rank change between two groups", () -> RankChange.between(SCORED, Rankings.fromPublishedOrder(SOCIAL)), IAE, "RankChange: previous ranking is of group county-level, current of group social", "compare one group"),
        of(ENGINE, "rank change from null", () -> RankChange.between(null, SCORED), NPE, "previous"),
        of(ENGINE, "correlation with null", () -> RankCorrelation.spearman(SCORED, null), NPE, "b"),
        of(ENGINE, "rank under a null tie policy", () -> SCORED.entries().get(0).rank(null), NPE, "tiePolicy"),
        of(ENGINE, "entry of a null unit name", () -> SCORED.entry((String) null), NPE, "unitName"),
        // Published lists
        of(PUBLISHED, "list naming a stranger", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("市城管局", "市财政局")), IAE, "Published ranking of group social at line 1, column 23 (entry 3, 第三名)", "'市财政局' is not a member of the group", "matched exactly"),
        of(PUBLISHED, "list naming a unit twice", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("市城管局", "市公安局")), IAE, "(entry 3, 第三名)", "'市公安局' was named already in entry 1", "names each member once"),
        of(PUBLISHED, "list leaving out a member", () -> PublishedRanking.parse(SOCIAL, "第一名:市公安局;第二名:市应急局;第三名:市城管局。"), IAE, "the list ends after 3 of the group's 4 members; not named: 市生态环境局"),
        of(PUBLISHED, "list skipping a place", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("第二名", "第三名")), IAE, "(entry 2, 第三名)", "第三名 where 第二名 is due", "competition ranking"),
        of(PUBLISHED, "list placing a unit after a two-way tie for first at third place", () -> PublishedRanking.parse(SOCIAL, "并列第一名:市公安局、市应急局;第二名:市城管局;第四名:市生态环境局。"), IAE, "第二名 where 第三名 is due, as 2 units are placed before it"),
        of(PUBLISHED, "list of a shared place naming one unit", () -> PublishedRanking.parse(SOCIAL, "并列第一名:市公安局;第二名:市应急局;第三名:市城管局;第四名:市生态环境局。"), IAE, "并列第一名 names only '市公安局'", "two or more units share"),
        of(PUBLISHED, "list of two units without 并列", () -> PublishedRanking.parse(SOCIAL, "第一名:市公安局、市应急局;第三名:市城管局;第四名:市生态环境局。"), IAE, "第一名 names a second unit '市应急局'", "written 并列第一名"),
        of(PUBLISHED, "list with an entry missing its colon", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("第二名:", "第二名")), IAE, "第二名 is not followed by a colon", "an entry is written 第一名：单位"),
        of(PUBLISHED, "list with a place in ASCII digits", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("第一名", "第1名")), IAE, "第1名 does not give a place", "ChineseNumerals text='1'", "a place is a Chinese numeral"),
        of(PUBLISHED, "list with a place not in standard form", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("第二名", "第两名")), IAE, "第两名 does not give a place", "stands for 2 only before 百, 千 or 万"),
        of(PUBLISHED, "list with text after its closing 。", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST + "以上排名"), IAE, "text '以上排名' follows the closing 。", "。 ends the list"),
        of(PUBLISHED, "list ending with 、", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("。", "、")), IAE, "the list ends with 、", "、 joins the names of one 并列 place"),
        of(PUBLISHED, "list of no entry", () -> PublishedRanking.parse(SOCIAL, "排名如下"), IAE, "Published ranking of group social at line 1, column 1", "the text '排名如下' holds no entry 第…名"),
        of(PUBLISHED, "list empty", () -> PublishedRanking.parse(SOCIAL, ""), IAE, "the text '' holds no entry 第…名"),
        of(PUBLISHED, "list with a heading of two lines", () -> PublishedRanking.parse(SOCIAL, "社会管理部门\n排名\n" + SOCIAL_LIST), IAE, "at line 2, column 1", "'排名' before the first entry is a second line of heading"),
        of(PUBLISHED, "list with a heading of two lines, the second indented", () -> PublishedRanking.parse(SOCIAL, "社会管理部门\n  排名\n" + SOCIAL_LIST), IAE, "at line 2, column 3", "'排名' before the first entry is a second line of heading"),
        of(PUBLISHED, "list with a heading of two lines, the second ending in a space", () -> PublishedRanking.parse(SOCIAL, "社会管理部门\n排名 \n" + SOCIAL_LIST), IAE, "at line 2, column 1", "'排名' before the first entry is a second line of heading"),
        of(PUBLISHED, "list with 第名 after a semicolon", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace(";第二名", ";第名")), IAE, "'第名:市应急局", "follows ; instead of an entry"),
        of(PUBLISHED, "list ending in a CR, leaving out a member", () -> PublishedRanking.parse(SOCIAL, "第一名:市公安局;第二名:市应急局;第三名:市城管局\r"), IAE, "at line 2, column 1", "the list ends after 3 of the group's 4 members"),
        of(PUBLISHED, "list with a heading not ended by a colon", () -> PublishedRanking.parse(SOCIAL, "社会管理部门 " + SOCIAL_LIST), IAE, "'社会管理部门' precedes 第一名 on its line", "text ending in a colon"),
        of(PUBLISHED, "list with a colon inside a name", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("市城管局", "市城管:局")), IAE, "a colon follows the name '市城管'", "inside a name it must sit in brackets"),
        of(PUBLISHED, "list with a bracket left open", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("市城管局", "市城管局（执法")), IAE, "the bracket opened here is not closed in the name", "a bracket opened in a name is closed in it"),
        of(PUBLISHED, "list with a place naming no unit", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("市应急局", "")), IAE, "(entry 2, 第二名)", "第二名 names no unit", "every place names the units at it"),
        of(PUBLISHED, "list with an empty name after a separator", () -> PublishedRanking.parse(SOCIAL, "并列第一名:市公安局、、市应急局;第三名:市城管局;第四名:市生态环境局。"), IAE, "an empty name after a separator in 并列第一名"),
        of(PUBLISHED, "list with an entry right after a name", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace(";第三名", "第三名")), IAE, "the entry 第三名 follows the name '市应急局' with nothing between them"),
        of(PUBLISHED, "list with text after a semicolon", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace(";第三名", ";另外第三名")), IAE, "'另外第三名", "follows ; instead of an entry"),
        of(PUBLISHED, "list with a zero-width space in a name", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("市城管局", "市城\u200B管局")), IAE, "invisible character U+200B", "a name is matched exactly"),
        of(PUBLISHED, "list of more than 100000 characters", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST + " ".repeat(100_000)), IAE, "the text goes on past 100000 characters (it has 100038)", "at most 100000 characters"),
        of(PUBLISHED, "list of a group without members", () -> PublishedRanking.parse(EMPTY, SOCIAL_LIST), IAE, "Published ranking of group empty: the group has no members"),
        of(PUBLISHED, "list on the second line naming a stranger", () -> PublishedRanking.parse(SOCIAL, "第一名:市公安局;第二名:市应急局;\n第三名:市财政局;第四名:市生态环境局。"), IAE, "at line 2, column 5 (entry 3, 第三名)", "'市财政局' is not a member"),
        of(PUBLISHED, "list ending in 并列", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("。", "并列")), IAE, "(entry 4, 第四名)", "'市生态环境局并列' is not a member"),
        of(PUBLISHED, "list ending in 第一", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("。", "第一")), IAE, "(entry 4, 第四名)", "'市生态环境局第一' is not a member"),
        of(PUBLISHED, "list with a closing bracket never opened", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("市城管局", "市城管局)")), IAE, "(entry 3, 第三名)", "'市城管局)' is not a member"),
        of(PUBLISHED, "list with spaces before a stranger's name", () -> PublishedRanking.parse(SOCIAL, SOCIAL_LIST.replace("市城管局", "  市财政局")), IAE, "at line 1, column 25 (entry 3, 第三名)", "'市财政局' is not a member"),
        of(PUBLISHED, "list with CR LF line breaks naming a stranger", () -> PublishedRanking.parse(SOCIAL, "第一名:市公安局;\r\n第二名:市财政局;\r\n第三名:市城管局;第四名:市生态环境局。"), IAE, "at line 2, column 5 (entry 2, 第二名)", "'市财政局' is not a member"),
        of(PUBLISHED, "list written of a name with a comma after brackets", () -> PublishedRanking.format(Rankings.fromPublishedOrder(CatalogueSamples.group("brackets", EvaluatedUnit.department("市场（监管）,局")))), IAE, "unit name '市场（监管）,局' holds , outside brackets at index 6"),
        of(PUBLISHED, "list written of a name with a comma after a closing bracket", () -> PublishedRanking.format(Rankings.fromPublishedOrder(CatalogueSamples.group("closing", EvaluatedUnit.department("市场)监管,局")))), IAE, "unit name '市场)监管,局' holds , outside brackets at index 5"),
        of(PUBLISHED, "list of a null group", () -> PublishedRanking.parse(null, SOCIAL_LIST), NPE, "group"),
        of(PUBLISHED, "list written of a name holding a comma", () -> PublishedRanking.format(Rankings.fromPublishedOrder(CatalogueSamples.group("commas", EvaluatedUnit.department("市场,监管局")))), IAE, "unit name '市场,监管局' holds , outside brackets at index 2", "could not be read back"));
  }

  /** Sheets of the three-component scheme for the four departments. */
  private static List<ScoreSheet> threeComponentSheets() {
    return SOCIAL.members().stream()
        .<ScoreSheet>map(unit -> ScoreSheet.builder().unit(unit).period(CatalogueSamples.H1)
            .putScores(BASE, Score.of(90)).putScores(ON_SITE, Score.of(80)).putScores(OTHER, Score.of(70)).build())
        .toList();
  }
}
