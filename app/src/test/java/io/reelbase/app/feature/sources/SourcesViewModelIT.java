package io.reelbase.app.feature.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.MediaPipeline;
import io.reelbase.app.ui.ImmediateTasks;
import io.reelbase.core.ingest.WatchFolders;
import io.reelbase.media.GeneratedMedia;
import io.reelbase.media.worker.IsolatedMedia;
import io.reelbase.media.worker.WorkerLimits;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch folders edited in the app: validation, saving, and a sync started from the screen. */
class SourcesViewModelIT {

    @Test
    void anAdminAddsAWatchFolderAndSyncsIt(@TempDir Path dir) throws Exception {
        Path cards = Files.createDirectories(dir.resolve("cards"));
        GeneratedMedia.mp4(cards.resolve("a001.mp4"), GeneratedMedia.Spec.basic().channels(0));
        try (Database db = Database.open(TestDatabases.fresh()); IsolatedMedia media = new IsolatedMedia(WorkerLimits.defaults())) {
            var c = db.repositories();
            var watch = new WatchFolders(c.ingestSources(), c.workflows(), MediaPipeline.ingest(db, media, "test"), "ann");
            SourcesViewModel vm = new SourcesViewModel(c.ingestSources(), c.workflows(), db.storageRoots(), watch, new ImmediateTasks());
            vm.load();
            assertThat(vm.sources()).isEmpty();
            assertThat(vm.workflowChoices()).hasSize(4).first().isEqualTo(java.util.Optional.empty());

            vm.select(null);
            vm.nameProperty().set("Camera cards");
            vm.pathProperty().set(cards.toString());
            vm.intervalProperty().set("often");
            vm.save();
            assertThat(vm.problemProperty().get()).contains("whole number of minutes");
            vm.intervalProperty().set("0");
            vm.save();
            assertThat(vm.problemProperty().get()).contains("between 1 minute and 7 days");
            vm.intervalProperty().set("5");
            vm.workflowProperty().set(vm.workflowChoices().stream().filter(w -> w.isPresent() && w.get().name().equals("Stills"))
                    .findFirst().orElseThrow());
            vm.save();
            assertThat(vm.problemProperty().get()).isNull();
            assertThat(vm.sources()).singleElement().satisfies(s -> {
                assertThat(s.syncIntervalMinutes()).isEqualTo(5);
                assertThat(s.workflowId()).isNotNull();
            });

            vm.syncNow();
            assertThat(vm.sources()).singleElement().satisfies(s -> {
                assertThat(s.lastSyncStatus()).isEqualTo("SUCCESS");
                assertThat(s.lastSyncMessage()).startsWith("1 new");
            });
            assertThat(c.assets().count()).isEqualTo(1);

            vm.remove();
            assertThat(vm.sources()).isEmpty();
            assertThat(c.assets().count()).as("its assets stay").isEqualTo(1);
        }
    }
}
