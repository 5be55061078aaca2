package dev.pingyi.io;

import static dev.pingyi.io.TableFixtures.CHIPING;
import static dev.pingyi.io.TableFixtures.DEPARTMENTS;
import static dev.pingyi.io.TableFixtures.EMPTY_GROUPS;
import static dev.pingyi.io.TableFixtures.GUANXIAN;
import static dev.pingyi.io.TableFixtures.csv;
import static dev.pingyi.io.TableFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import dev.pingyi.model.UnitKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What {@link EvaluatedUnitTableReader} reads from an evaluated-units list, and the groups it fills. */
class EvaluatedUnitTableReaderTest {

  private static final EvaluationGroup COUNTY_LEVEL = EMPTY_GROUPS.get(0);
  private static final EvaluationGroup ECONOMIC = EMPTY_GROUPS.get(2);

  private static ReadResult<ListedUnit> read(EvaluatedUnitTableReader reader, String... lines) throws IOException {
    return reader.readCsv(new ByteArrayInputStream(csv(StandardCharsets.UTF_8, lines)), "units.csv");
  }

  private static ReadResult<ListedUnit> read(String... lines) throws IOException {
    return read(TableFixtures.unitReader().build(), lines);
  }

  @Test
  void aListWithGroupKindAndCountyReadsAsWritten() throws IOException {
    ReadResult<ListedUnit> read = read(
        "评议组,单位,单位类型,所属县区",
        "county-level,茌平区政府,县（市、区）政府,茌平区",
        "county-level,开发区管委会,管委会,开发区",
        "经济部门,市农业农村局,市政府部门,",
        "economic,市农业科学院,PUBLIC_INSTITUTION,");

    assertThat(read.values()).containsExactly(
        ListedUnit.of(COUNTY_LEVEL, EvaluatedUnit.governing("茌平区政府", CHIPING)),
        ListedUnit.of(COUNTY_LEVEL, EvaluatedUnit.governing("开发区管委会", TableFixtures.DEVELOPMENT_ZONE)),
        ListedUnit.of(ECONOMIC, EvaluatedUnit.department("市农业农村局")),
        ListedUnit.of(ECONOMIC, EvaluatedUnit.institution("市农业科学院")));
  }

  @Test
  void aUnitsKindAndCountyFollowFromItsCountyOrItsName() throws IOException {
    ReadResult<ListedUnit> read = read(TableFixtures.unitReader().defaultKind(UnitKind.MUNICIPAL_DEPARTMENT).build(),
        "参评单位名单",
        "序号,组别,参评单位,所属县区",
        "1,county-level,冠县人民政府,",
        "2,county-level,茌平区政府,",
        "3,county-level,开发区管理委员会,",
        "4,county-level,县政府,冠县",
        "5,economic,市发展改革委,");

    assertThat(read.values()).extracting(ListedUnit::unit).containsExactly(
        EvaluatedUnit.governing("冠县人民政府", GUANXIAN),
        EvaluatedUnit.governing("茌平区政府", CHIPING),
        EvaluatedUnit.governing("开发区管理委员会", TableFixtures.DEVELOPMENT_ZONE),
        EvaluatedUnit.governing("县政府", GUANXIAN),
        EvaluatedUnit.department("市发展改革委"));
    assertThat(read.skippedRows()).extracting(SkippedRow::reason).containsExactly(SkipReason.TITLE);
    assertThat(read.ignoredColumns()).containsExactly("序号");
  }

  @Test
  void aCountyLevelKindWithoutACountyTakesTheCountyItsNameNames() throws IOException {
    ReadResult<ListedUnit> read = read("评议组,单位,单位类型", "county-level,冠县政府,县（市、区）政府");

    assertThat(read.values()).extracting(ListedUnit::unit).containsExactly(EvaluatedUnit.governing("冠县政府", GUANXIAN));
  }

  @Test
  void groupsWithAddsTheListedUnitsInListOrderAndRebuildsParents() throws IOException {
    EvaluationGroup economicUnder = ECONOMIC;
    ReadResult<ListedUnit> read = read(
        "评议组,单位,单位类型,所属县区",
        "economic,市发展改革委,市政府部门,",
        "county-level,冠县政府,,冠县",
        "departments,市政府办公室,市政府部门,",
        "economic,市农业农村局,市政府部门,");

    List<EvaluationGroup> groups = TableFixtures.unitReader().build().groupsWith(read.values());

    assertThat(groups).extracting(EvaluationGroup::id)
        .containsExactly("county-level", "departments", "economic", "other-a", "other-b");
    EvaluationGroup departments = DEPARTMENTS.withMembers(EvaluatedUnit.department("市政府办公室"));
    assertThat(groups.get(1)).isEqualTo(departments);
    assertThat(groups.get(2)).isEqualTo(economicUnder
        .withMembers(EvaluatedUnit.department("市发展改革委"), EvaluatedUnit.department("市农业农村局"))
        .withParent(departments));
    assertThat(groups.get(0).members()).containsExactly(EvaluatedUnit.governing("冠县政府", GUANXIAN));
    assertThat(groups.get(3).members()).isEmpty();
  }

  @Test
  void groupsWithGivesTheSameGroupsWhateverTheOrderOfTheUnitsWithinAGroupIsNot() throws IOException {
    long seed = 7L;
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add((random.nextBoolean() ? "economic" : "departments") + ",市局" + i + ",市政府部门,");
    }
    List<String> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, random);
    EvaluatedUnitTableReader reader = TableFixtures.unitReader().build();
    List<String> table = new ArrayList<>(List.of("评议组,单位,单位类型,所属县区"));
    table.addAll(shuffled);

    List<EvaluationGroup> groups = reader.groupsWith(read(reader, table.toArray(String[]::new)).values());

    for (EvaluationGroup group : groups) {
      List<String> expected = shuffled.stream().filter(l -> l.startsWith(group.id() + ","))
          .map(l -> l.split(",")[1]).toList();
      assertThat(group.members()).as("seed %s, %s", seed, group.id()).extracting(EvaluatedUnit::name)
          .containsExactlyElementsOf(expected);
    }
    assertThat(groups.get(2).parent()).contains(groups.get(1));
  }

  @Test
  void anXlsxListReadsAsItsCsvTwin() throws IOException {
    byte[] workbook = TableFixtures.xlsx("名单", s -> {
      row(s, 0, "评议组", "单位", "单位类型", "所属县区");
      row(s, 1, "county-level", "冠县政府", "", "冠县");
      row(s, 2, "economic", "市财政局", "市政府部门");
    });

    ReadResult<ListedUnit> fromXlsx =
        TableFixtures.unitReader().build().readXlsx(new ByteArrayInputStream(workbook), "units.xlsx");

    assertThat(fromXlsx.values()).isEqualTo(read("评议组,单位,单位类型,所属县区", "county-level,冠县政府,,冠县",
        "economic,市财政局,市政府部门,").values());
    assertThat(fromXlsx.sheet()).contains("名单");
  }

  @Test
  void collectingReturnsTheGoodRowsBesideTheProblems() throws IOException {
    ReadResult<ListedUnit> read = read(TableFixtures.unitReader().mode(ReadMode.COLLECTING).build(),
        "评议组,单位,单位类型,所属县区",
        "county-level,冠县政府,,冠县",
        "nowhere,市财政局,市政府部门,",
        "economic,市财政局,市政府部门,");

    assertThat(read.values()).extracting(u -> u.unit().name()).containsExactly("冠县政府", "市财政局");
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).hasValue(3);
      assertThat(p.columnLetters()).contains("A");
    });
  }

  @Test
  void theReaderRefusesWhatCannotBeRight() {
    assertThatThrownBy(() -> EvaluatedUnitTableReader.builder(TableFixtures.COUNTIES,
        List.of(DEPARTMENTS, DEPARTMENTS.withName("另一个"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two groups have the id departments");
    assertThatThrownBy(() -> TableFixtures.unitReader().defaultKind(UnitKind.ZONE_COMMITTEE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultKind=ZONE_COMMITTEE governs a county");
    assertThatThrownBy(() -> TableFixtures.unitReader().maxProblems(0)).isInstanceOf(IllegalArgumentException.class);
    EvaluationGroup stranger = DEPARTMENTS.withId("stranger");
    assertThatThrownBy(() -> TableFixtures.unitReader().build()
        .groupsWith(List.of(ListedUnit.of(stranger, EvaluatedUnit.department("市财政局")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit 市财政局 is listed in group stranger, which is not one of the reader's groups");
  }

  @Test
  void aListedUnitIsAValue() {
    EvaluatedUnit unit = EvaluatedUnit.department("市财政局");
    new EqualsTester()
        .addEqualityGroup(ListedUnit.of(ECONOMIC, unit), ListedUnit.of(ECONOMIC, unit))
        .addEqualityGroup(ListedUnit.of(DEPARTMENTS, unit))
        .addEqualityGroup(ListedUnit.of(ECONOMIC, EvaluatedUnit.department("市审计局")))
        .testEquals();
    new NullPointerTester()
        .setDefault(EvaluationGroup.class, ECONOMIC)
        .setDefault(EvaluatedUnit.class, unit)
        .testAllPublicStaticMethods(ListedUnit.class);
    new NullPointerTester()
        .setDefault(CountyLookup.class, TableFixtures.COUNTIES)
        .testAllPublicStaticMethods(EvaluatedUnitTableReader.class);
    new NullPointerTester().testAllPublicInstanceMethods(TableFixtures.unitReader());
    new NullPointerTester().testAllPublicInstanceMethods(TableFixtures.unitReader().build());
  }
}
