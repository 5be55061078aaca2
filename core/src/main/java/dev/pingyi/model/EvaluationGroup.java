package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.pingyi.internal.MemberIndex;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A group (组) of units ranked against each other in one evaluation period, such as the eleven
 * county-level units of the 2022 H1 Liaocheng evaluation.
 *
 * <p>Members are distinct by name and keep the order given (the report's groups list them in
 * published rank order). A group may sit under a parent group of the same period: the report's
 * three department groups sit under "municipal government departments" (市政府部门), which has
 * no members of its own. A group may be empty as a value; ranking an empty group is an error of
 * the ranking engine.
 *
 * <p>The first ranking of a group builds an index of its members — each member found from its
 * instance, and the members' order by name — which the group keeps for later rankings: 24 to 36
 * bytes a member, built in O(n log n) (the names are sorted once), not part of the value
 * (equality, hash code and string form ignore it). A copy made with a {@code with*} method builds
 * its own.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationGroup implements WithEvaluationGroup {

  /**
   * The most groups a parent chain may hold. Evaluations nest a few levels (市政府部门 › 经济部门);
   * the bound keeps equality, hashing and printing, which follow the chain, shallow.
   */
  public static final int MAX_PARENT_DEPTH = 16;

  static {
    MemberIndex.registerGroupIndexes(group -> ((EvaluationGroup) group).memberIndex());
  }

  /**
   * The members' index, built on first use: immutable, so threads that race to build it each
   * make an equal one and any of them may be kept.
   */
  private transient volatile @Nullable MemberIndex<EvaluatedUnit> memberIndex;

  EvaluationGroup() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of an evaluation group. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableEvaluationGroup.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(EvaluationGroup value) {
      requireNonNull(value, "value");
      return this
          .id(value.id())
          .name(value.name())
          .category(value.category())
          .period(value.period())
          .addAllMembers(value.members())
          .parent(value.parent());
    }
  }

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. A stable identifier, such as {@code county-level}. */
  public abstract String id();

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The name as published, such as 县（市、区）. */
  public abstract String name();

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The category of units it holds, such as 市政府部门 or 经济部门. */
  public abstract String category();

  /** Required. The evaluation period. */
  public abstract ReportPeriod period();

  /** Optional, empty by default; distinct by name. The members, in the order given. */
  public abstract ImmutableList<EvaluatedUnit> members();

  /**
   * Optional; of the same period, never the group itself up its chain, at most {@value
   * #MAX_PARENT_DEPTH} groups up. The group it sits under.
   */
  public abstract Optional<EvaluationGroup> parent();

  /** The member of the given name, if there is one. */
  public Optional<EvaluatedUnit> member(String name) {
    requireNonNull(name, "name");
    return members().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The index of the members, for the ranking engine; see the class comment. */
  MemberIndex<EvaluatedUnit> memberIndex() {
    MemberIndex<EvaluatedUnit> index = memberIndex;
    if (index == null) {
      index = MemberIndex.of(members(), EvaluatedUnit::name);
      memberIndex = index;
    }
    return index;
  }

  @Value.Check
  void check() {
    Checks.checkName("EvaluationGroup", "id", id());
    Checks.checkName("EvaluationGroup " + id(), "name", name());
    Checks.checkName("EvaluationGroup " + id(), "category", category());
    Set<String> names = new HashSet<>();
    for (EvaluatedUnit member : members()) {
      checkArgument(
          names.add(member.name()),
          "EvaluationGroup %s: members lists unit %s twice",
          id(),
          member.name());
    }
    parent().ifPresent(p -> {
      checkArgument(
          p.period().equals(period()),
          "EvaluationGroup %s: parent %s has period=%s, not the group's period=%s",
          id(),
          p.id(),
          p.period(),
          period());
      int depth = 1;
      for (EvaluationGroup a = p; a != null; a = a.parent().orElse(null), depth++) {
        checkArgument(
            !a.id().equals(id()),
            "EvaluationGroup %s: parent chain contains the group's own id=%s",
            id(),
            id());
        checkArgument(
            depth <= MAX_PARENT_DEPTH,
            "EvaluationGroup %s: parent chain is deeper than %s groups; evaluations nest a few levels",
            id(),
            MAX_PARENT_DEPTH);
      }
    });
  }
}
