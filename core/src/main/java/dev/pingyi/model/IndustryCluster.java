package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An industry cluster (产业集群, 特色产业群) of a county-level unit, such as 冠县钢铁延链绿色智造,
 * one of Shandong's characteristic industry clusters.
 *
 * <p>Under the chain-leader system (链长制) a leading enterprise (链主企业) anchors the chain;
 * it must be one of the cluster's members.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndustryCluster implements WithIndustryCluster {

  IndustryCluster() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of an industry cluster. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableIndustryCluster.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(IndustryCluster value) {
      requireNonNull(value, "value");
      return this
          .name(value.name())
          .county(value.county())
          .level(value.level())
          .yearRecognised(value.yearRecognised())
          .chainLeader(value.chainLeader())
          .addAllMembers(value.members())
          .addAllCapacities(value.capacities());
    }
  }

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The name, such as 冠县钢铁延链绿色智造产业集群. */
  public abstract String name();

  /** Required. The county-level unit of the cluster. */
  public abstract County county();

  /** Required. The authority that recognised it. */
  public abstract ClusterLevel level();

  /** Optional; in [1000, 9999]. The year it was recognised. */
  public abstract OptionalInt yearRecognised();

  /** Optional; one of {@link #members()}. 链主企业: the chain-leader enterprise. */
  public abstract Optional<Enterprise> chainLeader();

  /** Optional, empty by default. The member enterprises, distinct, in the order given. */
  public abstract ImmutableSet<Enterprise> members();

  /** Optional, empty by default. The capacities of the cluster, such as 1600万吨 of steel-plate processing. */
  public abstract ImmutableList<Capacity> capacities();

  @Value.Check
  void check() {
    Checks.checkName("IndustryCluster", "name", name());
    yearRecognised().ifPresent(year -> checkArgument(
        year >= 1000 && year <= 9999,
        "IndustryCluster %s: yearRecognised=%s is outside [1000, 9999]",
        name(),
        year));
    chainLeader().ifPresent(leader -> checkArgument(
        members().contains(leader),
        "IndustryCluster %s: chainLeader=%s is not one of its members",
        name(),
        leader.name()));
  }
}
