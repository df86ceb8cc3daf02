package org.jdarts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API is what users should call: the public and protected members of the public types in the
 * API packages (listed in docs/library.md) take, return and extend only API, JDK and dependency
 * types, never a type of an internal package; and every package is one or the other.
 */
class PublicApiTest {

    /** The packages users call: running, configuring, extending (plug-ins) and reading runs. */
    static final Set<String> API = Set.of(
            "org.jdarts.space", "org.jdarts.space.op", "org.jdarts.space.plugin", "org.jdarts.space.blocks",
            "org.jdarts.core.method", "org.jdarts.core.supernet", "org.jdarts.core.genotype", "org.jdarts.core.run",
            "org.jdarts.core.eval", "org.jdarts.core.network", "org.jdarts.core.search", "org.jdarts.core.train",
            "org.jdarts.core.loop", "org.jdarts.core.cost", "org.jdarts.core.checkpoint", "org.jdarts.core.optim",
            "org.jdarts.data", "org.jdarts.cifar10", "org.jdarts.cifar100", "org.jdarts.mnist", "org.jdarts.imagefolder",
            "org.jdarts.experiments", "org.jdarts.experiments.table9", "org.jdarts.plugins", "org.jdarts.serving",
            "org.jdarts.reports", "org.jdarts.reports.run", "org.jdarts.testkit");

    /**
     * The packages that implement the API and may change without notice: the built-in plug-ins
     * (reached through the registries), numerical and file helpers, the command line, benchmarks
     * and the rendering of reports.
     */
    static final Set<String> INTERNAL = Set.of(
            "org.jdarts.space.builtin", "org.jdarts.core.method.builtin", "org.jdarts.core.nn",
            "org.jdarts.core.io", "org.jdarts.experiments.bench", "org.jdarts.cli", "org.jdarts.reports.cell",
            "org.jdarts.reports.chart", "org.jdarts.reports.figure", "org.jdarts.reports.page",
            "org.jdarts.reports.style");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        ImportOption mainOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar")
                && !location.contains("/examples/") && !location.contains("conv-factorized-plugin");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("org.jdarts");
    }

    @Test
    void everyPackageIsApiOrInternal() {
        Set<String> unclassified = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!API.contains(c.getPackageName()) && !INTERNAL.contains(c.getPackageName())) {
                unclassified.add(c.getPackageName());
            }
        }
        assertEquals(Set.of(), unclassified, "classify each package as API or internal here and in docs/library.md");
    }

    @Test
    void theApiExposesNoInternalType() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!API.contains(c.getPackageName()) || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            c.getRawSuperclass().ifPresent(s -> check(c.getName() + " extends", s, leaks));
            c.getRawInterfaces().forEach(i -> check(c.getName() + " implements", i, leaks));
            for (JavaCodeUnit unit : c.getCodeUnits()) {
                if (visible(unit.getModifiers())) {
                    String where = c.getName() + "." + unit.getName();
                    check(where + " returns", unit.getRawReturnType(), leaks);
                    unit.getRawParameterTypes().forEach(p -> check(where + " takes", p, leaks));
                }
            }
            for (JavaField f : c.getFields()) {
                if (visible(f.getModifiers())) {
                    check(c.getName() + "." + f.getName() + " is", f.getRawType(), leaks);
                }
            }
        }
        assertEquals(List.of(), leaks, leaks.size() + " public members expose internal types");
    }

    @Test
    void theExamplePluginCallsTheApiOnly() {
        JavaClasses plugin = new ClassFileImporter().importPackages("org.jdarts.examples.plugin");
        assertTrue(plugin.size() > 0, "the example plug-in's jar is on the test class path");
        noClasses().should().dependOnClassesThat().resideInAnyPackage(INTERNAL.toArray(String[]::new))
                .because("a plug-in is written against the API").check(plugin);
    }

    @Test
    void internalPackagesSaySoInTheirDocumentation() throws IOException {
        List<String> silent = new ArrayList<>();
        for (String pkg : INTERNAL) {
            Path info = packageInfo(pkg);
            if (!Files.readString(info).contains("Internal to jdarts")) {
                silent.add(info.toString());
            }
        }
        assertEquals(List.of(), silent, "an internal package's package-info starts with 'Internal to jdarts'");
    }

    private static Path packageInfo(String pkg) {
        Path root = Path.of(System.getProperty("jdarts.home", ".."));
        for (String module : List.of("search-space", "darts-core", "cifar10", "experiments", "reports", "testkit")) {
            Path info = root.resolve(module).resolve("src/main/java").resolve(pkg.replace('.', '/'))
                    .resolve("package-info.java");
            if (Files.isRegularFile(info)) {
                return info;
            }
        }
        throw new AssertionError("no package-info.java for " + pkg + " under " + root.toAbsolutePath());
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static void check(String where, JavaClass type, List<String> leaks) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        if (INTERNAL.contains(base.getPackageName())) {
            leaks.add(where + " " + base.getName());
        }
    }
}
