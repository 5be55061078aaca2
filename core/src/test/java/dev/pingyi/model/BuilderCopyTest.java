package dev.pingyi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every builder's {@code from(value)} copies every attribute: each sample sets every attribute to
 * something other than its default, and its copy through the builder equals it.
 */
class BuilderCopyTest {

  private static final Enterprise GUANGDA = Enterprise.builder()
      .name("冠县光大复合材料有限公司")
      .creditCode(Samples.CREDIT_CODE)
      .addDesignations(EnterpriseDesignation.values()[0])
      .build();

  private static final IndustryCluster CLUSTER = IndustryCluster.builder()
      .name("冠县钢铁延链绿色智造")
      .county(Samples.GUANXIAN)
      .level(ClusterLevel.PROVINCIAL)
      .yearRecognised(2022)
      .chainLeader(GUANGDA)
      .addMembers(GUANGDA)
      .addCapacities(Capacity.parse("1600万吨"))
      .build();

  /** A project with every attribute set; {@link ProjectTest} copies it attribute by attribute. */
  static final Project PROJECT = Project.builder()
      .id("guanxian-guangda")
      .name("冠县光大复合材料有限公司风电塔筒及电力设备配套项目")
      .county(Samples.GUANXIAN)
      .enterprise(GUANGDA)
      .level(ProjectLevel.MUNICIPAL)
      .category(ProjectCategory.INDUSTRY)
      .status(ProjectStatus.UNDER_CONSTRUCTION)
      .planYear(2022)
      .totalInvestment(Yuan.parse("10亿元"))
      .annualPlannedInvestment(Yuan.parse("4亿元"))
      .completedInvestment(Yuan.parse("2.5亿元"))
      .cluster(CLUSTER)
      .addCapacities(Capacity.parse("35万吨/年"))
      .expectedAnnualRevenue(Yuan.parse("16亿元"))
      .expectedAnnualTax(Yuan.parse("4500万元"))
      .expectedJobs(100)
      .startMonth(java.time.YearMonth.of(2022, 3))
      .completionMonth(java.time.YearMonth.of(2023, 6))
      .addPhases(ProjectPhase.of(1, ProjectStatus.COMPLETED), ProjectPhase.of(2, ProjectStatus.PLANNED))
      .build();

  private static final EvaluationGroup PARENT = Samples.COUNTY_LEVEL.withId("all").withName("全部").withCategory("全部单位");

  private static final EvaluationGroup GROUP = Samples.COUNTY_LEVEL.withParent(PARENT);

  private static final ScoreSheet SHEET = Samples.SHEET
      .withBonuses(ScoreAdjustment.of(Score.of(2), "重大贡献"))
      .withDeductions(ScoreAdjustment.of(Score.of(1), "督查通报"))
      .withVetoReason("安全生产事故");

  static Stream<Object> fullValues() {
    return Stream.of(
        Samples.LIAOCHENG, Samples.GUANXIAN.withShortName("冠"), GUANGDA, Capacity.parse("35万吨/年"),
        ProjectPhase.of(2, ProjectStatus.IN_PRODUCTION), CLUSTER, PROJECT,
        Samples.GUANXIAN_GOVERNMENT, GROUP, ScoreComponent.BASE_EVALUATION,
        ScoreAdjustment.of(Score.of(2), "重大贡献"), SHEET);
  }

  @ParameterizedTest
  @MethodSource("fullValues")
  void everySampleSetsEveryAttribute(Object value) throws Exception {
    Class<?> type = modelType(value);
    ImmutableSet<Method> attributes = attributes(type);
    assertThat(attributes).as("attributes of %s", type.getSimpleName()).isNotEmpty();
    for (Method accessor : attributes) {
      Object attribute = accessor.invoke(value);
      assertThat(isSet(attribute))
          .as("%s.%s() of the sample is set", type.getSimpleName(), accessor.getName())
          .isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("fullValues")
  void fromCopiesEveryAttribute(Object value) throws Exception {
    Class<?> type = modelType(value);
    Object builder = type.getMethod("builder").invoke(null);
    builder.getClass().getMethod("from", type).invoke(builder, value);
    Object copy = builder.getClass().getMethod("build").invoke(builder);
    assertThat(copy).isEqualTo(value).isNotSameAs(value);
  }

  @Test
  void anAttributeCopiedByFromCannotBeSetAgainButCollectionsGrow() {
    EvaluatedUnit extra = EvaluatedUnit.governing("冠县政府二", Samples.GUANXIAN);
    EvaluationGroup grown = EvaluationGroup.builder().from(Samples.COUNTY_LEVEL).addMembers(extra).build();

    assertThat(grown.members()).endsWith(extra).hasSize(Samples.COUNTY_LEVEL.members().size() + 1);
    assertThatThrownBy(() -> EvaluationGroup.builder().from(Samples.COUNTY_LEVEL).id("other"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
  }

  /** The model type of a value: its generated class's superclass, or the hand-written class itself. */
  private static Class<?> modelType(Object value) {
    return Modifier.isFinal(value.getClass().getModifiers()) && value.getClass().getSimpleName().startsWith("Immutable")
        ? value.getClass().getSuperclass()
        : value.getClass();
  }

  /**
   * The public accessors a type declares, inherited ones included: its attributes. Those of a
   * generated type are abstract; a hand-written type's are all its public instance accessors.
   */
  private static ImmutableSet<Method> attributes(Class<?> type) {
    ImmutableSet.Builder<Method> attributes = ImmutableSet.builder();
    for (Method m : type.getMethods()) {
      boolean declaredByUs = m.getDeclaringClass() == type;
      boolean accessor = m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers());
      boolean notObjectMethod = !m.getName().equals("toString") && !m.getName().equals("hashCode");
      if (declaredByUs && accessor && notObjectMethod && isAttribute(m)) {
        attributes.add(m);
      }
    }
    return attributes.build();
  }

  private static boolean isAttribute(Method m) {
    // Abstract accessors are attributes; so is County.shortName, a @Value.Default with a body,
    // and every public accessor of a hand-written final class such as Project.
    return Modifier.isAbstract(m.getModifiers()) || m.getName().equals("shortName")
        || Modifier.isFinal(m.getDeclaringClass().getModifiers());
  }

  private static boolean isSet(Object attribute) {
    if (attribute instanceof Optional) {
      return ((Optional<?>) attribute).isPresent();
    } else if (attribute instanceof OptionalInt) {
      return ((OptionalInt) attribute).isPresent();
    } else if (attribute instanceof Collection) {
      return !((Collection<?>) attribute).isEmpty();
    } else if (attribute instanceof Map) {
      return !((Map<?, ?>) attribute).isEmpty();
    } else if (attribute instanceof Boolean) {
      return (Boolean) attribute;
    }
    return true;
  }
}
