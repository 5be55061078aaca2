package dev.pingyi.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pingyi.model.EvaluatedUnit;
import dev.pingyi.model.EvaluationGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Published orders and places, with names looked up in a map, equal the rankings made by
 * scanning the members for each name ({@link QuadraticOracles}), and both refuse the same lists.
 */
class PublishedOrderOracleTest {

  private static final long SEED = 8_209L;

  @Test
  void publishedOrdersAndPlacesEqualTheRankingsFoundByScanning() {
    Random random = new Random(SEED);
    for (int round = 0; round < 200; round++) {
      int size = round % 50 == 0 ? 2_000 : 1 + random.nextInt(100);
      EvaluationGroup group = group(round, size);
      List<String> order = names(group);
      Collections.shuffle(order, random);
      String context = "seed " + SEED + " round " + round + " size " + size;
      assertThat(Rankings.fromPublishedOrder(group, order)).as(context)
          .isEqualTo(QuadraticOracles.fromPublishedOrder(group, order));
      List<List<String>> places = places(random, order);
      assertThat(Rankings.fromPublishedPlaces(group, places)).as(context)
          .isEqualTo(QuadraticOracles.fromPublishedPlaces(group, places));
    }
  }

  @Test
  void bothRefuseOrdersThatDoNotNameEachMemberOnce() {
    Random random = new Random(SEED);
    for (int round = 0; round < 200; round++) {
      EvaluationGroup group = group(round, 2 + random.nextInt(30));
      List<String> order = names(group);
      Collections.shuffle(order, random);
      int at = random.nextInt(order.size());
      switch (random.nextInt(3)) {
        case 0 -> order.set(at, order.get((at + 1) % order.size()));
        case 1 -> order.set(at, "非成员单位");
        default -> order.remove(at);
      }
      String context = "seed " + SEED + " round " + round + " order " + order;
      assertThatThrownBy(() -> Rankings.fromPublishedOrder(group, order)).as(context)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> QuadraticOracles.fromPublishedOrder(group, order)).as(context)
          .isInstanceOf(IllegalArgumentException.class);
      List<List<String>> places = places(random, order);
      assertThatThrownBy(() -> Rankings.fromPublishedPlaces(group, places)).as(context)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> QuadraticOracles.fromPublishedPlaces(group, places)).as(context)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static EvaluationGroup group(int round, int size) {
    return Sheets.group("g" + round, size);
  }

  private static List<String> names(EvaluationGroup group) {
    return new ArrayList<>(group.members().stream().map(EvaluatedUnit::name).toList());
  }

  /** The order cut into places of one to four names. */
  private static List<List<String>> places(Random random, List<String> order) {
    List<List<String>> places = new ArrayList<>();
    for (int i = 0; i < order.size(); ) {
      int size = Math.min(order.size() - i, 1 + random.nextInt(4));
      places.add(List.copyOf(order.subList(i, i + size)));
      i += size;
    }
    return places;
  }
}
