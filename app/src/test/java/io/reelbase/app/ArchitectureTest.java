package io.reelbase.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of CONVENTIONS.md, checked on the compiled main code of every module; each says why. */
class ArchitectureTest {
    /** The classes that may own executors or threads: each has one job and shuts them down itself. */
    private static final Set<String> OWN_EXECUTORS = Set.of(
            "io.reelbase.app.ui.TaskRunner",                       // the app-wide bounded task executor
            "io.reelbase.core.job.WorkerPool",                     // the processing workers
            "io.reelbase.core.job.JobRunner",                      // their heartbeat scheduler
            "io.reelbase.media.worker.IsolatedMedia",              // reading the worker processes' answers
            "io.reelbase.persistence.queue.ChannelListener");      // the LISTEN connection
    /** How the names of view classes end; every other class of a screen is a model and stays off the scene graph. */
    private static final List<String> VIEW_NAMES = List.of("View", "Pane", "Tile", "Bar", "Header", "Menu", "Strip",
            "Viewer", "Player", "Field", "Cache", "Layout");
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
        org.assertj.core.api.Assertions.assertThat(OWN_EXECUTORS).allSatisfy(name ->
                org.assertj.core.api.Assertions.assertThat(classes.contain(name)).as(name).isTrue());
    }

    @Test
    void javaFxOnlyInTheApp() {
        check(noClasses().that().resideOutsideOfPackage("io.reelbase.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the domain, the database and the media engine run headless (workers, the command line)"));
    }

    @Test
    void hibernateAndJdbcPlumbingOnlyInPersistence() {
        check(noClasses().that().resideOutsideOfPackage("io.reelbase.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                        "com.zaxxer.hikari..", "org.flywaydb..", "io.zonky..")
                .because("how assets are stored is persistence's business; the rest sees records and ports"));
    }

    @Test
    void hibernateEntitiesNeverLeavePersistence() {
        check(noClasses().that().resideOutsideOfPackage("io.reelbase.persistence.hibernate..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Entity")
                .andShould().dependOnClassesThat().resideInAPackage("org.hibernate..")
                .because("a lazy entity on the FX thread is a query nobody planned; records cross the boundary"));
    }

    @Test
    void ffmpegOnlyInMedia() {
        check(noClasses().that().resideOutsideOfPackage("io.reelbase.media..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bytedeco..")
                .because("native decoding is crash-isolated in media's worker processes (decision 0005)"));
    }

    @Test
    void coreDependsOnNothingHeavy() {
        check(noClasses().that().resideInAPackage("io.reelbase.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.reelbase.persistence..", "io.reelbase.media..",
                        "io.reelbase.app..", "javafx..", "org.hibernate..", "jakarta..", "org.bytedeco..",
                        "com.fasterxml..", "java.sql..")
                .because("the rules (edits, merges, routing, lifecycle) are tested as plain Java, in one place"));
    }

    @Test
    void persistenceAndMediaDoNotKnowEachOtherOrTheApp() {
        check(noClasses().that().resideInAPackage("io.reelbase.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.reelbase.media..", "io.reelbase.app..")
                .because("both are adapters behind core's ports"));
        check(noClasses().that().resideInAPackage("io.reelbase.media..")
                .should().dependOnClassesThat().resideInAnyPackage("io.reelbase.persistence..", "io.reelbase.app..")
                .because("both are adapters behind core's ports"));
    }

    @Test
    void screensAndTheWindowUseCorePortsNotTheAdapters() {
        // The one exemption: the JavaFX application's start opens the catalogue and hands it to the composition root.
        check(noClasses().that().resideInAnyPackage("io.reelbase.app.ui..", "io.reelbase.app.feature..")
                .and().doNotHaveFullyQualifiedName("io.reelbase.app.ui.ReelbaseApp")
                .should().dependOnClassesThat().resideInAnyPackage("io.reelbase.persistence..", "io.reelbase.media..")
                .because("only the composition root (AppContext) and the command line wire adapters; a screen gets "
                        + "the narrow core interfaces it uses, so it can be tested without a database"));
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        check(noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .because("view-models are tested with plain JUnit, without a toolkit"));
    }

    @Test
    void theModelPartsOfAScreenDoNotTouchTheSceneGraphEither() {
        DescribedPredicate<JavaClass> view = DescribedPredicate.describe("are views (" + String.join(", ", VIEW_NAMES) + ")",
                c -> VIEW_NAMES.stream().anyMatch(n -> c.getSimpleName().endsWith(n)
                        || c.getEnclosingClass().map(e -> e.getSimpleName().endsWith(n)).orElse(false)));
        check(noClasses().that().resideInAPackage("io.reelbase.app.feature..").and(DescribedPredicate.not(view))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .because("a screen's state and commands (the list, the selection, the edit form) are tested without a toolkit"));
    }

    @Test
    void viewModelsHaveNoPublicFields() {
        check(fields().that().areDeclaredInClassesThat().resideInAPackage("io.reelbase.app.feature..")
                .and().areNotStatic()
                .should().notBePublic()
                .because("state changes only through named commands; views bind to the properties a model hands out"));
    }

    @Test
    void dialogsOpenOnlyThroughTheDialogService() {
        check(noClasses().that().doNotHaveFullyQualifiedName("io.reelbase.app.ui.FxDialogService")
                .should().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.FileChooser")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.DirectoryChooser")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.Alert")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.TextInputDialog")
                .because("view-models and views ask DialogService, so tests can answer instead of a person"));
    }

    @Test
    void onlyUiThreadHopsOntoTheFxThread() {
        check(noClasses().that().doNotHaveFullyQualifiedName("io.reelbase.app.ui.UiThread")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .because("one way onto the FX thread, so off-thread UI updates have one place to look"));
    }

    @Test
    void onlyThePrinterWritesToTheTerminal() {
        check(noClasses().that().doNotHaveFullyQualifiedName("io.reelbase.app.cli.Printer")
                .and().doNotHaveFullyQualifiedName("io.reelbase.media.worker.MediaWorkerMain")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("the media worker's standard output is its protocol with the app; everything else logs"));
    }

    @Test
    void loggingGoesThroughSlf4j() {
        check(NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("one logging setup, one log file"));
    }

    @Test
    void threadsAreMadeOnlyByTheTaskRunner() {
        check(noClasses().that().doNotHaveFullyQualifiedName("io.reelbase.app.ui.TaskRunner")
                .and().doNotHaveFullyQualifiedName("io.reelbase.app.cli.WorkerCommand")
                .should().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class)
                .because("long work runs as tasks people can see and cancel; the headless worker's Ctrl-C hook is the one exception"));
    }

    @Test
    void executorsAreOwnedByANamedFew() {
        check(noClasses().that(DescribedPredicate.describe("are not " + OWN_EXECUTORS,
                        (JavaClass c) -> !OWN_EXECUTORS.contains(c.getName())
                                && c.getEnclosingClass().map(e -> !OWN_EXECUTORS.contains(e.getName())).orElse(true)))
                .should().callMethodWhere(DescribedPredicate.describe("Executors.new…",
                        call -> call.getTarget().getOwner().isEquivalentTo(java.util.concurrent.Executors.class)))
                .orShould().callConstructor(java.util.concurrent.ThreadPoolExecutor.class, int.class, int.class, long.class,
                        java.util.concurrent.TimeUnit.class, java.util.concurrent.BlockingQueue.class)
                .because("every thread pool is sized, named and shut down by the class that owns it; anything else "
                        + "goes through the task runner and shows in the status bar"));
    }

    @Test
    void editableMetadataIsWrittenOnlyByTheEditPipeline() {
        check(noClasses().that().doNotHaveFullyQualifiedName("io.reelbase.core.edit.AssetEdits")
                .and().doNotHaveFullyQualifiedName("io.reelbase.core.asset.AssetWrites")
                .should().callMethodWhere(DescribedPredicate.describe("AssetWrites.update",
                        call -> call.getName().equals("update") && call.getTarget().getOwner().isAssignableTo(io.reelbase.core.asset.AssetWrites.class)))
                .because("every change of titles, descriptions, reviews, tags and fields goes through AssetEdits: the rules, "
                        + "the version check, the merge and the summary are in one place, so no path overwrites a newer version"));
    }
}
