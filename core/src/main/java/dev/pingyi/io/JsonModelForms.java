package dev.pingyi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.pingyi.model.Capacity;
import dev.pingyi.model.ClusterLevel;
import dev.pingyi.model.County;
import dev.pingyi.model.CountyKind;
import dev.pingyi.model.Division;
import dev.pingyi.model.DivisionCode;
import dev.pingyi.model.DivisionRegistry;
import dev.pingyi.model.Enterprise;
import dev.pingyi.model.EnterpriseDesignation;
import dev.pingyi.model.IndustryCluster;
import dev.pingyi.model.Prefecture;
import dev.pingyi.model.Project;
import dev.pingyi.model.ProjectCategory;
import dev.pingyi.model.ProjectLevel;
import dev.pingyi.model.ProjectPhase;
import dev.pingyi.model.ProjectStatus;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The JSON forms of the places, enterprises and projects of {@code dev.pingyi.model}: each
 * property is the accessor's name, each value read through the type's builder.
 */
final class JsonModelForms {

  /**
   * A division of GB/T 2260: its code, name and full name, read by looking the code up in {@link
   * DivisionRegistry#gbt2260()} — a division is made only by its registry — and checking both
   * names against that edition's.
   */
  static final JsonForm<Division, DivisionNames> DIVISION =
      JsonForm.of(Division.class, DivisionNames::new, DivisionNames::build)
          .required("code", JsonCodecs.DIVISION_CODE, Division::code, (d, v) -> d.code = v)
          .required("name", JsonCodecs.STRING, Division::name, (d, v) -> d.name = v)
          .required("fullName", JsonCodecs.STRING, Division::fullName, (d, v) -> d.fullName = v)
          .build();

  static final JsonForm<Prefecture, Prefecture.Builder> PREFECTURE =
      JsonForm.of(Prefecture.class, Prefecture::builder, Prefecture.Builder::build)
          .required("name", JsonCodecs.STRING, Prefecture::name, Prefecture.Builder::name)
          .required("code", JsonCodecs.DIVISION_CODE, Prefecture::code, Prefecture.Builder::code)
          .build();

  static final JsonForm<County, County.Builder> COUNTY =
      JsonForm.of(County.class, County::builder, County.Builder::build)
          .required("name", JsonCodecs.STRING, County::name, County.Builder::name)
          .defaulted("shortName", JsonCodecs.STRING, County::shortName, County.Builder::shortName)
          .required("kind", JsonCodecs.enumeration(CountyKind.class), County::kind, County.Builder::kind)
          .optional("divisionCode", JsonCodecs.DIVISION_CODE, County::divisionCode, County.Builder::divisionCode)
          .required("prefecture", PREFECTURE, County::prefecture, County.Builder::prefecture)
          .build();

  static final JsonForm<Enterprise, Enterprise.Builder> ENTERPRISE =
      JsonForm.of(Enterprise.class, Enterprise::builder, Enterprise.Builder::build)
          .required("name", JsonCodecs.STRING, Enterprise::name, Enterprise.Builder::name)
          .optional("creditCode", JsonCodecs.CREDIT_CODE, Enterprise::creditCode, Enterprise.Builder::creditCode)
          .list("designations", JsonCodecs.enumeration(EnterpriseDesignation.class),
              Enterprise::designations, Enterprise.Builder::addDesignations)
          .build();

  static final JsonForm<Capacity, Capacity.Builder> CAPACITY =
      JsonForm.of(Capacity.class, Capacity::builder, Capacity.Builder::build)
          .required("amount", JsonCodecs.decimal("Capacity amount"), Capacity::amount, Capacity.Builder::amount)
          .required("unit", JsonCodecs.STRING, Capacity::unit, Capacity.Builder::unit)
          .required("perYear", JsonCodecs.BOOLEAN, Capacity::perYear, Capacity.Builder::perYear)
          .build();

  static final JsonForm<ProjectPhase, ProjectPhase.Builder> PROJECT_PHASE =
      JsonForm.of(ProjectPhase.class, ProjectPhase::builder, ProjectPhase.Builder::build)
          .required("number", JsonCodecs.INT, ProjectPhase::number, ProjectPhase.Builder::number)
          .required("status", JsonCodecs.enumeration(ProjectStatus.class), ProjectPhase::status,
              ProjectPhase.Builder::status)
          .build();

  static final JsonForm<IndustryCluster, IndustryCluster.Builder> INDUSTRY_CLUSTER =
      JsonForm.of(IndustryCluster.class, IndustryCluster::builder, IndustryCluster.Builder::build)
          .required("name", JsonCodecs.STRING, IndustryCluster::name, IndustryCluster.Builder::name)
          .required("county", COUNTY, IndustryCluster::county, IndustryCluster.Builder::county)
          .required("level", JsonCodecs.enumeration(ClusterLevel.class), IndustryCluster::level,
              IndustryCluster.Builder::level)
          .optional("yearRecognised", JsonCodecs.INT, c -> boxed(c.yearRecognised()),
              IndustryCluster.Builder::yearRecognised)
          .optional("chainLeader", ENTERPRISE, IndustryCluster::chainLeader, IndustryCluster.Builder::chainLeader)
          .list("members", ENTERPRISE, IndustryCluster::members, IndustryCluster.Builder::addMembers)
          .list("capacities", CAPACITY, IndustryCluster::capacities, IndustryCluster.Builder::addCapacities)
          .build();

  static final JsonForm<Project, Project.Builder> PROJECT =
      JsonForm.of(Project.class, Project::builder, Project.Builder::build)
          .required("id", JsonCodecs.STRING, Project::id, Project.Builder::id)
          .required("name", JsonCodecs.STRING, Project::name, Project.Builder::name)
          .required("county", COUNTY, Project::county, Project.Builder::county)
          .optional("enterprise", ENTERPRISE, Project::enterprise, Project.Builder::enterprise)
          .optional("level", JsonCodecs.enumeration(ProjectLevel.class), Project::level, Project.Builder::level)
          .required("category", JsonCodecs.enumeration(ProjectCategory.class), Project::category,
              Project.Builder::category)
          .required("status", JsonCodecs.enumeration(ProjectStatus.class), Project::status, Project.Builder::status)
          .required("planYear", JsonCodecs.INT, Project::planYear, Project.Builder::planYear)
          .optional("totalInvestment", JsonCodecs.YUAN, Project::totalInvestment, Project.Builder::totalInvestment)
          .optional("annualPlannedInvestment", JsonCodecs.YUAN, Project::annualPlannedInvestment,
              Project.Builder::annualPlannedInvestment)
          .optional("completedInvestment", JsonCodecs.YUAN, Project::completedInvestment,
              Project.Builder::completedInvestment)
          .optional("cluster", INDUSTRY_CLUSTER, Project::cluster, Project.Builder::cluster)
          .list("capacities", CAPACITY, Project::capacities, Project.Builder::addCapacities)
          .optional("expectedAnnualRevenue", JsonCodecs.YUAN, Project::expectedAnnualRevenue,
              Project.Builder::expectedAnnualRevenue)
          .optional("expectedAnnualTax", JsonCodecs.YUAN, Project::expectedAnnualTax,
              Project.Builder::expectedAnnualTax)
          .optional("expectedJobs", JsonCodecs.INT, p -> boxed(p.expectedJobs()), Project.Builder::expectedJobs)
          .optional("startMonth", JsonCodecs.MONTH_OF_YEAR, Project::startMonth, Project.Builder::startMonth)
          .optional("completionMonth", JsonCodecs.MONTH_OF_YEAR, Project::completionMonth,
              Project.Builder::completionMonth)
          .list("phases", PROJECT_PHASE, Project::phases, Project.Builder::addPhases)
          .build();

  private JsonModelForms() {}

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  /** The properties of a division as they are read. */
  static final class DivisionNames {
    @Nullable DivisionCode code;
    @Nullable String name;
    @Nullable String fullName;

    Division build() {
      DivisionRegistry registry = DivisionRegistry.gbt2260();
      Division division = registry.checkName(requireNonNull(code), requireNonNull(fullName));
      checkArgument(
          division.name().equals(name),
          "%s names %s %s (%s), not %s",
          registry,
          division.code(),
          division.name(),
          division.fullName(),
          name);
      return division;
    }
  }
}
