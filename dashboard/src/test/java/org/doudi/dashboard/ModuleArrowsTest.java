package org.doudi.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the module arrows one way: dashboard → etl, reports → warehouse, and nothing back. */
class ModuleArrowsTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.doudi");
  }

  @Test
  void warehouseDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("org.doudi.warehouse..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.doudi.etl..", "org.doudi.reports..", "org.doudi.dashboard..")
        .check(classes);
  }

  @Test
  void etlAndReportsDoNotReachIntoTheDashboard() {
    noClasses()
        .that()
        .resideInAnyPackage("org.doudi.etl..", "org.doudi.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.doudi.dashboard..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void etlAndReportsDoNotDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.doudi.etl..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.doudi.reports..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.doudi.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.doudi.etl..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void theModulesHoldClasses() {
    org.assertj.core.api.Assertions.assertThat(
            classes.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
        .contains("warehouse", "etl", "dashboard");
  }
}
