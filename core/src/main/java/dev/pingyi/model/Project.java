package dev.pingyi.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import dev.pingyi.internal.FenFigures;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

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
 * <p>Made with {@link #builder()} and copied with the {@code with*} methods, each of which checks
 * every rule, like the generated model types. Unlike them, this class is written by hand: it
 * keeps its three investment figures as counts of fen in primitive fields rather than as three
 * {@link Yuan} objects, its plan year and level in one {@code int}, and the attributes most
 * projects leave absent (enterprise, cluster, capacities, expected revenue, tax and jobs, months,
 * phases) in one object of their own, shared by every project that has none of them; so that a
 * project with its figures takes 64 bytes instead of 160 (the benchmarks module measures it with
 * JOL) — ledgers hold millions of projects. Its equality, hash code and string form are those of
 * a generated value: every attribute, in declaration order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Project {

  /** A figure that is absent; every present figure is at least zero. */
  private static final long ABSENT = FenFigures.ABSENT;

  /** An expected number of jobs that is absent; every present one is at least zero. */
  private static final int NO_JOBS = Integer.MIN_VALUE;

  /** The bits of {@link #yearAndLevel} that hold the plan year, which is below 2^14. */
  private static final int YEAR_MASK = (1 << 14) - 1;

  /** Where the level's ordinal plus 1 (0 for none) begins in {@link #yearAndLevel}. */
  private static final int LEVEL_SHIFT = 14;

  private static final ProjectLevel[] LEVELS = ProjectLevel.values();

  private final String id;
  private final String name;
  private final County county;
  private final ProjectCategory category;
  private final ProjectStatus status;
  /** The plan year in the low 14 bits, the level's ordinal plus 1 (0 for none) above them. */
  private final int yearAndLevel;
  private final long totalFen;
  private final long plannedFen;
  private final long completedFen;
  /** The attributes most projects leave absent: {@link Extras#NONE} when every one of them is. */
  private final Extras extras;

  /**
   * The attributes of a project that most projects leave absent or empty, apart from the others
   * so that such a project holds one reference to the shared {@link #NONE} in their place.
   */
  private static final class Extras {
    static final Extras NONE = new Extras(null, null, ImmutableList.of(), null, null, NO_JOBS, null, null,
        ImmutableList.of());

    final @Nullable Enterprise enterprise;
    final @Nullable IndustryCluster cluster;
    final ImmutableList<Capacity> capacities;
    final @Nullable Yuan expectedAnnualRevenue;
    final @Nullable Yuan expectedAnnualTax;
    final int expectedJobs;
    final @Nullable YearMonth startMonth;
    final @Nullable YearMonth completionMonth;
    final ImmutableList<ProjectPhase> phases;

    Extras(
        @Nullable Enterprise enterprise,
        @Nullable IndustryCluster cluster,
        ImmutableList<Capacity> capacities,
        @Nullable Yuan expectedAnnualRevenue,
        @Nullable Yuan expectedAnnualTax,
        int expectedJobs,
        @Nullable YearMonth startMonth,
        @Nullable YearMonth completionMonth,
        ImmutableList<ProjectPhase> phases) {
      this.enterprise = enterprise;
      this.cluster = cluster;
      this.capacities = capacities;
      this.expectedAnnualRevenue = expectedAnnualRevenue;
      this.expectedAnnualTax = expectedAnnualTax;
      this.expectedJobs = expectedJobs;
      this.startMonth = startMonth;
      this.completionMonth = completionMonth;
      this.phases = phases;
    }

    /** The extras of the builder's attributes: {@link #NONE} if it has none of them. */
    static Extras of(Builder b) {
      if (b.enterprise == null && b.cluster == null && b.capacities == null && b.expectedAnnualRevenue == null
          && b.expectedAnnualTax == null && b.expectedJobs == null && b.startMonth == null
          && b.completionMonth == null && b.phases == null) {
        return NONE;
      }
      return new Extras(b.enterprise, b.cluster, built(b.capacities), b.expectedAnnualRevenue, b.expectedAnnualTax,
          b.expectedJobs == null ? NO_JOBS : b.expectedJobs, b.startMonth, b.completionMonth, built(b.phases));
    }
  }

  static {
    // the totals read the fen fields directly: three Optional<Yuan> a project is most of their cost
    FenFigures.register(new FenFigures.Reader() {
      @Override
      public long totalFen(Object project) {
        return ((Project) project).totalFen;
      }

      @Override
      public long plannedFen(Object project) {
        return ((Project) project).plannedFen;
      }

      @Override
      public long completedFen(Object project) {
        return ((Project) project).completedFen;
      }
    });
  }

  /** Takes the builder's attributes, which {@link Builder#build()} has checked. */
  private Project(Builder b) {
    this.id = requireNonNull(b.id);
    this.name = requireNonNull(b.name);
    this.county = requireNonNull(b.county);
    this.category = requireNonNull(b.category);
    this.status = requireNonNull(b.status);
    ProjectLevel level = b.level;
    // build() has checked the plan year to be within [1000, 9999]
    this.yearAndLevel = b.planYear | (level == null ? 0 : level.ordinal() + 1) << LEVEL_SHIFT;
    this.totalFen = fenOf(b.totalInvestment);
    this.plannedFen = fenOf(b.annualPlannedInvestment);
    this.completedFen = fenOf(b.completedInvestment);
    this.extras = Extras.of(b);
  }

  private @Nullable ProjectLevel levelOrNull() {
    int level = yearAndLevel >>> LEVEL_SHIFT;
    return level == 0 ? null : LEVELS[level - 1];
  }

  private static <E> ImmutableList<E> built(ImmutableList.@Nullable Builder<E> elements) {
    return elements == null ? ImmutableList.of() : elements.build();
  }

  private static long fenOf(@Nullable Yuan amount) {
    return amount == null ? ABSENT : amount.fen();
  }

  private static Optional<Yuan> yuanOf(long fen) {
    return fen == ABSENT ? Optional.empty() : Optional.of(Yuan.ofFen(fen));
  }

  /** A new builder; {@link Builder#build()} checks every rule. */
  public static Builder builder() {
    return new Builder(true);
  }

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The identifier in the project ledger, unique within it. */
  public String id() {
    return id;
  }

  /** Required; a name: no surrounding or invisible characters, at most 500 characters. The name, such as 山东乐宝宠物食品有限公司高端宠物食品项目. */
  public String name() {
    return name;
  }

  /** Required. The county-level unit where the project is built. */
  public County county() {
    return county;
  }

  /** Optional. The enterprise that builds it. */
  public Optional<Enterprise> enterprise() {
    return Optional.ofNullable(extras.enterprise);
  }

  /** Optional: reports often name a project without its list. The key-project list it is on. */
  public Optional<ProjectLevel> level() {
    return Optional.ofNullable(levelOrNull());
  }

  /** Required. What it builds. */
  public ProjectCategory category() {
    return category;
  }

  /** Required. How far it has come. */
  public ProjectStatus status() {
    return status;
  }

  /** Required; in [1000, 9999]. The year of the key-project list, such as 2022. */
  public int planYear() {
    return yearAndLevel & YEAR_MASK;
  }

  /** Optional; not negative. 总投资: the total investment. */
  public Optional<Yuan> totalInvestment() {
    return yuanOf(totalFen);
  }

  /**
   * Optional; not negative, at most {@link #totalInvestment()}. 年度计划投资: the investment
   * planned for the plan year.
   */
  public Optional<Yuan> annualPlannedInvestment() {
    return yuanOf(plannedFen);
  }

  /**
   * Optional; not negative, at most {@link #totalInvestment()} (it may exceed the annual plan).
   * 完成投资: the investment completed in the plan year so far.
   */
  public Optional<Yuan> completedInvestment() {
    return yuanOf(completedFen);
  }

  /** Optional; a cluster of the project's county. The industry cluster it belongs to. */
  public Optional<IndustryCluster> cluster() {
    return Optional.ofNullable(extras.cluster);
  }

  /** Optional, empty by default. The production capacities stated for it, such as 35万吨/年. */
  public ImmutableList<Capacity> capacities() {
    return extras.capacities;
  }

  /** Optional; not negative. The expected annual revenue (营业收入) when in production. */
  public Optional<Yuan> expectedAnnualRevenue() {
    return Optional.ofNullable(extras.expectedAnnualRevenue);
  }

  /** Optional; not negative. The expected annual tax (利税/税收) when in production. */
  public Optional<Yuan> expectedAnnualTax() {
    return Optional.ofNullable(extras.expectedAnnualTax);
  }

  /** Optional; not negative. The expected number of jobs. */
  public OptionalInt expectedJobs() {
    int jobs = extras.expectedJobs;
    return jobs == NO_JOBS ? OptionalInt.empty() : OptionalInt.of(jobs);
  }

  /** Optional. The month construction started or is to start. */
  public Optional<YearMonth> startMonth() {
    return Optional.ofNullable(extras.startMonth);
  }

  /** Optional; not before {@link #startMonth()}. The month of completion, actual or expected. */
  public Optional<YearMonth> completionMonth() {
    return Optional.ofNullable(extras.completionMonth);
  }

  /** Optional, empty by default; numbered 1, 2, … in order. The phases of a project built in phases. */
  public ImmutableList<ProjectPhase> phases() {
    return extras.phases;
  }

  // Copies with one attribute changed: each checks every rule, as build() does.

  /** A copy with the given {@link #id()}. */
  public Project withId(String value) {
    String v = requireNonNull(value, "id");
    return v.equals(id) ? this : copy().setId(v).build();
  }

  /** A copy with the given {@link #name()}. */
  public Project withName(String value) {
    String v = requireNonNull(value, "name");
    return v.equals(name) ? this : copy().setName(v).build();
  }

  /** A copy with the given {@link #county()}. */
  public Project withCounty(County value) {
    County v = requireNonNull(value, "county");
    return v.equals(county) ? this : copy().setCounty(v).build();
  }

  /** A copy with the given {@link #enterprise()}. */
  public Project withEnterprise(Enterprise value) {
    return withEnterprise(Optional.of(requireNonNull(value, "enterprise")));
  }

  /** A copy with the given {@link #enterprise()}, or none. */
  public Project withEnterprise(Optional<? extends Enterprise> value) {
    Enterprise v = requireNonNull(value, "enterprise").orElse(null);
    return Objects.equals(v, extras.enterprise) ? this : copy().setEnterprise(v).build();
  }

  /** A copy with the given {@link #level()}. */
  public Project withLevel(ProjectLevel value) {
    return withLevel(Optional.of(requireNonNull(value, "level")));
  }

  /** A copy with the given {@link #level()}, or none. */
  public Project withLevel(Optional<? extends ProjectLevel> value) {
    ProjectLevel v = requireNonNull(value, "level").orElse(null);
    return v == levelOrNull() ? this : copy().setLevel(v).build();
  }

  /** A copy with the given {@link #category()}. */
  public Project withCategory(ProjectCategory value) {
    ProjectCategory v = requireNonNull(value, "category");
    return v == category ? this : copy().setCategory(v).build();
  }

  /** A copy with the given {@link #status()}. */
  public Project withStatus(ProjectStatus value) {
    ProjectStatus v = requireNonNull(value, "status");
    return v == status ? this : copy().setStatus(v).build();
  }

  /** A copy with the given {@link #planYear()}. */
  public Project withPlanYear(int value) {
    return value == planYear() ? this : copy().setPlanYear(value).build();
  }

  /** A copy with the given {@link #totalInvestment()}. */
  public Project withTotalInvestment(Yuan value) {
    return withTotalInvestment(Optional.of(requireNonNull(value, "totalInvestment")));
  }

  /** A copy with the given {@link #totalInvestment()}, or none. */
  public Project withTotalInvestment(Optional<? extends Yuan> value) {
    Yuan v = requireNonNull(value, "totalInvestment").orElse(null);
    return fenOf(v) == totalFen ? this : copy().setTotalInvestment(v).build();
  }

  /** A copy with the given {@link #annualPlannedInvestment()}. */
  public Project withAnnualPlannedInvestment(Yuan value) {
    return withAnnualPlannedInvestment(Optional.of(requireNonNull(value, "annualPlannedInvestment")));
  }

  /** A copy with the given {@link #annualPlannedInvestment()}, or none. */
  public Project withAnnualPlannedInvestment(Optional<? extends Yuan> value) {
    Yuan v = requireNonNull(value, "annualPlannedInvestment").orElse(null);
    return fenOf(v) == plannedFen ? this : copy().setAnnualPlannedInvestment(v).build();
  }

  /** A copy with the given {@link #completedInvestment()}. */
  public Project withCompletedInvestment(Yuan value) {
    return withCompletedInvestment(Optional.of(requireNonNull(value, "completedInvestment")));
  }

  /** A copy with the given {@link #completedInvestment()}, or none. */
  public Project withCompletedInvestment(Optional<? extends Yuan> value) {
    Yuan v = requireNonNull(value, "completedInvestment").orElse(null);
    return fenOf(v) == completedFen ? this : copy().setCompletedInvestment(v).build();
  }

  /** A copy with the given {@link #cluster()}. */
  public Project withCluster(IndustryCluster value) {
    return withCluster(Optional.of(requireNonNull(value, "cluster")));
  }

  /** A copy with the given {@link #cluster()}, or none. */
  public Project withCluster(Optional<? extends IndustryCluster> value) {
    IndustryCluster v = requireNonNull(value, "cluster").orElse(null);
    return Objects.equals(v, extras.cluster) ? this : copy().setCluster(v).build();
  }

  /** A copy with the given {@link #capacities()} in place of its own. */
  public Project withCapacities(Capacity... elements) {
    return withCapacities(ImmutableList.copyOf(requireNonNull(elements, "capacities")));
  }

  /** A copy with the given {@link #capacities()} in place of its own. */
  public Project withCapacities(Iterable<? extends Capacity> elements) {
    ImmutableList<Capacity> v = ImmutableList.copyOf(requireNonNull(elements, "capacities"));
    return v.equals(extras.capacities) ? this : copy().setCapacities(v).build();
  }

  /** A copy with the given {@link #expectedAnnualRevenue()}. */
  public Project withExpectedAnnualRevenue(Yuan value) {
    return withExpectedAnnualRevenue(Optional.of(requireNonNull(value, "expectedAnnualRevenue")));
  }

  /** A copy with the given {@link #expectedAnnualRevenue()}, or none. */
  public Project withExpectedAnnualRevenue(Optional<? extends Yuan> value) {
    Yuan v = requireNonNull(value, "expectedAnnualRevenue").orElse(null);
    return Objects.equals(v, extras.expectedAnnualRevenue) ? this : copy().setExpectedAnnualRevenue(v).build();
  }

  /** A copy with the given {@link #expectedAnnualTax()}. */
  public Project withExpectedAnnualTax(Yuan value) {
    return withExpectedAnnualTax(Optional.of(requireNonNull(value, "expectedAnnualTax")));
  }

  /** A copy with the given {@link #expectedAnnualTax()}, or none. */
  public Project withExpectedAnnualTax(Optional<? extends Yuan> value) {
    Yuan v = requireNonNull(value, "expectedAnnualTax").orElse(null);
    return Objects.equals(v, extras.expectedAnnualTax) ? this : copy().setExpectedAnnualTax(v).build();
  }

  /** A copy with the given {@link #expectedJobs()}. */
  public Project withExpectedJobs(int value) {
    return withExpectedJobs(OptionalInt.of(value));
  }

  /** A copy with the given {@link #expectedJobs()}, or none. */
  public Project withExpectedJobs(OptionalInt value) {
    requireNonNull(value, "expectedJobs");
    return value.equals(expectedJobs()) ? this
        : copy().setExpectedJobs(value.isPresent() ? value.getAsInt() : null).build();
  }

  /** A copy with the given {@link #startMonth()}. */
  public Project withStartMonth(YearMonth value) {
    return withStartMonth(Optional.of(requireNonNull(value, "startMonth")));
  }

  /** A copy with the given {@link #startMonth()}, or none. */
  public Project withStartMonth(Optional<? extends YearMonth> value) {
    YearMonth v = requireNonNull(value, "startMonth").orElse(null);
    return Objects.equals(v, extras.startMonth) ? this : copy().setStartMonth(v).build();
  }

  /** A copy with the given {@link #completionMonth()}. */
  public Project withCompletionMonth(YearMonth value) {
    return withCompletionMonth(Optional.of(requireNonNull(value, "completionMonth")));
  }

  /** A copy with the given {@link #completionMonth()}, or none. */
  public Project withCompletionMonth(Optional<? extends YearMonth> value) {
    YearMonth v = requireNonNull(value, "completionMonth").orElse(null);
    return Objects.equals(v, extras.completionMonth) ? this : copy().setCompletionMonth(v).build();
  }

  /** A copy with the given {@link #phases()} in place of its own. */
  public Project withPhases(ProjectPhase... elements) {
    return withPhases(ImmutableList.copyOf(requireNonNull(elements, "phases")));
  }

  /** A copy with the given {@link #phases()} in place of its own. */
  public Project withPhases(Iterable<? extends ProjectPhase> elements) {
    ImmutableList<ProjectPhase> v = ImmutableList.copyOf(requireNonNull(elements, "phases"));
    return v.equals(extras.phases) ? this : copy().setPhases(v).build();
  }

  /** A lenient builder holding this project's attributes, for the {@code with*} methods. */
  private Builder copy() {
    return new Builder(false).from(this);
  }

  /** Equal to a project with equal attributes, every one of them. */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Project p)) {
      return false;
    }
    Extras e = extras;
    Extras pe = p.extras;
    return id.equals(p.id)
        && name.equals(p.name)
        && county.equals(p.county)
        && Objects.equals(e.enterprise, pe.enterprise)
        && category == p.category
        && status == p.status
        && yearAndLevel == p.yearAndLevel
        && totalFen == p.totalFen
        && plannedFen == p.plannedFen
        && completedFen == p.completedFen
        && Objects.equals(e.cluster, pe.cluster)
        && e.capacities.equals(pe.capacities)
        && Objects.equals(e.expectedAnnualRevenue, pe.expectedAnnualRevenue)
        && Objects.equals(e.expectedAnnualTax, pe.expectedAnnualTax)
        && e.expectedJobs == pe.expectedJobs
        && Objects.equals(e.startMonth, pe.startMonth)
        && Objects.equals(e.completionMonth, pe.completionMonth)
        && e.phases.equals(pe.phases);
  }

  /**
   * A hash of every attribute, as {@link Objects#hash} computes it; an absent figure or count
   * hashes as the marker that stands for it, so that equal projects hash alike.
   */
  @Override
  public int hashCode() {
    Extras e = extras;
    return Objects.hash(id, name, county, e.enterprise, levelOrNull(), category, status, planYear(),
        totalFen, plannedFen, completedFen, e.cluster, e.capacities, e.expectedAnnualRevenue,
        e.expectedAnnualTax, e.expectedJobs, e.startMonth, e.completionMonth, e.phases);
  }

  /** Every attribute that is present, in declaration order: {@code Project{id=…, name=…, …}}. */
  @Override
  public String toString() {
    Extras e = extras;
    return MoreObjects.toStringHelper("Project")
        .omitNullValues()
        .add("id", id)
        .add("name", name)
        .add("county", county)
        .add("enterprise", e.enterprise)
        .add("level", levelOrNull())
        .add("category", category)
        .add("status", status)
        .add("planYear", planYear())
        .add("totalInvestment", totalInvestment().orElse(null))
        .add("annualPlannedInvestment", annualPlannedInvestment().orElse(null))
        .add("completedInvestment", completedInvestment().orElse(null))
        .add("cluster", e.cluster)
        .add("capacities", e.capacities)
        .add("expectedAnnualRevenue", e.expectedAnnualRevenue)
        .add("expectedAnnualTax", e.expectedAnnualTax)
        .add("expectedJobs", e.expectedJobs == NO_JOBS ? null : e.expectedJobs)
        .add("startMonth", e.startMonth)
        .add("completionMonth", e.completionMonth)
        .add("phases", e.phases)
        .toString();
  }

  /**
   * A builder of a project. Each attribute is set at most once; collections may be added to.
   * {@link #build()} checks every rule and throws {@link IllegalArgumentException} naming the
   * field and the value, or {@link IllegalStateException} naming a required attribute not set.
   * Null arguments throw {@link NullPointerException} naming the attribute.
   */
  public static final class Builder {
    // one bit an attribute, for the strict builder's set-once rule
    private static final int ID = 1 << 0;
    private static final int NAME = 1 << 1;
    private static final int COUNTY = 1 << 2;
    private static final int ENTERPRISE = 1 << 3;
    private static final int LEVEL = 1 << 4;
    private static final int CATEGORY = 1 << 5;
    private static final int STATUS = 1 << 6;
    private static final int PLAN_YEAR = 1 << 7;
    private static final int TOTAL_INVESTMENT = 1 << 8;
    private static final int ANNUAL_PLANNED_INVESTMENT = 1 << 9;
    private static final int COMPLETED_INVESTMENT = 1 << 10;
    private static final int CLUSTER = 1 << 11;
    private static final int EXPECTED_ANNUAL_REVENUE = 1 << 12;
    private static final int EXPECTED_ANNUAL_TAX = 1 << 13;
    private static final int EXPECTED_JOBS = 1 << 14;
    private static final int START_MONTH = 1 << 15;
    private static final int COMPLETION_MONTH = 1 << 16;

    private final boolean strict;
    /** The attributes set so far, one bit each. */
    private int set;

    private @Nullable String id;
    private @Nullable String name;
    private @Nullable County county;
    private @Nullable Enterprise enterprise;
    private @Nullable ProjectLevel level;
    private @Nullable ProjectCategory category;
    private @Nullable ProjectStatus status;
    private int planYear;
    private boolean planYearSet;
    private @Nullable Yuan totalInvestment;
    private @Nullable Yuan annualPlannedInvestment;
    private @Nullable Yuan completedInvestment;
    private @Nullable IndustryCluster cluster;
    /** Made on the first capacity: most projects state none. */
    private ImmutableList.@Nullable Builder<Capacity> capacities;
    private @Nullable Yuan expectedAnnualRevenue;
    private @Nullable Yuan expectedAnnualTax;
    private @Nullable Integer expectedJobs;
    private @Nullable YearMonth startMonth;
    private @Nullable YearMonth completionMonth;
    /** Made on the first phase: most projects are built in one. */
    private ImmutableList.@Nullable Builder<ProjectPhase> phases;

    private Builder(boolean strict) {
      this.strict = strict;
    }

    /** Marks an attribute set; a strict builder refuses to set it twice. */
    private void once(int bit, String attribute) {
      if (!strict) {
        return;
      }
      if ((set & bit) != 0) {
        throw new IllegalStateException("Builder of Project is strict, attribute is already set: " + attribute);
      }
      set |= bit;
    }

    /**
     * Sets every attribute from the given value, to build a copy with more collection elements
     * added; change a single attribute with the value's {@code with*} methods instead, since an
     * attribute set here cannot be set again.
     */
    public Builder from(Project value) {
      requireNonNull(value, "value");
      return this
          .id(value.id)
          .name(value.name)
          .county(value.county)
          .enterprise(value.enterprise())
          .level(value.level())
          .category(value.category)
          .status(value.status)
          .planYear(value.planYear())
          .totalInvestment(value.totalInvestment())
          .annualPlannedInvestment(value.annualPlannedInvestment())
          .completedInvestment(value.completedInvestment())
          .cluster(value.cluster())
          .addAllCapacities(value.extras.capacities)
          .expectedAnnualRevenue(value.expectedAnnualRevenue())
          .expectedAnnualTax(value.expectedAnnualTax())
          .expectedJobs(value.expectedJobs())
          .startMonth(value.startMonth())
          .completionMonth(value.completionMonth())
          .addAllPhases(value.extras.phases);
    }

    /** Sets the required {@link Project#id()}. */
    public Builder id(String id) {
      once(ID, "id");
      return setId(requireNonNull(id, "id"));
    }

    /** Sets the required {@link Project#name()}. */
    public Builder name(String name) {
      once(NAME, "name");
      return setName(requireNonNull(name, "name"));
    }

    /** Sets the required {@link Project#county()}. */
    public Builder county(County county) {
      once(COUNTY, "county");
      return setCounty(requireNonNull(county, "county"));
    }

    /** Sets the optional {@link Project#enterprise()}. */
    public Builder enterprise(Enterprise enterprise) {
      return enterprise(Optional.of(requireNonNull(enterprise, "enterprise")));
    }

    /** Sets the optional {@link Project#enterprise()}, or leaves it absent. */
    public Builder enterprise(Optional<? extends Enterprise> enterprise) {
      once(ENTERPRISE, "enterprise");
      return setEnterprise(requireNonNull(enterprise, "enterprise").orElse(null));
    }

    /** Sets the optional {@link Project#level()}. */
    public Builder level(ProjectLevel level) {
      return level(Optional.of(requireNonNull(level, "level")));
    }

    /** Sets the optional {@link Project#level()}, or leaves it absent. */
    public Builder level(Optional<? extends ProjectLevel> level) {
      once(LEVEL, "level");
      return setLevel(requireNonNull(level, "level").orElse(null));
    }

    /** Sets the required {@link Project#category()}. */
    public Builder category(ProjectCategory category) {
      once(CATEGORY, "category");
      return setCategory(requireNonNull(category, "category"));
    }

    /** Sets the required {@link Project#status()}. */
    public Builder status(ProjectStatus status) {
      once(STATUS, "status");
      return setStatus(requireNonNull(status, "status"));
    }

    /** Sets the required {@link Project#planYear()}. */
    public Builder planYear(int planYear) {
      once(PLAN_YEAR, "planYear");
      return setPlanYear(planYear);
    }

    /** Sets the optional {@link Project#totalInvestment()}. */
    public Builder totalInvestment(Yuan totalInvestment) {
      return totalInvestment(Optional.of(requireNonNull(totalInvestment, "totalInvestment")));
    }

    /** Sets the optional {@link Project#totalInvestment()}, or leaves it absent. */
    public Builder totalInvestment(Optional<? extends Yuan> totalInvestment) {
      once(TOTAL_INVESTMENT, "totalInvestment");
      return setTotalInvestment(requireNonNull(totalInvestment, "totalInvestment").orElse(null));
    }

    /** Sets the optional {@link Project#annualPlannedInvestment()}. */
    public Builder annualPlannedInvestment(Yuan annualPlannedInvestment) {
      return annualPlannedInvestment(
          Optional.of(requireNonNull(annualPlannedInvestment, "annualPlannedInvestment")));
    }

    /** Sets the optional {@link Project#annualPlannedInvestment()}, or leaves it absent. */
    public Builder annualPlannedInvestment(Optional<? extends Yuan> annualPlannedInvestment) {
      once(ANNUAL_PLANNED_INVESTMENT, "annualPlannedInvestment");
      return setAnnualPlannedInvestment(
          requireNonNull(annualPlannedInvestment, "annualPlannedInvestment").orElse(null));
    }

    /** Sets the optional {@link Project#completedInvestment()}. */
    public Builder completedInvestment(Yuan completedInvestment) {
      return completedInvestment(Optional.of(requireNonNull(completedInvestment, "completedInvestment")));
    }

    /** Sets the optional {@link Project#completedInvestment()}, or leaves it absent. */
    public Builder completedInvestment(Optional<? extends Yuan> completedInvestment) {
      once(COMPLETED_INVESTMENT, "completedInvestment");
      return setCompletedInvestment(requireNonNull(completedInvestment, "completedInvestment").orElse(null));
    }

    /** Sets the optional {@link Project#cluster()}. */
    public Builder cluster(IndustryCluster cluster) {
      return cluster(Optional.of(requireNonNull(cluster, "cluster")));
    }

    /** Sets the optional {@link Project#cluster()}, or leaves it absent. */
    public Builder cluster(Optional<? extends IndustryCluster> cluster) {
      once(CLUSTER, "cluster");
      return setCluster(requireNonNull(cluster, "cluster").orElse(null));
    }

    /** Adds one of the {@link Project#capacities()}. */
    public Builder addCapacities(Capacity element) {
      capacities().add(requireNonNull(element, "capacities element"));
      return this;
    }

    /** Adds some of the {@link Project#capacities()}. */
    public Builder addCapacities(Capacity... elements) {
      capacities().add(requireNonNull(elements, "capacities"));
      return this;
    }

    /** Adds some of the {@link Project#capacities()}. */
    public Builder addAllCapacities(Iterable<? extends Capacity> elements) {
      if (!(requireNonNull(elements, "capacities") instanceof Collection<?> c && c.isEmpty())) {
        capacities().addAll(elements);
      }
      return this;
    }

    /** Sets the optional {@link Project#expectedAnnualRevenue()}. */
    public Builder expectedAnnualRevenue(Yuan expectedAnnualRevenue) {
      return expectedAnnualRevenue(Optional.of(requireNonNull(expectedAnnualRevenue, "expectedAnnualRevenue")));
    }

    /** Sets the optional {@link Project#expectedAnnualRevenue()}, or leaves it absent. */
    public Builder expectedAnnualRevenue(Optional<? extends Yuan> expectedAnnualRevenue) {
      once(EXPECTED_ANNUAL_REVENUE, "expectedAnnualRevenue");
      return setExpectedAnnualRevenue(requireNonNull(expectedAnnualRevenue, "expectedAnnualRevenue").orElse(null));
    }

    /** Sets the optional {@link Project#expectedAnnualTax()}. */
    public Builder expectedAnnualTax(Yuan expectedAnnualTax) {
      return expectedAnnualTax(Optional.of(requireNonNull(expectedAnnualTax, "expectedAnnualTax")));
    }

    /** Sets the optional {@link Project#expectedAnnualTax()}, or leaves it absent. */
    public Builder expectedAnnualTax(Optional<? extends Yuan> expectedAnnualTax) {
      once(EXPECTED_ANNUAL_TAX, "expectedAnnualTax");
      return setExpectedAnnualTax(requireNonNull(expectedAnnualTax, "expectedAnnualTax").orElse(null));
    }

    /** Sets the optional {@link Project#expectedJobs()}. */
    public Builder expectedJobs(int expectedJobs) {
      return expectedJobs(OptionalInt.of(expectedJobs));
    }

    /** Sets the optional {@link Project#expectedJobs()}, or leaves it absent. */
    public Builder expectedJobs(OptionalInt expectedJobs) {
      once(EXPECTED_JOBS, "expectedJobs");
      requireNonNull(expectedJobs, "expectedJobs");
      return setExpectedJobs(expectedJobs.isPresent() ? expectedJobs.getAsInt() : null);
    }

    /** Sets the optional {@link Project#startMonth()}. */
    public Builder startMonth(YearMonth startMonth) {
      return startMonth(Optional.of(requireNonNull(startMonth, "startMonth")));
    }

    /** Sets the optional {@link Project#startMonth()}, or leaves it absent. */
    public Builder startMonth(Optional<? extends YearMonth> startMonth) {
      once(START_MONTH, "startMonth");
      return setStartMonth(requireNonNull(startMonth, "startMonth").orElse(null));
    }

    /** Sets the optional {@link Project#completionMonth()}. */
    public Builder completionMonth(YearMonth completionMonth) {
      return completionMonth(Optional.of(requireNonNull(completionMonth, "completionMonth")));
    }

    /** Sets the optional {@link Project#completionMonth()}, or leaves it absent. */
    public Builder completionMonth(Optional<? extends YearMonth> completionMonth) {
      once(COMPLETION_MONTH, "completionMonth");
      return setCompletionMonth(requireNonNull(completionMonth, "completionMonth").orElse(null));
    }

    /** Adds one of the {@link Project#phases()}. */
    public Builder addPhases(ProjectPhase element) {
      phases().add(requireNonNull(element, "phases element"));
      return this;
    }

    /** Adds some of the {@link Project#phases()}. */
    public Builder addPhases(ProjectPhase... elements) {
      phases().add(requireNonNull(elements, "phases"));
      return this;
    }

    /** Adds some of the {@link Project#phases()}. */
    public Builder addAllPhases(Iterable<? extends ProjectPhase> elements) {
      if (!(requireNonNull(elements, "phases") instanceof Collection<?> c && c.isEmpty())) {
        phases().addAll(elements);
      }
      return this;
    }

    private ImmutableList.Builder<Capacity> capacities() {
      ImmutableList.Builder<Capacity> elements = capacities;
      if (elements == null) {
        elements = ImmutableList.builder();
        capacities = elements;
      }
      return elements;
    }

    private ImmutableList.Builder<ProjectPhase> phases() {
      ImmutableList.Builder<ProjectPhase> elements = phases;
      if (elements == null) {
        elements = ImmutableList.builder();
        phases = elements;
      }
      return elements;
    }

    // The setters behind the public ones, which the with* methods call on a lenient builder.

    private Builder setId(String value) {
      id = value;
      return this;
    }

    private Builder setName(String value) {
      name = value;
      return this;
    }

    private Builder setCounty(County value) {
      county = value;
      return this;
    }

    private Builder setEnterprise(@Nullable Enterprise value) {
      enterprise = value;
      return this;
    }

    private Builder setLevel(@Nullable ProjectLevel value) {
      level = value;
      return this;
    }

    private Builder setCategory(ProjectCategory value) {
      category = value;
      return this;
    }

    private Builder setStatus(ProjectStatus value) {
      status = value;
      return this;
    }

    private Builder setPlanYear(int value) {
      planYear = value;
      planYearSet = true;
      return this;
    }

    private Builder setTotalInvestment(@Nullable Yuan value) {
      totalInvestment = value;
      return this;
    }

    private Builder setAnnualPlannedInvestment(@Nullable Yuan value) {
      annualPlannedInvestment = value;
      return this;
    }

    private Builder setCompletedInvestment(@Nullable Yuan value) {
      completedInvestment = value;
      return this;
    }

    private Builder setCluster(@Nullable IndustryCluster value) {
      cluster = value;
      return this;
    }

    private Builder setCapacities(ImmutableList<Capacity> value) {
      capacities = value.isEmpty() ? null : ImmutableList.<Capacity>builder().addAll(value);
      return this;
    }

    private Builder setExpectedAnnualRevenue(@Nullable Yuan value) {
      expectedAnnualRevenue = value;
      return this;
    }

    private Builder setExpectedAnnualTax(@Nullable Yuan value) {
      expectedAnnualTax = value;
      return this;
    }

    private Builder setExpectedJobs(@Nullable Integer value) {
      expectedJobs = value;
      return this;
    }

    private Builder setStartMonth(@Nullable YearMonth value) {
      startMonth = value;
      return this;
    }

    private Builder setCompletionMonth(@Nullable YearMonth value) {
      completionMonth = value;
      return this;
    }

    private Builder setPhases(ImmutableList<ProjectPhase> value) {
      phases = value.isEmpty() ? null : ImmutableList.<ProjectPhase>builder().addAll(value);
      return this;
    }

    /**
     * Builds the project after checking every rule.
     *
     * @throws IllegalStateException naming the required attributes not set
     * @throws IllegalArgumentException naming the field, the value and the rule it breaks
     */
    public Project build() {
      if (id == null || name == null || county == null || category == null || status == null || !planYearSet) {
        throw new IllegalStateException(
            "Cannot build Project, some of required attributes are not set " + missingAttributes());
      }
      check(requireNonNull(id), requireNonNull(name), requireNonNull(county));
      return new Project(this);
    }

    private List<String> missingAttributes() {
      List<String> missing = new ArrayList<>();
      if (id == null) {
        missing.add("id");
      }
      if (name == null) {
        missing.add("name");
      }
      if (county == null) {
        missing.add("county");
      }
      if (category == null) {
        missing.add("category");
      }
      if (status == null) {
        missing.add("status");
      }
      if (!planYearSet) {
        missing.add("planYear");
      }
      return missing;
    }

    /** The rules of a project, checked on the builder's attributes before anything is built. */
    private void check(String self, String projectName, County projectCounty) {
      Checks.checkName("Project", "id", self);
      Checks.checkName("Project", self, "name", projectName);
      checkArgument(
          planYear >= 1000 && planYear <= 9999,
          "Project %s: planYear=%s is outside [1000, 9999]", self, planYear);
      checkNotNegative(self, "totalInvestment", totalInvestment);
      checkNotNegative(self, "annualPlannedInvestment", annualPlannedInvestment);
      checkNotNegative(self, "completedInvestment", completedInvestment);
      checkNotNegative(self, "expectedAnnualRevenue", expectedAnnualRevenue);
      checkNotNegative(self, "expectedAnnualTax", expectedAnnualTax);
      Yuan total = totalInvestment;
      if (total != null) {
        checkNotAbove(self, "annualPlannedInvestment", annualPlannedInvestment, total);
        checkNotAbove(self, "completedInvestment", completedInvestment, total);
      }
      Integer jobs = expectedJobs;
      if (jobs != null) {
        checkArgument(jobs >= 0, "Project %s: expectedJobs=%s must not be negative", self, jobs);
      }
      YearMonth start = startMonth;
      YearMonth end = completionMonth;
      if (start != null && end != null) {
        checkArgument(
            !end.isBefore(start), "Project %s: completionMonth=%s is before startMonth=%s", self, end, start);
      }
      IndustryCluster c = cluster;
      if (c != null) {
        checkArgument(
            c.county().equals(projectCounty),
            "Project %s: cluster %s lies in %s, not in the project's county %s",
            self,
            c.name(),
            c.county().name(),
            projectCounty.name());
      }
      ImmutableList<ProjectPhase> built = built(phases);
      for (int i = 0; i < built.size(); i++) {
        checkArgument(
            built.get(i).number() == i + 1,
            "Project %s: phases[%s] has number=%s; phases must be numbered 1, 2, ... in order",
            self,
            i,
            built.get(i).number());
      }
    }

    private static void checkNotNegative(String self, String field, @Nullable Yuan amount) {
      if (amount != null && amount.isNegative()) {
        Checks.checkNotNegative("Project", self, field, Optional.of(amount));
      }
    }

    private static void checkNotAbove(String self, String field, @Nullable Yuan part, Yuan total) {
      // the message formats its amounts only when it is thrown: a ledger builds millions of projects
      if (part != null && part.isGreaterThan(total)) {
        throw new IllegalArgumentException(String.format(
            "Project %s: %s=%s exceeds totalInvestment=%s",
            self, field, part.toReportString(), total.toReportString()));
      }
    }
  }
}
