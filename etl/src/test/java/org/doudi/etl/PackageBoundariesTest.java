package org.doudi.etl;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the sources apart: each source package (street forms, discipline figures, petitions, the
 * demo) may use the pipeline ({@code fileload}) and the sheet reader ({@code sheet}), never another
 * source; and the pipeline and the sheet reader know no source.
 */
class PackageBoundariesTest {

  static final String PIPELINE = "org.doudi.etl.fileload..";
  static final String SHEETS = "org.doudi.etl.sheet..";
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.doudi.etl");
  }

  @Test
  void noSourceReachesIntoAnother() {
    slices()
        .matching("org.doudi.etl.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(alwaysTrue(), resideInAnyPackage(PIPELINE, SHEETS))
        .check(classes);
  }

  @Test
  void thePipelineAndTheSheetReaderKnowNoSource() {
    noClasses()
        .that()
        .resideInAnyPackage(PIPELINE, SHEETS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.doudi.etl.streetform..",
            "org.doudi.etl.discipline..",
            "org.doudi.etl.petition..",
            "org.doudi.etl.demo..")
        .check(classes);
  }

  @Test
  void aSourcesJobConfigurationIsItsOwn() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("JobConfiguration")
        .should()
        .haveModifier(JavaModifier.PUBLIC)
        .check(classes);
  }

  @Test
  void theStreetFormPackageShowsOnlyWhatTheDashboardUses() {
    // given the street-form source, which once made 18 of its types public for the discipline
    // reader
    // when
    var publicTypes =
        classes.stream()
            .filter(c -> c.getPackageName().equals("org.doudi.etl.streetform"))
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
            .filter(c -> !c.isNestedClass())
            .map(c -> c.getSimpleName())
            .toList();
    // then only the pages' own types are public: the versions list, its rows and the blank form
    assertThat(publicTypes).containsExactlyInAnyOrder("StreetForms", "FormVersion", "BlankForm");
  }
}
