package dev.mirsad;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house's rules, so that none can come back unnoticed: the functional core (parse, text,
 * language, extract, dating, pipeline, resources) is plain Java, with no Spring, no JDBC and no arrow to the
 * batch shell; the product never depends on the lab; the packages depend on each other one way only;
 * and classes stay small (300 lines, a job configuration 150).
 */
class ArchitectureTest {

    private static final String[] CORE = {"dev.mirsad.parse..", "dev.mirsad.text..", "dev.mirsad.language..",
            "dev.mirsad.extract..", "dev.mirsad.pipeline..", "dev.mirsad.resources..", "dev.mirsad.dating.."};

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mirsad");

    @Test
    void theCoreUsesNeitherSpringNorJdbc() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(PRODUCT);
    }

    @Test
    void theCoreDependsOnNothingOfTheShell() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("dev.mirsad.ingest..", "dev.mirsad.operations..",
                        "dev.mirsad.cli..", "dev.mirsad.database..", "dev.mirsad.lab..")
                .check(PRODUCT);
    }

    @Test
    void theProductDoesNotDependOnTheLab() {
        noClasses().that().resideOutsideOfPackage("dev.mirsad.lab..")
                .should().dependOnClassesThat().resideInAPackage("dev.mirsad.lab..")
                .check(PRODUCT);
    }

    @Test
    void classesStaySmallAndTheJobConfigurationShort() throws IOException {
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/lab/java")))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(source).size();
                assertThat(lines).as(source + " (lines)").isLessThanOrEqualTo(
                        source.getFileName().toString().endsWith("JobConfiguration.java") ? 150 : 300);
            }
        }
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.mirsad.(**)").should().beFreeOfCycles().check(PRODUCT);
    }
}
