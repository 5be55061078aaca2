package dev.pingyi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of ARCHITECTURE.md: model depends on nothing of ours but the internal package;
 * aggregate and ranking depend on model (and internal) only, never on each other; internal
 * depends on no layer; no package knows Jackson but io; packages form no cycle.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.pingyi");

  @Test
  void modelDependsOnNoOtherPingyiPackage() {
    noClasses().that().resideInAPackage("dev.pingyi.model..")
        .should().dependOnClassesThat(
            resideInAPackage("dev.pingyi..")
                .and(not(resideInAPackage("dev.pingyi.model..")))
                .and(not(resideInAPackage("dev.pingyi.internal.."))))
        .orShould().dependOnClassesThat().resideInAPackage("com.fasterxml..")
        .check(MAIN);
  }

  @Test
  void aggregateAndRankingUseTheModelOnlyAndNeverEachOther() {
    for (String engine : new String[] {"aggregate", "ranking"}) {
      noClasses().that().resideInAPackage("dev.pingyi." + engine + "..")
          .should().dependOnClassesThat(resideInAPackage("dev.pingyi..")
              .and(not(resideInAPackage("dev.pingyi.model..")))
              .and(not(resideInAPackage("dev.pingyi.internal..")))
              .and(not(resideInAPackage("dev.pingyi." + engine + ".."))))
          .orShould().dependOnClassesThat().resideInAPackage("com.fasterxml..")
          .allowEmptyShould(true)
          .check(MAIN);
    }
  }

  @Test
  void onlyIoKnowsTheOptionalLibraries() {
    noClasses().that().resideOutsideOfPackage("dev.pingyi.io..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "de.siegmar.fastcsv..", "org.dhatim.fastexcel..", "tools.jackson..", "com.fasterxml.jackson..")
        .check(MAIN);
  }

  @Test
  void internalUsesNoLayer() {
    noClasses().that().resideInAPackage("dev.pingyi.internal..")
        .should().dependOnClassesThat(
            resideInAPackage("dev.pingyi..").and(not(resideInAPackage("dev.pingyi.internal.."))))
        .allowEmptyShould(true)
        .check(MAIN);
  }

  @Test
  void thePackagesTheRulesSpeakOfAreImported() {
    assertThat(MAIN.containPackage("dev.pingyi.model")).isTrue();
    assertThat(MAIN.containPackage("dev.pingyi.aggregate")).isTrue();
    assertThat(MAIN.containPackage("dev.pingyi.ranking")).isTrue();
  }

  @Test
  void packagesFormNoCycle() {
    slices().matching("dev.pingyi.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(MAIN);
  }
}
