package org.jdarts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of the modules' packages, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        ImportOption mainOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("org.jdarts");
    }

    @Test
    void reportsReadRunDirectoryFormatsNotTrainingInternals() {
        noClasses().that().resideInAPackage("org.jdarts.reports..")
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("ai.djl..",
                        "org.jdarts.core.supernet..", "org.jdarts.core.network..", "org.jdarts.core.eval..",
                        "org.jdarts.core.nn..", "org.jdarts.core.optim..", "org.jdarts.experiments..", "org.jdarts.cli..")
                .because("reports read run directories (JSON and CSV), not training internals")
                .check(classes);
    }

    @Test
    void theRunDirectoryFormatsDoNotDependOnTheSupernetOrTheEngine() {
        noClasses().that().resideInAnyPackage("org.jdarts.core.run..", "org.jdarts.core.genotype..")
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("ai.djl..",
                        "org.jdarts.core.supernet..", "org.jdarts.core.network..", "org.jdarts.core.eval..",
                        "org.jdarts.core.nn..", "org.jdarts.core.optim..", "org.jdarts.core.method..")
                .because("run directories are read without building a network (reports, jdarts report)")
                .check(classes);
    }

    @Test
    void reportsDependOnTheRunDirectoryFormatsOnly() {
        classes().that().resideInAPackage("org.jdarts.reports..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.jdarts.reports..",
                        "org.jdarts.core.run..", "org.jdarts.core.genotype..", "org.jdarts.core.io..", "java..",
                        "javax..", "com.fasterxml.jackson..", "org.jfree..", "org.apache.batik..", "org.w3c.dom..",
                        "org.apache.commons.csv..", "org.apache.commons.math3..")
                .because("reports read run directories, through the classes that define their formats")
                .check(classes);
    }

    @Test
    void onlyTheCifarSourceReadsCifar10Files() {
        noClasses().that().resideOutsideOfPackage("org.jdarts.cifar10..")
                .should().dependOnClassesThat().haveSimpleName("Cifar10Reader")
                .because("the run library reads data through the data-source SPI")
                .check(classes);
    }

    @Test
    void theRunLibraryDoesNotKnowTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.jdarts.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.jdarts.cli..")
                .check(classes);
    }
}
