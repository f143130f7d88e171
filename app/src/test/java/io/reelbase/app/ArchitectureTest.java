package io.reelbase.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of CONVENTIONS.md, checked on the compiled main code of every module. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.reelbase");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void everyModuleIsImportedSoNoRulePassesOnNothing() {
        org.assertj.core.api.Assertions.assertThat(classes.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("core", "persistence", "media", "app");
    }

    @Test
    void javaFxOnlyInTheApp() {
        check(noClasses().that().resideOutsideOfPackage("io.reelbase.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx.."));
    }

    @Test
    void hibernateAndJdbcPlumbingOnlyInPersistence() {
        check(noClasses().that().resideOutsideOfPackage("io.reelbase.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                        "com.zaxxer.hikari..", "org.flywaydb..", "io.zonky.."));
    }

    @Test
    void hibernateEntitiesNeverLeavePersistence() {
        check(noClasses().that().resideOutsideOfPackage("io.reelbase.persistence.hibernate..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Entity")
                .andShould().dependOnClassesThat().resideInAPackage("org.hibernate.."));
    }

    @Test
    void ffmpegOnlyInMedia() {
        check(noClasses().that().resideOutsideOfPackage("io.reelbase.media..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco.."));
    }

    @Test
    void coreDependsOnNothingHeavy() {
        check(noClasses().that().resideInAPackage("io.reelbase.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.reelbase.persistence..", "io.reelbase.media..",
                        "io.reelbase.app..", "javafx..", "org.hibernate..", "jakarta..", "org.bytedeco..",
                        "com.fasterxml..", "java.sql.."));
    }

    @Test
    void persistenceAndMediaDoNotKnowEachOtherOrTheApp() {
        check(noClasses().that().resideInAPackage("io.reelbase.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.reelbase.media..", "io.reelbase.app.."));
        check(noClasses().that().resideInAPackage("io.reelbase.media..")
                .should().dependOnClassesThat().resideInAnyPackage("io.reelbase.persistence..", "io.reelbase.app.."));
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        check(noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application.."));
    }

    @Test
    void onlyUiThreadHopsOntoTheFxThread() {
        check(noClasses().that().doNotHaveFullyQualifiedName("io.reelbase.app.ui.UiThread")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class));
    }

    @Test
    void onlyThePrinterWritesToTheTerminal() {
        // The media worker's standard output is its protocol with the app, not a terminal.
        check(noClasses().that().doNotHaveFullyQualifiedName("io.reelbase.app.cli.Printer")
                .and().doNotHaveFullyQualifiedName("io.reelbase.media.worker.MediaWorkerMain")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace"));
    }

    @Test
    void loggingGoesThroughSlf4j() {
        check(NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING);
    }

    @Test
    void threadsAreMadeOnlyByTheTaskRunner() {
        // The headless worker's Ctrl-C handling needs a shutdown-hook thread; nothing else makes threads by hand.
        check(noClasses().that().doNotHaveFullyQualifiedName("io.reelbase.app.ui.TaskRunner")
                .and().doNotHaveFullyQualifiedName("io.reelbase.app.cli.WorkerCommand")
                .should().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class));
    }
}
