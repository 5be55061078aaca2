package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.internal.MemberIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The member index a group keeps for the ranking engine: built once and kept, its own in a copy,
 * no part of the value; threads that race to build it get equal indexes.
 */
class EvaluationGroupIndexTest {

  private static EvaluationGroup group(String id, int n) {
    EvaluationGroup.Builder group = EvaluationGroup.builder().id(id).name("组").category("市政府部门")
        .period(ReportPeriod.ofHalfYear(2022, 1));
    for (int i = n - 1; i >= 0; i--) {
      group.addMembers(EvaluatedUnit.department("单位" + i));
    }
    return group.build();
  }

  @Test
  void theIndexIsBuiltOnceAndKeptAndACopyBuildsItsOwn() {
    EvaluationGroup group = group("g", 100);
    String text = group.toString();
    int hash = group.hashCode();
    MemberIndex<EvaluatedUnit> index = group.memberIndex();
    assertThat(group.memberIndex()).isSameAs(index);
    assertThat(MemberIndex.<EvaluatedUnit>ofGroup(group)).isSameAs(index);
    assertThat(group).isEqualTo(group("g", 100)).hasSameHashCodeAs(group("g", 100));
    assertThat(group.toString()).isEqualTo(text);
    assertThat(group.hashCode()).isEqualTo(hash);
    EvaluationGroup copy = ImmutableEvaluationGroup.copyOf(group).withId("h");
    assertThat(copy.memberIndex()).isNotSameAs(index);
    for (int i = 0; i < 100; i++) {
      assertThat(copy.memberIndex().memberAt(copy.memberIndex().find(group.members().get(i)))).isEqualTo(i);
      assertThat(index.memberAt(index.find(copy.members().get(i)))).isEqualTo(i);
    }
  }

  @Test
  void threadsRacingToBuildTheIndexEachGetOneThatFindsEveryMember() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 20; round++) {
        EvaluationGroup group = group("r" + round, 2_000);
        List<Future<MemberIndex<EvaluatedUnit>>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          futures.add(pool.submit(group::memberIndex));
        }
        for (Future<MemberIndex<EvaluatedUnit>> f : futures) {
          MemberIndex<EvaluatedUnit> index = f.get(1, TimeUnit.MINUTES);
          for (int i = 0; i < 2_000; i += 7) {
            assertThat(index.memberAt(index.find(group.members().get(i)))).isEqualTo(i);
            assertThat(group.members().get(index.memberAt(0)).name()).isEqualTo("单位0");
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
