package dev.pingyi.io;

import static dev.pingyi.io.JsonSamples.BY_COUNTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pingyi.aggregate.GroupedTotals;
import dev.pingyi.model.County;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Stated overall totals that are not the groups' are refused naming the first figure that differs. */
class JsonTotalsFormsKillTest {

  private static final JsonMapper JSON = PingyiJson.mapper();

  private static String refusedWith(String figure, String amount) {
    ObjectNode root = (ObjectNode) JSON.readTree(JSON.writeValueAsString(BY_COUNTY));
    ((ObjectNode) root.at("/overall/" + figure)).put("amount", amount);
    JsonRuleException e = catchThrowableOfType(JsonRuleException.class,
        () -> JSON.readValue(root.toString(), new TypeReference<GroupedTotals<County>>() {}));
    assertThat(e).as("refused: %s", root).isNotNull();
    return e.rule();
  }

  @Test
  void aDifferentTotalInvestmentIsNamed() {
    assertThat(refusedWith("totalInvestment", "1.00"))
        .startsWith("GroupedTotals states overall.totalInvestment=")
        .contains(", which is not the sum over its groups, ");
  }

  @Test
  void aDifferentAnnualPlannedInvestmentIsNamed() {
    assertThat(refusedWith("annualPlannedInvestment", "1.00"))
        .startsWith("GroupedTotals states overall.annualPlannedInvestment=");
  }

  @Test
  void aDifferentCompletedInvestmentIsNamed() {
    assertThat(refusedWith("completedInvestment", "1.00"))
        .startsWith("GroupedTotals states overall.completedInvestment=");
  }
}
