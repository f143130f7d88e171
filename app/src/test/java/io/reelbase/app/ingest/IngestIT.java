package io.reelbase.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.audit.ActionType;
import io.reelbase.core.ingest.Ingest;
import io.reelbase.core.ingest.IngestOutcome;
import io.reelbase.core.ingest.IngestReport;
import io.reelbase.core.job.Job;
import io.reelbase.core.job.JobRunner;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.core.media.DerivativeKind;
import io.reelbase.core.workflow.Capability;
import io.reelbase.media.GeneratedMedia;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.media.worker.IsolatedMedia;
import io.reelbase.media.worker.WorkerLimits;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import io.reelbase.persistence.hibernate.Repositories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of real (made) media goes in; every readable file ends PROCESSED, the broken one FAILED, nothing twice. */
class IngestIT {
    @TempDir
    static Path dir;
    private static Database db;
    private static IsolatedMedia media;
    private static ScheduledExecutorService beats;

    @BeforeAll
    static void open() {
        db = Database.open(TestDatabases.fresh());
        media = new IsolatedMedia(WorkerLimits.defaults());
        beats = JobRunner.heartbeatScheduler();
    }

    @AfterAll
    static void close() {
        beats.shutdownNow();
        media.close();
        db.close();
    }

    private Ingest ingest() {
        return ingest(db);
    }

    private static Ingest ingest(Database into) {
        Repositories c = into.repositories();
        return new Ingest(c.assets(), c.media(), c.workflows(), into.jobs(), new Sha256Hasher(), media, c.audit(), "test", into.units());
    }

    @Test
    void aJobIsNeverFinishedWhileItsAssetCannotBeMarkedProcessed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("unfinished"));
        GeneratedMedia.mp4(in.resolve("jetty.mp4"), GeneratedMedia.Spec.basic().seconds(1));
        io.reelbase.persistence.DatabaseSettings settings = TestDatabases.fresh();
        try (Database own = Database.open(settings)) {
            UUID added = ingest(own).ingest(List.of(in), SourceSystem.USER_UPLOAD, "ann", Progress.NONE).outcomes().get(0).assetId();
            // The asset's PROCESSED is refused (as a lost connection would lose it) after every step was done.
            TestDatabases.execute(settings.jdbcUrl(), settings.user(), settings.password(), "create function refuse_done() returns "
                    + "trigger language plpgsql as $$ begin if new.status = 'PROCESSED' then raise exception 'not now'; end if;"
                    + " return new; end $$; create trigger refuse_done before update on asset for each row execute function refuse_done()");
            processAll(own, Files.createDirectories(dir.resolve("unfinished-proxies")));

            Job job = own.jobs().forAsset(added).get(0);
            assertThat(job.status()).as("not COMPLETED with its asset left PROCESSING").isEqualTo(JobStatus.FAILED);
            assertThat(own.repositories().assets().find(added).orElseThrow().status()).isEqualTo(AssetStatus.FAILED);
        }
    }

    @Test
    void aFileWhoseJobCannotBeQueuedLeavesNothingHalfAdded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("refused"));
        Path clip = GeneratedMedia.mp4(in.resolve("pier.mp4"), GeneratedMedia.Spec.basic().seconds(1));
        String hash = new Sha256Hasher().sha256(clip, Progress.NONE);
        io.reelbase.persistence.DatabaseSettings settings = TestDatabases.fresh();
        try (Database own = Database.open(settings)) {
            // The queue refuses the job after the asset, its place and its metadata were written (as a lost connection
            // or a full disk would at that moment).
            TestDatabases.execute(settings.jdbcUrl(), settings.user(), settings.password(), "create function refuse_job() returns "
                    + "trigger language plpgsql as $$ begin raise exception 'no new jobs now'; end $$;"
                    + " create trigger refuse_job before insert on processing_job for each row execute function refuse_job()");
            IngestReport refused = ingest(own).ingest(List.of(in), SourceSystem.USER_UPLOAD, "ann", Progress.NONE);
            TestDatabases.execute(settings.jdbcUrl(), settings.user(), settings.password(),
                    "drop trigger refuse_job on processing_job; drop function refuse_job()");

            assertThat(refused.outcomes()).singleElement().satisfies(o -> assertThat(o.kind()).isEqualTo(IngestOutcome.Kind.FAILED));
            assertThat(own.repositories().assets().findByHash(hash)).as("no asset that no job will process").isEmpty();
            assertThat(own.repositories().assets().count()).isZero();

            // Tried again, the file is added and queued (not "already in the catalogue" and never processed).
            IngestReport again = ingest(own).ingest(List.of(in), SourceSystem.USER_UPLOAD, "ann", Progress.NONE);
            assertThat(again.outcomes()).singleElement().satisfies(o -> assertThat(o.kind()).isEqualTo(IngestOutcome.Kind.ADDED));
            UUID added = again.outcomes().get(0).assetId();
            assertThat(own.jobs().forAsset(added)).singleElement().satisfies(j -> assertThat(j.status()).isEqualTo(JobStatus.QUEUED));
            assertThat(own.repositories().assets().find(added).orElseThrow().status()).isEqualTo(AssetStatus.QUEUED);
            assertThat(own.repositories().media().locations(added, "ORIGINAL")).containsExactly(clip);
            assertThat(own.repositories().audit().forAsset(added, 50)).extracting(r -> r.type()).contains(ActionType.USER_UPLOAD);
        }
    }

    private void processAll(Path proxies) {
        processAll(db, proxies);
    }

    private static void processAll(Database db, Path proxies) {
        Repositories c = db.repositories();
        JobRunner runner = new JobRunner(db.jobs(), c.assets(), c.media(), media, new Sha256Hasher(), proxies, "test-worker",
                Duration.ofSeconds(30), new RetryPolicy(Duration.ofMillis(10), 1.0, Duration.ofMillis(10), 0), beats, db.units());
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!runner.runNext()) {
                Map<JobStatus, Long> counts = db.jobs().countByStatus();
                if (counts.getOrDefault(JobStatus.QUEUED, 0L) + counts.getOrDefault(JobStatus.RETRYING, 0L)
                        + counts.getOrDefault(JobStatus.PROCESSING, 0L) == 0) {
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("jobs did not finish: " + db.jobs().countByStatus());
    }

    /** The messages of the job's completed PROBE steps. */
    private static List<String> probeEvents(java.util.UUID job) throws java.sql.SQLException {
        try (var c = db.dataSource().getConnection(); var st = c.prepareStatement(
                "select coalesce(message, '') from job_event where job_id = ? and phase = 'PROBE' and status = 'COMPLETED'")) {
            st.setObject(1, job);
            List<String> messages = new java.util.ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    messages.add(rs.getString(1));
                }
            }
            return messages;
        }
    }

    @Test
    void aFolderIsIngestedProcessedAndNotAddedTwice() throws Exception {
        Path in = Files.createDirectories(dir.resolve("shoot"));
        Path clip = GeneratedMedia.mp4(in.resolve("harbour.mp4"), GeneratedMedia.Spec.basic().rotated(-90));
        Files.createDirectories(in.resolve("backup"));
        Files.copy(clip, in.resolve("backup/harbour-copy.mp4"));
        GeneratedMedia.truncated(clip, in.resolve("broken.mp4"), 0.5);
        GeneratedMedia.mp4(in.resolve("tone.m4a"), GeneratedMedia.Spec.soundOnly(2));
        Files.writeString(in.resolve("notes.txt"), "shot list");
        Files.createSymbolicLink(in.resolve("backup/loop"), in);

        IngestReport report = ingest().ingest(List.of(in), SourceSystem.USER_UPLOAD, "ann", Progress.NONE);
        Map<String, IngestOutcome> byName = report.outcomes().stream()
                .collect(Collectors.toMap(o -> o.file().getFileName().toString(), o -> o, (a, b) -> a));
        // Files are taken in path order: backup/harbour-copy.mp4 comes first and is added; the original is its duplicate.
        assertThat(byName.get("harbour-copy.mp4").kind()).isEqualTo(IngestOutcome.Kind.ADDED);
        assertThat(byName.get("harbour.mp4").kind()).isEqualTo(IngestOutcome.Kind.DUPLICATE);
        assertThat(byName.get("harbour.mp4").assetId()).isEqualTo(byName.get("harbour-copy.mp4").assetId());
        assertThat(byName.get("broken.mp4").kind()).isEqualTo(IngestOutcome.Kind.ADDED);
        assertThat(byName.get("tone.m4a").kind()).isEqualTo(IngestOutcome.Kind.ADDED);
        assertThat(byName.get("notes.txt").kind()).isEqualTo(IngestOutcome.Kind.SKIPPED);
        assertThat(report.outcomes()).anySatisfy(o -> assertThat(o.message()).contains("symbolic link loop"));
        assertThat(db.repositories().assets().count()).isEqualTo(3);

        Asset harbour = db.repositories().assets().find(byName.get("harbour.mp4").assetId()).orElseThrow();
        assertThat(harbour.status()).isEqualTo(AssetStatus.QUEUED);
        assertThat(db.repositories().media().locations(harbour.id(), "ORIGINAL")).hasSize(2);
        // The ingest's probe is the job's: the metadata is there before processing and the step is done.
        assertThat(db.repositories().media().technicalMetadata(harbour.id())).as("probed at ingest")
                .hasValueSatisfying(t -> assertThat(t.width()).isEqualTo(640));
        assertThat(db.jobs().forAsset(harbour.id()).get(0).completed()).containsExactly(Capability.PROBE);
        assertThat(db.jobs().forAsset(byName.get("broken.mp4").assetId()).get(0).completed())
                .as("a file the ingest could not probe is probed by its job").isEmpty();

        Path proxies = Files.createDirectories(dir.resolve("proxies"));
        processAll(proxies);

        harbour = db.repositories().assets().find(harbour.id()).orElseThrow();
        assertThat(harbour.status()).isEqualTo(AssetStatus.PROCESSED);
        assertThat(harbour.mimeType()).isEqualTo("video/mp4");
        assertThat(harbour.durationMs()).isBetween(1900L, 2100L);
        var tech = db.repositories().media().technicalMetadata(harbour.id()).orElseThrow();
        assertThat(tech.width()).isEqualTo(640);
        assertThat(tech.displayWidth()).isEqualTo(360);
        var thumb = db.repositories().media().derivative(harbour.id(), DerivativeKind.THUMBNAIL, 0).orElseThrow();
        assertThat(thumb.height()).as("upright thumbnail").isEqualTo(320);
        assertThat(db.repositories().media().derivative(harbour.id(), DerivativeKind.PREVIEW, 0)).isPresent();
        assertThat(db.repositories().media().countDerivatives(harbour.id(), DerivativeKind.FILMSTRIP_FRAME)).isEqualTo(10);
        assertThat(db.repositories().media().derivative(harbour.id(), DerivativeKind.CONTACT_SHEET, 0)).isPresent();
        List<Path> proxy = db.repositories().media().locations(harbour.id(), "PROXY");
        assertThat(proxy).singleElement().satisfies(p -> assertThat(p).exists().startsWith(proxies));
        assertThat(db.repositories().assets().versions(harbour.id())).extracting(v -> v.origin())
                .contains(VersionOrigin.CREATE, VersionOrigin.JOB);

        assertThat(probeEvents(db.jobs().forAsset(harbour.id()).get(0).id())).as("probed once, at ingest")
                .containsExactly("done at ingest");

        Asset tone = db.repositories().assets().find(byName.get("tone.m4a").assetId()).orElseThrow();
        assertThat(tone.status()).isEqualTo(AssetStatus.PROCESSED);
        assertThat(db.repositories().media().derivative(tone.id(), DerivativeKind.WAVEFORM, 0)).isPresent();

        Asset broken = db.repositories().assets().find(byName.get("broken.mp4").assetId()).orElseThrow();
        assertThat(broken.status()).isEqualTo(AssetStatus.FAILED);
        Job failed = db.jobs().forAsset(broken.id()).get(0);
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.errorMessage()).contains("broken.mp4", "not a media file");

        // Again: nothing new.
        IngestReport again = ingest().ingest(List.of(in), SourceSystem.USER_UPLOAD, "ann", Progress.NONE);
        assertThat(again.count(IngestOutcome.Kind.ADDED)).isZero();
        assertThat(again.count(IngestOutcome.Kind.DUPLICATE)).isEqualTo(4);
        assertThat(db.repositories().assets().count()).isEqualTo(3);
        assertThat(db.repositories().audit().forAsset(harbour.id(), 50)).extracting(r -> r.type())
                .contains(ActionType.USER_UPLOAD, ActionType.DUPLICATE_FOUND, ActionType.STATUS_CHANGE);
    }

    @Test
    void aWatchFolderPicksUpNewFilesAndPassesOverKnownOnesWithoutHashing() throws Exception {
        Path watched = Files.createDirectories(dir.resolve("cards"));
        GeneratedMedia.mp4(watched.resolve("card-001.mp4"), GeneratedMedia.Spec.basic().channels(0));
        Repositories c = db.repositories();
        var stills = c.workflows().findByName("Stills").orElseThrow();
        var source = c.ingestSources().save(new io.reelbase.core.ingest.IngestSource(null, "Cards", watched.toString(), true, 15,
                io.reelbase.core.ingest.LoggingLevel.INFO, true, null, null, null, stills.id(), null));
        var folders = new io.reelbase.core.ingest.WatchFolders(c.ingestSources(), c.workflows(), ingest(), "scheduler");

        assertThat(folders.syncDue(java.time.Instant.now(), Progress.NONE)).hasSize(1);
        var first = c.ingestSources().find(source.id()).orElseThrow();
        assertThat(first.lastSyncStatus()).isEqualTo("SUCCESS");
        assertThat(first.lastSyncMessage()).startsWith("1 new");
        var added = c.assets().page(java.util.Optional.empty(), 100).items().stream()
                .filter(a -> "card-001.mp4".equals(a.originalFilename())).findFirst().orElseThrow();
        assertThat(added.sourceSystem()).isEqualTo(SourceSystem.WATCH_FOLDER);
        assertThat(db.jobs().forAsset(added.id()).get(0).workflowId()).as("the folder's workflow").isEqualTo(stills.id());

        assertThat(folders.syncDue(java.time.Instant.now(), Progress.NONE)).as("not due again for 15 minutes").isEmpty();
        GeneratedMedia.mp4(watched.resolve("card-002.mp4"), GeneratedMedia.Spec.basic().channels(1));
        IngestReport second = folders.sync(c.ingestSources().find(source.id()).orElseThrow(), Progress.NONE);
        assertThat(second.count(IngestOutcome.Kind.ADDED)).isEqualTo(1);
        assertThat(second.outcomes()).anySatisfy(o -> assertThat(o.message()).isEqualTo("unchanged since the last sync"));

        Files.delete(watched.resolve("card-001.mp4"));
        Files.delete(watched.resolve("card-002.mp4"));
        Files.delete(watched);
        folders.sync(c.ingestSources().find(source.id()).orElseThrow(), Progress.NONE);
        var gone = c.ingestSources().find(source.id()).orElseThrow();
        assertThat(gone.lastSyncStatus()).isEqualTo("FAILED");
        assertThat(gone.lastSyncMessage()).contains("is not there");
    }
}
