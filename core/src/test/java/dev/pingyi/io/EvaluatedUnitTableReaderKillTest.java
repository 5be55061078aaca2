package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit listed in a group equal to one of the reader's joins the reader's group, whichever
 * instance it names; problems list the reader's groups by id.
 */
class EvaluatedUnitTableReaderKillTest {

  @Test
  void aUnitListedInAnEqualGroupJoinsTheReadersGroup() {
    EvaluatedUnitTableReader reader = TableFixtures.unitReader().build();
    EvaluationGroup own = TableFixtures.EMPTY_GROUPS.get(0);
    EvaluationGroup copy = EvaluationGroup.builder().from(own).build();
    assertThat(copy).isEqualTo(own).isNotSameAs(own);
    EvaluatedUnit unit = TableFixtures.GUANXIAN_GOVERNMENT;

    List<EvaluationGroup> groups = reader.groupsWith(List.of(ListedUnit.of(copy, unit)));

    assertThat(groups.get(0).id()).isEqualTo(own.id());
    assertThat(groups.get(0).members()).containsExactly(unit);
  }

  @Test
  void theGroupsAreDescribedByTheirIds() {
    assertThat(TableFixtures.unitReader().build().describeGroups())
        .isEqualTo("county-level, departments, economic, other-a, other-b");
  }
}
