package dev.pingyi.ranking;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.ReportPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Published ranking lists, read and written: the 2022 H1 report's five lists, variants, errors, round trips. */
class PublishedRankingTest {

  private static final ReportPeriod H1 = ReportPeriod.ofHalfYear(2022, 1);
  private static final Prefecture LIAOCHENG = Prefecture.of("聊城市", DivisionCode.of("371500"));

  /** The five groups of DOMAIN.md, members in published rank order. */
  private static final EvaluationGroup COUNTY_LEVEL = EvaluationGroup.builder()
      .id("county-level").name("各县（市、区）政府、市属开发区管委会").category("县（市、区）").period(H1)
      .addMembers(
          EvaluatedUnit.governing("茌平区政府", county("茌平区", "371503")),
          EvaluatedUnit.governing("冠县政府", county("冠县", "371525")),
          EvaluatedUnit.governing("开发区管委会", zone("聊城经济技术开发区", "开发区")),
          EvaluatedUnit.governing("高新区管委会", zone("聊城高新技术产业开发区", "高新区")),
          EvaluatedUnit.governing("高唐县政府", county("高唐县", "371526")),
          EvaluatedUnit.governing("莘县政府", county("莘县", "371522")),
          EvaluatedUnit.governing("东昌府区政府", county("东昌府区", "371502")),
          EvaluatedUnit.governing("临清市政府", county("临清市", "371581")),
          EvaluatedUnit.governing("度假区管委会", zone("聊城江北水城旅游度假区", "度假区")),
          EvaluatedUnit.governing("东阿县政府", county("东阿县", "371524")),
          EvaluatedUnit.governing("阳谷县政府", county("阳谷县", "371521")))
      .build();
  private static final EvaluationGroup ECONOMIC = group("economic-departments", EvaluatedUnit::department,
      "市农业农村局", "市发展改革委", "市水利局", "市财政局", "市工业和信息化局", "市自然资源和规划局", "市国资委",
      "市统计局", "市商务投资促进局", "市文化和旅游局", "市地方金融监管局", "市住房城乡建设局", "市交通运输局", "市科技局");
  private static final EvaluationGroup SOCIAL = group("social-management-departments", EvaluatedUnit::department,
      "市公安局", "市应急局", "市城管局", "市生态环境局", "市市场监管局", "市退役军人局", "市审计局", "市司法局", "市信访局");
  private static final EvaluationGroup PUBLIC_AFFAIRS = group("public-affairs-departments",
      EvaluatedUnit::department, "市政府办公室", "市行政审批局", "市机关事务局", "市政府研究室", "市卫生健康委",
      "市人力资源社会保障局", "市民政局", "市医保局", "市外办", "市大数据局", "市教育体育局");
  private static final EvaluationGroup INSTITUTIONS = group("public-institutions", EvaluatedUnit::institution,
      "市住房公积金管理中心", "市位山灌区管理服务中心", "市农业科学院", "市广播电视台", "市高铁新区发展服务中心",
      "市公路事业发展中心", "市供销合作社", "市地震监测中心");

  /** Four units, for the malformed texts. */
  private static final EvaluationGroup FOUR = group("four", EvaluatedUnit::department,
      "市公安局", "市应急局", "市城管局", "市生态环境局");
  private static final String FOUR_TEXT = "第一名:市公安局;第二名:市应急局;第三名:市城管局;第四名:市生态环境局。";

  private static final long SEED = 20220727L;

  private static County county(String name, String code) {
    CountyKind kind = name.endsWith("区") ? CountyKind.DISTRICT
        : name.endsWith("市") ? CountyKind.COUNTY_LEVEL_CITY : CountyKind.COUNTY;
    return County.builder().name(name).kind(kind).divisionCode(DivisionCode.of(code)).prefecture(LIAOCHENG).build();
  }

  private static County zone(String name, String shortName) {
    return County.builder().name(name).shortName(shortName).kind(CountyKind.FUNCTIONAL_ZONE).prefecture(LIAOCHENG)
        .build();
  }

  private static EvaluationGroup group(String id, Function<String, EvaluatedUnit> unit, String... names) {
    return EvaluationGroup.builder().id(id).name(id).category("市政府部门").period(H1)
        .addAllMembers(Arrays.stream(names).map(unit).toList()).build();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PublishedRankingTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), UTF_8);
    }
  }

  static Stream<Arguments> reportLists() {
    return Stream.of(
        Arguments.of("liaocheng-2022h1-county-level.txt", COUNTY_LEVEL),
        Arguments.of("liaocheng-2022h1-economic-departments.txt", ECONOMIC),
        Arguments.of("liaocheng-2022h1-social-management-departments.txt", SOCIAL),
        Arguments.of("liaocheng-2022h1-public-affairs-departments.txt", PUBLIC_AFFAIRS),
        Arguments.of("liaocheng-2022h1-public-institutions.txt", INSTITUTIONS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reportLists")
  void theReportsListsParseToThePublishedOrders(String file, EvaluationGroup group) throws IOException {
    Ranking parsed = PublishedRanking.parse(group, resource(file));

    assertThat(parsed).isEqualTo(Rankings.fromPublishedOrder(group));
    assertThat(parsed.entries()).extracting(e -> e.unit().name())
        .containsExactlyElementsOf(group.members().stream().map(EvaluatedUnit::name).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reportLists")
  void formattingGivesTheReportsListWithoutItsLineBreaks(String file, EvaluationGroup group) throws IOException {
    String text = resource(file);
    String list = text.substring(text.indexOf("第一名")).replace("\n", "");

    assertThat(PublishedRanking.format(PublishedRanking.parse(group, text))).isEqualTo(list);
  }

  @Test
  void aNameBrokenAcrossLinesIsJoined() throws IOException {
    assertThat(resource("liaocheng-2022h1-economic-departments.txt")).contains("市发\n\n展改革委");
    assertThat(PublishedRanking.parse(ECONOMIC, resource("liaocheng-2022h1-economic-departments.txt"))
            .entries().get(1).unit().name())
        .isEqualTo("市发展改革委");
    assertThat(PublishedRanking.parse(FOUR, "第一名：市公\n   安局\n第二名：市应急局\n第三名：市城管局\n第四名：市生态\u3000\n环境局"))
        .isEqualTo(Rankings.fromPublishedOrder(FOUR));
  }

  @Test
  void theReportsOcrSlipIsAnUnknownNameWithItsPosition() throws IOException {
    String printed = resource("liaocheng-2022h1-county-level.txt").replace("茌平区政府", "在平区政府");

    assertThatThrownBy(() -> PublishedRanking.parse(COUNTY_LEVEL, printed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Published ranking of group county-level at line 3, column 5 (entry 1, 第一名): '在平区政府' is"
            + " not a member of the group; a name is matched exactly, after whitespace is normalised, to the name"
            + " of a member of the group");
  }

  @Test
  void aSharedPlaceIsWrittenOnceWithBingLieAndTheNextPlaceSkips() {
    Ranking tied = Rankings.fromPublishedPlaces(FOUR,
        List.of(List.of("市公安局"), List.of("市应急局", "市城管局"), List.of("市生态环境局")));

    assertThat(PublishedRanking.format(tied)).isEqualTo("第一名:市公安局;并列第二名:市应急局、市城管局;第四名:市生态环境局。");
    assertThat(tied.entries()).extracting(RankedEntry::competitionRank).containsExactly(1, 2, 2, 4);
  }

  static Stream<Arguments> writings() {
    return Stream.of(
        Arguments.of("full-width punctuation", "第一名：市公安局；第二名：市应急局；第三名：市城管局；第四名：市生态环境局。"),
        Arguments.of("commas", "第一名：市公安局，第二名：市应急局，第三名：市城管局，第四名：市生态环境局"),
        Arguments.of("half-width commas", "第一名:市公安局,第二名:市应急局,第三名:市城管局,第四名:市生态环境局"),
        Arguments.of("enumeration commas", "第一名:市公安局、第二名:市应急局、第三名:市城管局、第四名:市生态环境局。"),
        Arguments.of("one a line", "第一名：市公安局\n第二名：市应急局\n第三名：市城管局\n第四名：市生态环境局\n"),
        Arguments.of("one a line with semicolons", "第一名：市公安局；\r\n第二名：市应急局；\r\n第三名：市城管局；\r\n第四名：市生态环境局。\r\n"),
        Arguments.of("blank lines and spaces", "\n\n  第一名 ： 市公安局 ；\n\n\u3000第二名\u3000：\u3000市应急局；第三名:\n市城管局;  第四名:市生态环境局；  "),
        Arguments.of("heading line", "（二）社会管理和执法监督部门\n\n第一名：市公安局；第二名：市应急局；第三名：市城管局；第四名：市生态环境局。"),
        Arguments.of("numbered heading", "二、市政府工作部门\n第一名:市公安局;第二名:市应急局;第三名:市城管局;第四名:市生态环境局。"),
        Arguments.of("heading with colon", "社会管理和执法监督部门：第一名：市公安局；第二名：市应急局；第三名：市城管局；第四名：市生态环境局。"),
        Arguments.of("trailing semicolon", "第一名:市公安局;第二名:市应急局;第三名:市城管局;第四名:市生态环境局;"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writings")
  void everyAcceptedWritingReadsTheSameOrder(String writing, String text) {
    assertThat(PublishedRanking.parse(FOUR, text)).isEqualTo(Rankings.fromPublishedOrder(FOUR));
  }

  static Stream<Arguments> tiedWritings() {
    return Stream.of(
        Arguments.of("并列第一名：市公安局、市应急局；第三名：市城管局；第四名：市生态环境局。"),
        Arguments.of("并列第一名:市公安局,市应急局;第三名:市城管局;第四名:市生态环境局"),
        Arguments.of("并列第一名：市公安局，市应急局\n第三名：市城管局\n第四名：市生态环境局"),
        Arguments.of("并列第一名：市公安局、\n市应急局，第三名：市城管局，第四名：市生态环境局"));
  }

  @ParameterizedTest
  @MethodSource("tiedWritings")
  void aSharedPlaceIsReadFromBingLie(String text) {
    assertThat(PublishedRanking.parse(FOUR, text)).isEqualTo(Rankings.fromPublishedPlaces(FOUR,
        List.of(List.of("市公安局", "市应急局"), List.of("市城管局"), List.of("市生态环境局"))));
  }

  @Test
  void placesBeyondOneHundredAreWrittenAndReadInChineseNumerals() {
    EvaluationGroup large = Sheets.group("large", 105);
    List<String> names = large.members().stream().map(EvaluatedUnit::name).toList();
    List<List<String>> places = new ArrayList<>();
    names.subList(0, 100).forEach(name -> places.add(List.of(name)));
    places.add(names.subList(100, 102));
    names.subList(102, 105).forEach(name -> places.add(List.of(name)));
    Ranking ranking = Rankings.fromPublishedPlaces(large, places);

    String text = PublishedRanking.format(ranking);

    assertThat(text).contains(";第十一名:large-单位010;", ";第一百名:large-单位099;",
        ";并列第一百零一名:large-单位100、large-单位101;第一百零三名:large-单位102;", ";第一百零五名:large-单位104。");
    assertThat(PublishedRanking.parse(large, text)).isEqualTo(ranking);
  }

  record Malformed(String what, String text, String position, String rule) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Malformed> malformed() {
    String tooLong = FOUR_TEXT + " ".repeat(PublishedRanking.MAX_TEXT_LENGTH);
    return Stream.of(
        new Malformed("empty text", "", "line 1, column 1", "holds no entry"),
        new Malformed("blank text", " \n\u3000", "line 1, column 1", "holds no entry"),
        new Malformed("names without places", "市公安局；市应急局；市城管局；市生态环境局", "line 1, column 1", "holds no entry"),
        new Malformed("list not beginning 第一名", "第二名:市公安局;第三名:市应急局;第四名:市城管局;第五名:市生态环境局",
            "line 1, column 1 (entry 1, 第二名)", "第二名 where 第一名 is due"),
        new Malformed("skipped place", "第一名:市公安局;第三名:市应急局;第四名:市城管局;第五名:市生态环境局",
            "line 1, column 10 (entry 2, 第三名)", "第三名 where 第二名 is due, as 1 unit is placed before it"),
        new Malformed("repeated place without 并列", "第一名:市公安局;第一名:市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 10 (entry 2, 第一名)", "places follow competition ranking"),
        new Malformed("dense place after 并列", "并列第一名:市公安局、市应急局;第二名:市城管局;第三名:市生态环境局",
            "line 1, column 17 (entry 2, 第二名)", "第二名 where 第三名 is due, as 2 units are placed before it"),
        new Malformed("并列 with one name", "并列第一名:市公安局;第二名:市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 1 (entry 1, 并列第一名)", "并列 marks a place that two or more units share"),
        new Malformed("two names without 并列", "第一名:市公安局、市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 10 (entry 1, 第一名)", "names a second unit '市应急局', but a place of several units is written 并列第一名"),
        new Malformed("unknown name", "第一名:市公安局;第二名:市应急管理局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 14 (entry 2, 第二名)", "'市应急管理局' is not a member of the group"),
        new Malformed("member named twice", "第一名:市公安局;第二名:市应急局;第三名:市公安局;第四名:市生态环境局",
            "line 1, column 23 (entry 3, 第三名)", "'市公安局' was named already in entry 1"),
        new Malformed("missing member", "第一名:市公安局;第二名:市应急局;第三名:市城管局。",
            "line 1, column 28 (entry 3, 第三名)", "not named: 市生态环境局; a published list names every member"),
        new Malformed("empty name", "第一名:;第二名:市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 5 (entry 1, 第一名)", "第一名 names no unit"),
        new Malformed("empty name in a shared place", "并列第一名:市公安局、、市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 12 (entry 1, 并列第一名)", "an empty name after a separator"),
        new Malformed("missing colon", "第一名市公安局;第二名:市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 4 (entry 1, 第一名)", "第一名 is not followed by a colon"),
        new Malformed("Arabic digits", "第1名:市公安局;第2名:市应急局;第3名:市城管局;第4名:市生态环境局",
            "line 1, column 2 (entry 1, 第1名)", "a place is a Chinese numeral"),
        new Malformed("non-standard numeral", "第一名:市公安局;第二名:市应急局;第三名:市城管局;第零四名:市生态环境局",
            "line 1, column 29 (entry 4, 第零四名)", "is not in standard form"),
        new Malformed("place zero", "第零名:市公安局;第一名:市应急局;第二名:市城管局;第三名:市生态环境局",
            "line 1, column 1 (entry 1, 第零名)", "第零名 where 第一名 is due"),
        new Malformed("no separator between entries", "第一名:市公安局第二名:市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 9 (entry 1, 第一名)", "follows the name '市公安局' with nothing between them"),
        new Malformed("text after 。", FOUR_TEXT + "第五名:市信访局",
            "line 1, column 39 (entry 4, 第四名)", "text '第五名:市信访局' follows the closing 。; 。 ends the list"),
        new Malformed("two semicolons", "第一名:市公安局;;第二名:市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 10 (entry 1, 第一名)", "follows ; instead of an entry"),
        new Malformed("name after a semicolon", "第一名:市公安局；市应急局；第三名:市城管局;第四名:市生态环境局",
            "line 1, column 10 (entry 1, 第一名)", "'市应急局；第三名:市城管局;第四名:市生态环境局' follows ； instead of an entry"),
        new Malformed("text before the first entry on its line", "市公安局;第二名:市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 1:", "'市公安局;' precedes 第二名 on its line; a heading is one line"),
        new Malformed("two heading lines", "二、市政府工作部门\n（二）社会管理和执法监督部门\n" + FOUR_TEXT,
            "line 2, column 1:", "is a second line of heading; a heading is one line"),
        new Malformed("colon inside a name", "第一名:市公安局:市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 9 (entry 1, 第一名)", "a colon follows the name '市公安局'; a colon follows 第…名 only"),
        new Malformed("unclosed bracket", "第一名:市公安局（交警;第二名:市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 9 (entry 1, 第一名)", "a bracket opened in a name is closed in it"),
        new Malformed("invisible character in a name", "第一名:市公\u200B安局;第二名:市应急局;第三名:市城管局;第四名:市生态环境局",
            "line 1, column 5 (entry 1, 第一名)", "holds the invisible character U+200B"),
        new Malformed("list ending with 、", "第一名:市公安局;第二名:市应急局;第三名:市城管局;第四名:市生态环境局、",
            "line 1, column 38 (entry 4, 第四名)", "the list ends with 、"),
        new Malformed("wrong place on a later line", "第一名:市公安局\n第二名:市应急局\n第四名:市城管局\n第五名:市生态环境局",
            "line 3, column 1 (entry 3, 第四名)", "第四名 where 第三名 is due"),
        new Malformed("CRLF lines counted once", "第一名:市公安局\r\n第二名:市应急局\r\n第三名:市城管局\r\n第三名:市生态环境局",
            "line 4, column 1 (entry 4, 第三名)", "第三名 where 第四名 is due"),
        new Malformed("next line without a place joins the name", "第一名:市公安局\n市应急局\n第三名:市城管局\n第四名:市生态环境局",
            "line 1, column 5 (entry 1, 第一名)", "'市公安局市应急局' is not a member"),
        new Malformed("text too long", tooLong, "line 1, column 100001", "a published list has at most 100000 characters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedTextIsRejectedWithItsPositionAndTheRule(Malformed c) {
    assertThatThrownBy(() -> PublishedRanking.parse(FOUR, c.text()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Published ranking of group four at " + c.position())
        .hasMessageContaining(c.rule());
  }

  @Test
  void anEmptyGroupIsRejected() {
    EvaluationGroup empty = EvaluationGroup.builder().id("empty").name("空").category("市政府部门").period(H1).build();

    assertThatThrownBy(() -> PublishedRanking.parse(empty, FOUR_TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group empty: the group has no members");
  }

  @Test
  void formatRejectsANameThatWouldReadAsPunctuation() {
    EvaluationGroup odd = group("odd", EvaluatedUnit::department, "市公安局;交警支队", "市应急局（消防、救援）");

    assertThatThrownBy(() -> PublishedRanking.format(Rankings.fromPublishedOrder(odd)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit name '市公安局;交警支队' holds ; outside brackets at index 4");
    Ranking bracketed = Rankings.fromPublishedOrder(odd.withMembers(odd.members().subList(1, 2)));
    assertThat(PublishedRanking.format(bracketed)).isEqualTo("第一名:市应急局（消防、救援）。");
    assertThat(PublishedRanking.parse(bracketed.group(), PublishedRanking.format(bracketed))).isEqualTo(bracketed);
  }

  @Test
  void aRankingWithNoEntriesIsTheEmptyString() {
    ScoringScheme excludeMissing = ScoringScheme.LIAOCHENG_2022.withRanking(
        RankingRule.builder().missingSheetPolicy(MissingSheetPolicy.EXCLUDE).build());

    assertThat(PublishedRanking.format(Rankings.rank(excludeMissing, FOUR, List.of()))).isEmpty();
  }

  @Test
  void parseOfFormatIsTheRankingForRandomPublishedPlacesWithTies() {
    Random random = new Random(SEED);
    for (int round = 0; round < 500; round++) {
      EvaluationGroup group = Sheets.group("g" + round, 1 + random.nextInt(round % 50 == 0 ? 130 : 25));
      Ranking ranking = Rankings.fromPublishedPlaces(group, randomPlaces(random, group));
      String text = PublishedRanking.format(ranking);

      assertThat(PublishedRanking.parse(group, text)).as("seed %s round %s: %s", SEED, round, text).isEqualTo(ranking);
      String republished = republish(random, text);
      assertThat(PublishedRanking.parse(group, republished)).as("seed %s round %s: %s", SEED, round, republished)
          .isEqualTo(ranking);
    }
  }

  @Test
  void parseOfFormatKeepsTheUnitsPlacesAndTiesOfRandomScoredRankings() {
    Random random = new Random(SEED);
    int ties = 0;
    for (int round = 0; round < 300; round++) {
      EvaluationGroup group = Sheets.group("g" + round, 1 + random.nextInt(30));
      Ranking scored = Rankings.rank(ScoringScheme.LIAOCHENG_2022, group, Sheets.randomSheets(random, group, true));
      List<List<String>> places = new ArrayList<>();
      for (RankedEntry e : scored.entries()) {
        if (e.competitionRank() == e.position()) {
          places.add(new ArrayList<>());
        }
        places.get(places.size() - 1).add(e.unit().name());
        ties += e.isTied() ? 1 : 0;
      }

      Ranking parsed = PublishedRanking.parse(group, PublishedRanking.format(scored));

      assertThat(parsed).as("seed %s round %s", SEED, round).isEqualTo(Rankings.fromPublishedPlaces(group, places));
      for (int p = 0; p < scored.size(); p++) {
        RankedEntry was = scored.entries().get(p);
        RankedEntry read = parsed.entries().get(p);
        assertThat(List.of(read.unit(), read.competitionRank(), read.tieSize()))
            .as("seed %s round %s position %s", SEED, round, p + 1)
            .isEqualTo(List.of(was.unit(), was.competitionRank(), was.tieSize()));
      }
    }
    assertThat(ties).as("random scores tie often enough to test 并列").isGreaterThan(100);
  }

  @Test
  void randomEditsOfAListAreReadOrRejectedWithThePosition() {
    Random random = new Random(SEED);
    String alphabet = "第名并列一二四十百零:：;；,，、。（）()\n\r \u3000市局单位-0";
    int rejected = 0;
    for (int round = 0; round < 3000; round++) {
      EvaluationGroup group = Sheets.group("g", 1 + random.nextInt(12));
      StringBuilder text = new StringBuilder(republish(random,
          PublishedRanking.format(Rankings.fromPublishedPlaces(group, randomPlaces(random, group)))));
      for (int edits = 1 + random.nextInt(3); edits > 0 && text.length() > 0; edits--) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> text.delete(Math.min(at, text.length() - 1), Math.min(at + 1 + random.nextInt(3), text.length()));
          default -> text.replace(Math.min(at, text.length() - 1), Math.min(at + 1, text.length()),
              String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
        }
      }
      try {
        PublishedRanking.parse(group, text);
      } catch (IllegalArgumentException e) {
        rejected++;
        assertThat(e.getMessage()).as("seed %s round %s: %s", SEED, round, text)
            .matches("(?s)Published ranking of group g at line \\d+, column \\d+[ :].*; .*");
      }
    }
    assertThat(rejected).isGreaterThan(1000);
  }

  /** Members shuffled into places, about one in four shared by two to four units. */
  private static List<List<String>> randomPlaces(Random random, EvaluationGroup group) {
    List<String> names = new ArrayList<>(group.members().stream().map(EvaluatedUnit::name).toList());
    Collections.shuffle(names, random);
    List<List<String>> places = new ArrayList<>();
    int i = 0;
    while (i < names.size()) {
      int size = random.nextInt(4) == 0 ? Math.min(2 + random.nextInt(3), names.size() - i) : 1;
      places.add(names.subList(i, i + size));
      i += size;
    }
    return places;
  }

  /** The formatted text as another notice might print it: other punctuation, breaks between and inside names. */
  private static String republish(Random random, String text) {
    String[] entrySeparators = {";", "；", ",", "，", "、", "\n", "；\n", "\r\n", "\n\n"};
    String[] joiners = {"、", "，", ","};
    StringBuilder out = new StringBuilder(random.nextBoolean() ? "（一）某组\n" : "");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';') {
        out.append(entrySeparators[random.nextInt(entrySeparators.length)]);
      } else if (c == ':') {
        out.append(random.nextBoolean() ? "：" : ":");
      } else if (c == '、') {
        out.append(joiners[random.nextInt(joiners.length)]);
      } else if (c == '。') {
        out.append(random.nextBoolean() ? "。" : "");
      } else {
        out.append(c);
        if (c == '单' && random.nextInt(8) == 0) {
          out.append("\n\n  ");
        }
      }
    }
    return out.toString();
  }

  /** Adversarial texts near the length cap are rejected; how fast is the benchmarks' business. */
  @Test
  void adversarialTextsNearTheLengthCapAreRejectedAndALargeListReadsBack() {
    int n = PublishedRanking.MAX_TEXT_LENGTH - 20;
    List<String> texts = List.of(
        "第" + "一".repeat(n) + "名:市公安局",
        "第一名:" + "（".repeat(n),
        "第一名:市" + "\n".repeat(n) + "公安局",
        "第一名:市" + "\n 第".repeat(n / 3),
        "并列" + "并列第".repeat(n / 3),
        "第一名:" + "第一名".repeat(n / 3),
        "第一名" + " ".repeat(n) + "x",
        "第一名:市公安局" + "、".repeat(n),
        "x".repeat(n) + "\n第一名:市公安局");
    for (String text : texts) {
      assertThatThrownBy(() -> PublishedRanking.parse(FOUR, text)).isInstanceOf(IllegalArgumentException.class);
    }
    EvaluationGroup large = Sheets.group("large", 4000);
    String text = PublishedRanking.format(Rankings.fromPublishedOrder(large));
    assertThat(text.length()).isLessThan(PublishedRanking.MAX_TEXT_LENGTH);
    assertThat(PublishedRanking.parse(large, text)).isEqualTo(Rankings.fromPublishedOrder(large));
  }

  @Test
  void nullArgumentsAreRejected() {
    new NullPointerTester()
        .setDefault(EvaluationGroup.class, FOUR)
        .setDefault(Ranking.class, Rankings.fromPublishedOrder(FOUR))
        .testAllPublicStaticMethods(PublishedRanking.class);
  }
}
