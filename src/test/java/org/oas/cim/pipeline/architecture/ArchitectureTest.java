package org.oas.cim.pipeline.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;

import java.sql.SQLException;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure the README's design notes draw, held against the code: packages without cycles, SQL only in stores,
 * the pure stages free of the database and of Spring Batch, and verification free of files.
 */
class ArchitectureTest {
    private static final String ROOT = "org.oas.cim.pipeline";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void packagesDependOnEachOtherOneWayOnly() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    /** A store, or a class nested in one (a row callback). */
    private static final DescribedPredicate<JavaClass> STORES = new DescribedPredicate<>("stores") {
        @Override
        public boolean test(JavaClass type) {
            return type.getSimpleName().endsWith("Store")
                    || type.getEnclosingClass().map(outer -> outer.getSimpleName().endsWith("Store")).orElse(false);
        }
    };

    /** The JDBC API, but for the exception a command reads to say why the database could not be reached. */
    private static final DescribedPredicate<JavaClass> JDBC = JavaClass.Predicates.resideInAnyPackage(
            "org.springframework.jdbc..", "java.sql..", "javax.sql..").and(not(assignableTo(SQLException.class)));

    @Test
    void onlyStoresTalkToTheDatabase() {
        noClasses().that(not(STORES))
                .and().areNotAnnotatedWith(Configuration.class)
                .and().resideOutsideOfPackage(ROOT + ".system..")
                .should().dependOnClassesThat(JDBC)
                .because("SQL about tables lives in one store per group of tables; configuration classes only hand the connection "
                        + "to them, and system holds the plumbing of the database as a whole (connections, migrations, the H2 file)")
                .check(classes);
    }

    @Test
    void thePureStagesKnowNeitherTheDatabaseNorSpringBatch() {
        noClasses().that().resideInAnyPackage(ROOT + ".stats..", ROOT + ".read..", ROOT + ".layout..", ROOT + ".normalize..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "org.springframework.batch..",
                        "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void statisticsDependOnNothingOfThePipeline() {
        noClasses().that().resideInAPackage(ROOT + ".stats..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".stats..", "java..", "org.apache.commons.math3..")
                .check(classes);
    }

    @Test
    void verificationTouchesNoFile() {
        noClasses().that().resideInAPackage(ROOT + ".verify..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.io..", ROOT + ".read..", ROOT + ".inbox..")
                .check(classes);
    }
}
