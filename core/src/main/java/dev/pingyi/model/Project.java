package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A key investment project (重点项目) of a county-level unit, on the provincial, municipal or
 * county list of a plan year.
 *
 * <p>Investment figures are optional because reports often give none; an absent figure is
 * unknown, not zero. Where figures are given they obey: none is negative; the annual planned
 * investment (年度计划投资) and the completed investment (完成投资) do not exceed the total
 * investment (总投资). Completed investment may exceed the annual plan: a project can run ahead.
 * A project in an industry cluster lies in the cluster's county; phases are numbered 1, 2, …
 * in order; a completion month is not before the start month.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Project implements WithProject {

  Project() {}

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a project. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(Project value) {
      requireNonNull(value, "value");
      return this
          .id(value.id())
          .name(value.name())
          .county(value.county())
          .enterprise(value.enterprise())
          .level(value.level())
          .category(value.category())
          .status(value.status())
          .planYear(value.planYear())
          .totalInvestment(value.totalInvestment())
          .annualPlannedInvestment(value.annualPlannedInvestment())
          .completedInvestment(value.completedInvestment())
          .cluster(value.cluster())
          .addAllCapacities(value.capacities())
          .expectedAnnualRevenue(value.expectedAnnualRevenue())
          .expectedAnnualTax(value.expectedAnnualTax())
          .expectedJobs(value.expectedJobs())
          .startMonth(value.startMonth())
          .completionMonth(value.completionMonth())
          .addAllPhases(value.phases());
    }
  }


  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The identifier in the project ledger, unique within it. */
  public abstract String id();

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The name, such as 山东乐宝宠物食品有限公司高端宠物食品项目. */
  public abstract String name();

  /** Required. The county-level unit where the project is built. */
  public abstract County county();

  /** Optional. The enterprise that builds it. */
  public abstract Optional<Enterprise> enterprise();

  /** Optional: reports often name a project without its list. The key-project list it is on. */
  public abstract Optional<ProjectLevel> level();

  /** Required. What it builds. */
  public abstract ProjectCategory category();

  /** Required. How far it has come. */
  public abstract ProjectStatus status();

  /** Required; in [1000, 9999]. The year of the key-project list, such as 2022. */
  public abstract int planYear();

  /** Optional; not negative. 总投资: the total investment. */
  public abstract Optional<Yuan> totalInvestment();

  /**
   * Optional; not negative, at most {@link #totalInvestment()}. 年度计划投资: the investment
   * planned for the plan year.
   */
  public abstract Optional<Yuan> annualPlannedInvestment();

  /**
   * Optional; not negative, at most {@link #totalInvestment()} (it may exceed the annual plan).
   * 完成投资: the investment completed in the plan year so far.
   */
  public abstract Optional<Yuan> completedInvestment();

  /** Optional; a cluster of the project's county. The industry cluster it belongs to. */
  public abstract Optional<IndustryCluster> cluster();

  /** Optional, empty by default. The production capacities stated for it, such as 35万吨/年. */
  public abstract ImmutableList<Capacity> capacities();

  /** Optional; not negative. The expected annual revenue (营业收入) when in production. */
  public abstract Optional<Yuan> expectedAnnualRevenue();

  /** Optional; not negative. The expected annual tax (利税/税收) when in production. */
  public abstract Optional<Yuan> expectedAnnualTax();

  /** Optional; not negative. The expected number of jobs. */
  public abstract OptionalInt expectedJobs();

  /** Optional. The month construction started or is to start. */
  public abstract Optional<YearMonth> startMonth();

  /** Optional; not before {@link #startMonth()}. The month of completion, actual or expected. */
  public abstract Optional<YearMonth> completionMonth();

  /** Optional, empty by default; numbered 1, 2, … in order. The phases of a project built in phases. */
  public abstract ImmutableList<ProjectPhase> phases();

  @Value.Check
  void check() {
    Checks.checkName("Project", "id", id());
    String self = id();
    Checks.checkName("Project " + self, "name", name());
    checkArgument(
        planYear() >= 1000 && planYear() <= 9999,
        "Project %s: planYear=%s is outside [1000, 9999]", self, planYear());
    Checks.checkNotNegative("Project", self, "totalInvestment", totalInvestment());
    Checks.checkNotNegative("Project", self, "annualPlannedInvestment", annualPlannedInvestment());
    Checks.checkNotNegative("Project", self, "completedInvestment", completedInvestment());
    Checks.checkNotNegative("Project", self, "expectedAnnualRevenue", expectedAnnualRevenue());
    Checks.checkNotNegative("Project", self, "expectedAnnualTax", expectedAnnualTax());
    totalInvestment().ifPresent(total -> {
      checkNotAbove(self, "annualPlannedInvestment", annualPlannedInvestment(), total);
      checkNotAbove(self, "completedInvestment", completedInvestment(), total);
    });
    expectedJobs().ifPresent(
        jobs -> checkArgument(jobs >= 0, "Project %s: expectedJobs=%s must not be negative", self, jobs));
    startMonth().ifPresent(start -> completionMonth().ifPresent(end -> checkArgument(
        !end.isBefore(start),
        "Project %s: completionMonth=%s is before startMonth=%s",
        self,
        end,
        start)));
    cluster().ifPresent(c -> checkArgument(
        c.county().equals(county()),
        "Project %s: cluster %s lies in %s, not in the project's county %s",
        self,
        c.name(),
        c.county().name(),
        county().name()));
    for (int i = 0; i < phases().size(); i++) {
      checkArgument(
          phases().get(i).number() == i + 1,
          "Project %s: phases[%s] has number=%s; phases must be numbered 1, 2, ... in order",
          self,
          i,
          phases().get(i).number());
    }
  }

  private static void checkNotAbove(String self, String field, Optional<Yuan> part, Yuan total) {
    // the message formats its amounts only when it is thrown: a ledger builds millions of projects
    if (part.isPresent() && part.get().isGreaterThan(total)) {
      throw new IllegalArgumentException(String.format(
          "Project %s: %s=%s exceeds totalInvestment=%s",
          self, field, part.get().toReportString(), total.toReportString()));
    }
  }
}
