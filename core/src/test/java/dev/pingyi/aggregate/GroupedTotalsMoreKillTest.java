package dev.pingyi.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.Project;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Merging another accumulator takes its current groups — those its snapshot shows, with at least
 * one project — and nothing of a key it only saw in a bulk operation that was put back.
 */
class GroupedTotalsMoreKillTest {

  @Test
  void mergingTakesNoKeyTheOtherOnlySawInAFailedBulkAdd() {
    List<Project> projects = RandomProjects.projects(new Random(1601), RandomProjects.counties(2), 3, 1_000_000);
    // "Aa" and "BB" share a hash code, and this order calls them equal: a table that met both
    // would reject the second
    Comparator<String> byLength = Comparator.comparingInt(String::length);
    GroupedTotalsAccumulator<String> mine = new GroupedTotalsAccumulator<>(p -> "Aa", byLength);
    mine.add(projects.get(0));
    GroupedTotalsAccumulator<String> theirs = new GroupedTotalsAccumulator<>(p -> "BB", byLength);
    assertThatThrownBy(() -> theirs.addAll(Arrays.asList(projects.get(1), null)))
        .isInstanceOf(NullPointerException.class);
    assertThat(theirs.snapshot().groups()).isEmpty();
    GroupedTotals<String> before = mine.snapshot();

    mine.addAll(theirs);

    assertThat(mine.snapshot()).isEqualTo(before);
    mine.add(projects.get(2));
    assertThat(mine.snapshot().groups().keySet()).containsExactly("Aa");
    assertThat(mine.snapshot().overall().count()).isEqualTo(2);
  }
}
