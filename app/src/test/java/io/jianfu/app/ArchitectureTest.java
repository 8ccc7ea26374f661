package io.jianfu.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The command side and the query side meet only through events; the events know neither. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jianfu");

    @Test
    void commandSideNeverImportsQuerySide() {
        noClasses().that().resideInAPackage("io.jianfu.command..")
                   .should().dependOnClassesThat().resideInAPackage("io.jianfu.query..")
                   .check(classes);
    }

    @Test
    void querySideNeverImportsCommandSide() {
        noClasses().that().resideInAPackage("io.jianfu.query..")
                   .should().dependOnClassesThat().resideInAPackage("io.jianfu.command..")
                   .check(classes);
    }

    @Test
    void eventsDependOnNothingOfOursNorOnSpring() {
        noClasses().that().resideInAPackage("io.jianfu.events..")
                   .should().dependOnClassesThat().resideInAnyPackage("io.jianfu.command..", "io.jianfu.query..",
                                                                      "io.jianfu.app..", "org.springframework..")
                   .check(classes);
    }
}
