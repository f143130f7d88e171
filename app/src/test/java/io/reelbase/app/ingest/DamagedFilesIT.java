package io.reelbase.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.ingest.Ingest;
import io.reelbase.core.ingest.IngestOutcome;
import io.reelbase.core.job.JobRunner;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.core.media.DerivativeKind;
import io.reelbase.core.media.Filmstrip;
import io.reelbase.core.media.MediaEngine;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.media.Proxy;
import io.reelbase.core.media.Thumbnail;
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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files whose header reads but whose data is cut short (an interrupted copy, a card pulled out) are processed as
 * far as they go: the asset ends PROCESSED with a "damaged: …" note, a Damaged value in the Condition facet,
 * and what the steps made, instead of FAILED. An optional step that cannot finish leaves a warning, not a failure.
 */
class DamagedFilesIT {
    @TempDir
    static Path dir;
    private static Database db;
    private static IsolatedMedia media;
    private static java.util.concurrent.ScheduledExecutorService beats;

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

    private Map<String, Asset> ingestAndProcess(Path folder, MediaEngine engine) throws Exception {
        Repositories c = db.repositories();
        var report = new Ingest(c.assets(), c.media(), c.workflows(), db.jobs(), new Sha256Hasher(), media, c.audit(), "test", db.units())
                .ingest(List.of(folder), SourceSystem.USER_UPLOAD, "ann", Progress.NONE);
        JobRunner runner = new JobRunner(db.jobs(), c.assets(), c.media(), engine, new Sha256Hasher(),
                Files.createDirectories(dir.resolve("proxies")), "test-worker", Duration.ofSeconds(30),
                new RetryPolicy(Duration.ofMillis(10), 1.0, Duration.ofMillis(10), 0), beats, db.units());
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (runner.runNext() || busy()) {
            assertThat(System.nanoTime()).as("jobs finish").isLessThan(deadline);
            Thread.sleep(20);
        }
        return report.outcomes().stream().filter(o -> o.kind() == IngestOutcome.Kind.ADDED)
                .collect(Collectors.toMap(o -> o.file().getFileName().toString(),
                        o -> c.assets().find(o.assetId()).orElseThrow()));
    }

    private static boolean busy() {
        Map<JobStatus, Long> n = db.jobs().countByStatus();
        return n.getOrDefault(JobStatus.QUEUED, 0L) + n.getOrDefault(JobStatus.RETRYING, 0L)
                + n.getOrDefault(JobStatus.PROCESSING, 0L) > 0;
    }

    @Test
    void truncatedMatroskaAndMp4AreProcessedAsFarAsTheyGoAndMarkedDamaged() throws Exception {
        Path in = Files.createDirectories(dir.resolve("card"));
        Path whole = GeneratedMedia.mp4(dir.resolve("whole.mkv"), GeneratedMedia.Spec.basic().seconds(20));
        GeneratedMedia.truncated(whole, in.resolve("cut-38.mkv"), 0.38);
        Path mp4 = GeneratedMedia.mp4(dir.resolve("whole.mp4"), GeneratedMedia.Spec.basic().seconds(20),
                Map.of("movflags", "+faststart"));
        GeneratedMedia.truncated(mp4, in.resolve("cut-60.mp4"), 0.6);
        GeneratedMedia.mp4(in.resolve("whole.mov"), GeneratedMedia.Spec.basic().seconds(3));

        Map<String, Asset> assets = ingestAndProcess(in, media);

        for (String name : List.of("cut-38.mkv", "cut-60.mp4")) {
            Asset a = db.repositories().assets().find(assets.get(name).id()).orElseThrow();
            assertThat(a.status()).as(name).isEqualTo(AssetStatus.PROCESSED);
            assertThat(a.damage()).as(name).startsWith("the file ends at").contains("of its stated duration");
            assertThat(db.repositories().media().derivative(a.id(), DerivativeKind.THUMBNAIL, 0)).as(name).isPresent();
            assertThat(db.repositories().media().countDerivatives(a.id(), DerivativeKind.FILMSTRIP_FRAME)).as(name)
                    .isBetween(1, 10);
            assertThat(db.repositories().media().technicalMetadata(a.id()).orElseThrow().damage()).as(name).isNotNull();
        }
        int mkvPercent = percent(db.repositories().assets().find(assets.get("cut-38.mkv").id()).orElseThrow().damage());
        assertThat(mkvPercent).isBetween(28, 45);
        int mp4Percent = percent(db.repositories().assets().find(assets.get("cut-60.mp4").id()).orElseThrow().damage());
        assertThat(mp4Percent).isBetween(50, 65);
        Asset intact = db.repositories().assets().find(assets.get("whole.mov").id()).orElseThrow();
        assertThat(intact.status()).isEqualTo(AssetStatus.PROCESSED);
        assertThat(intact.damage()).isNull();

        Map<String, Long> condition = db.repositories().assets().facets(AssetFilter.ALL, 10, java.util.Set.of(Facet.CONDITION))
                .get(Facet.CONDITION).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
        assertThat(condition.get("DAMAGED")).isGreaterThanOrEqualTo(2L);
        assertThat(db.repositories().assets().page(AssetFilter.ALL.with(Facet.CONDITION, "Damaged"), java.util.Optional.empty(), 100).items())
                .extracting(Asset::id).contains(assets.get("cut-38.mkv").id(), assets.get("cut-60.mp4").id())
                .doesNotContain(intact.id());
    }

    @Test
    void anOptionalStepThatCannotFinishLeavesAWarningNotAFailedAsset() throws Exception {
        Path in = Files.createDirectories(dir.resolve("shoot"));
        GeneratedMedia.mp4(in.resolve("take.mp4"), GeneratedMedia.Spec.basic().seconds(2));
        MediaEngine filmstripFails = new MediaEngine() {
            @Override
            public ProbeResult probe(Path file) {
                return media.probe(file);
            }

            @Override
            public Thumbnail thumbnail(Path file, int longSide) {
                return media.thumbnail(file, longSide);
            }

            @Override
            public Filmstrip filmstrip(Path file, int count, Progress progress) {
                throw new MediaException(file, "no frame could be decoded past 0:01.", "The file may be damaged.");
            }

            @Override
            public Proxy proxy(Path file, Path target, long durationMs, Progress progress) {
                return media.proxy(file, target, durationMs, progress);
            }

            @Override
            public Thumbnail waveform(Path file, int width, int height, Progress progress) {
                return media.waveform(file, width, height, progress);
            }
        };
        Asset take = ingestAndProcess(in, filmstripFails).get("take.mp4");
        take = db.repositories().assets().find(take.id()).orElseThrow();
        assertThat(take.status()).isEqualTo(AssetStatus.PROCESSED);
        assertThat(take.damage()).startsWith("filmstrip could not be finished").contains("past 0:01");
        assertThat(db.repositories().media().locations(take.id(), "PROXY")).as("the later steps still ran").hasSize(1);
    }

    private static int percent(String note) {
        var m = java.util.regex.Pattern.compile("ends at (\\d+)%").matcher(note);
        assertThat(m.find()).as(note).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
