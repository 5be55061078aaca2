package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A member index finds each member instance by reference, an equal copy by name (never by a hash
 * a caller controls), and orders members by name as {@link String#compareTo} does.
 */
class MemberIndexTest {

  /** A member: equal by name and kind, so that a unit of the same name may still be another. */
  private record Unit(String name, int kind) {}

  private static List<Unit> units(Random random, int n) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      units.add(new Unit("单位" + random.nextInt(10 * n) + "-" + i, 1));
    }
    Collections.shuffle(units, random);
    return units;
  }

  @Test
  void everyMemberIsFoundByReferenceAndEveryEqualCopyByName() {
    Random random = new Random(5L);
    for (int n : new int[] {1, 2, 3, 17, 1_000, 50_000}) {
      List<Unit> units = units(random, n);
      MemberIndex<Unit> index = MemberIndex.of(units, Unit::name);
      assertThat(index.size()).isEqualTo(n);
      for (int i = 0; i < n; i++) {
        int r = index.find(units.get(i));
        assertThat(index.memberAt(r)).isEqualTo(i);
        assertThat(index.findByReference(units.get(i), System.identityHashCode(units.get(i)))).isEqualTo(r);
        assertThat(index.find(new Unit(units.get(i).name(), 1))).isEqualTo(r);
        assertThat(index.findByName(units.get(i))).isEqualTo(r);
        assertThat(index.find(new Unit(units.get(i).name(), 2))).as("same name, another unit").isEqualTo(-1);
      }
      assertThat(index.find(new Unit("单位", 1))).isEqualTo(-1);
      assertThat(index.find(new Unit("单位" + 'Z', 1))).isEqualTo(-1);
    }
  }

  @Test
  void nameRanksFollowStringOrderWhateverTheMemberOrder() {
    Random random = new Random(6L);
    List<Unit> units = units(random, 2_000);
    units.add(new Unit("Aa", 1));
    units.add(new Unit("BB", 1));
    units.add(new Unit("乙", 1));
    units.add(new Unit("甲", 1));
    MemberIndex<Unit> index = MemberIndex.of(units, Unit::name);
    List<String> sorted = units.stream().map(Unit::name).sorted().toList();
    for (int r = 0; r < units.size(); r++) {
      assertThat(units.get(index.memberAt(r)).name()).isEqualTo(sorted.get(r));
      assertThat(index.nameHash(r)).isEqualTo(sorted.get(r).hashCode());
      assertThat(index.find(units.get(index.memberAt(r)))).isEqualTo(r);
    }
  }

  @Test
  void copiesOfMembersWhoseNamesShareOneHashCodeAreFoundWithoutScanning() {
    List<Unit> units = new ArrayList<>();
    for (int bits = 0; bits < 1 << 13; bits++) {
      StringBuilder name = new StringBuilder();
      for (int b = 0; b < 13; b++) {
        name.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      units.add(new Unit(name.toString(), 1));
    }
    MemberIndex<Unit> index = MemberIndex.of(units, Unit::name);
    for (int i = 0; i < units.size(); i++) {
      assertThat(index.memberAt(index.find(new Unit(units.get(i).name(), 1)))).isEqualTo(i);
    }
  }

  @Test
  void twoMembersOfOneNameAreRejected() {
    assertThatThrownBy(() -> MemberIndex.of(List.of(new Unit("甲", 1), new Unit("乙", 1), new Unit("甲", 2)), Unit::name))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two members are named 甲");
  }

  @Test
  void theGroupTypeRegistersOnce() throws Exception {
    Class.forName("dev.pingyi.model.EvaluationGroup", true, MemberIndexTest.class.getClassLoader());
    assertThatThrownBy(() -> MemberIndex.registerGroupIndexes(g -> MemberIndex.of(List.of(), Unit::name)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("registered already");
  }
}
