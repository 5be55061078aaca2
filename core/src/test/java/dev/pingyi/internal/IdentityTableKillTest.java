package dev.pingyi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link IdentityTable} against an {@link IdentityHashMap}, with the identity hash codes the
 * caller passes drawn from a few values so that keys collide and probe past the table's end; its
 * builder takes as many keys as it was made for and no more.
 */
class IdentityTableKillTest {

  @Test
  void everyKeyIsFoundWithItsNumberAsAnIdentityMapFindsItWhenHashCodesCollide() {
    Random random = new Random(1301);
    for (int n : new int[] {0, 1, 2, 3, 5, 31, 64, 200}) {
      for (int hashes : new int[] {1, 3, 1 << 30}) {
        List<Object> keys = new ArrayList<>();
        int[] hashOf = new int[n];
        Map<Object, Integer> oracle = new IdentityHashMap<>();
        IdentityTable.Builder builder = IdentityTable.builder(n);
        for (int i = 0; i < n; i++) {
          Object key = new Object();
          keys.add(key);
          hashOf[i] = random.nextInt(hashes) * 0x9E3779B9;
          int number = random.nextInt(1000);
          oracle.put(key, number);
          assertThat(builder.add(key, hashOf[i], number)).isSameAs(builder);
        }
        IdentityTable table = builder.build();
        for (int i = 0; i < n; i++) {
          assertThat(table.find(keys.get(i), hashOf[i])).as("n %s hashes %s key %s", n, hashes, i)
              .isEqualTo(oracle.get(keys.get(i)));
        }
        for (int i = 0; i < 50; i++) {
          assertThat(table.find(new Object(), random.nextInt(hashes) * 0x9E3779B9)).isEqualTo(-1);
        }
      }
    }
  }

  @Test
  void aBuilderTakesAsManyKeysAsItWasMadeForAndNoMore() {
    for (int n : new int[] {0, 1, 2, 3, 4, 7}) {
      IdentityTable.Builder builder = IdentityTable.builder(n);
      for (int i = 0; i < n; i++) {
        builder.add(new Object(), i, i);
      }
      assertThatThrownBy(() -> builder.add(new Object(), 0, n)).as("n %s", n).isInstanceOf(IllegalStateException.class);
    }
    assertThatThrownBy(() -> IdentityTable.builder(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdentityTable.builder(MemberIndex.MAX_MEMBERS + 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTableOfKeysWithKnownHashCodesFindsThemByThoseCodes() {
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      keys.add(new Object());
    }
    IdentityTable table = IdentityTable.of(keys.size(), keys::get, i -> i % 4);
    for (int i = 0; i < keys.size(); i++) {
      assertThat(table.find(keys.get(i), i % 4)).isEqualTo(i);
    }
    IdentityTable byIdentity = IdentityTable.of(keys.size(), keys::get);
    assertThat(byIdentity.find(keys.get(7), System.identityHashCode(keys.get(7)))).isEqualTo(7);
  }
}
