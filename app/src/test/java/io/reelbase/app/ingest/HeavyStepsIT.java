package io.reelbase.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.MediaPipeline;
import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.SourceSystem;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of clips shows up at the speed of the pictures: while every runner allowed a filmstrip or a proxy is in
 * one, another runner makes the next clip's thumbnail and preview, gives the job back at its first heavy step
 * instead of waiting there, and passes over such jobs until a heavy runner is free; the clip is finished later.
 */
class HeavyStepsIT {
    @TempDir
    Path dir;

    @Test
    // a runner that waited for the proxy permit instead of giving the job back would hang here: fail instead
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aClipShowsItsThumbnailWhileEveryProxyRunnerIsBusyAndIsFinishedLater() throws Exception {
        Path in = Files.createDirectories(dir.resolve("clips"));
        GeneratedMedia.mp4(in.resolve("quay.mp4"), GeneratedMedia.Spec.basic().channels(1));
        Path proxies = Files.createDirectories(dir.resolve("proxies"));
        ScheduledExecutorService beats = JobRunner.heartbeatScheduler();
        try (Database db = Database.open(TestDatabases.fresh()); IsolatedMedia media = new IsolatedMedia(WorkerLimits.defaults())) {
            UUID id = MediaPipeline.ingest(db, media, "test").ingest(List.of(in), SourceSystem.USER_UPLOAD, "ann", Progress.NONE)
                    .outcomes().get(0).assetId();
            Repositories c = db.repositories();
            RetryPolicy retry = new RetryPolicy(Duration.ofMillis(10), 1.0, Duration.ofMillis(10), 0);
            Map<Capability, Semaphore> allTaken = Map.of(Capability.FILMSTRIP, new Semaphore(0), Capability.PROXY, new Semaphore(0));
            JobRunner light = new JobRunner(db.jobs(), c.assets(), c.media(), media, new Sha256Hasher(), proxies, "light",
                    Duration.ofSeconds(30), retry, beats, db.units(), allTaken);

            assertThat(light.runNext()).as("the clip's light steps").isTrue();
            Job waiting = db.jobs().forAsset(id).get(0);
            assertThat(waiting.status()).as("given back, not held while waiting").isEqualTo(JobStatus.QUEUED);
            assertThat(waiting.remaining()).containsExactly(Capability.FILMSTRIP, Capability.PROXY);
            assertThat(waiting.attempts()).isZero();
            assertThat(c.media().derivative(id, DerivativeKind.THUMBNAIL, 0)).as("in the grid already").isPresent();
            assertThat(c.media().derivative(id, DerivativeKind.PREVIEW, 0)).isPresent();
            assertThat(light.runNext()).as("passed over while no proxy runner is free").isFalse();

            JobRunner heavy = new JobRunner(db.jobs(), c.assets(), c.media(), media, new Sha256Hasher(), proxies, "heavy",
                    Duration.ofSeconds(30), retry, beats, db.units(), Map.of(Capability.FILMSTRIP, new Semaphore(1), Capability.PROXY, new Semaphore(1)));
            assertThat(heavy.runNext()).isTrue();
            assertThat(db.jobs().forAsset(id).get(0).status()).isEqualTo(JobStatus.COMPLETED);
            assertThat(c.assets().find(id).orElseThrow().status()).isEqualTo(AssetStatus.PROCESSED);
            assertThat(c.media().countDerivatives(id, DerivativeKind.FILMSTRIP_FRAME)).isEqualTo(10);
            assertThat(c.media().locations(id, "PROXY")).singleElement().satisfies(p -> assertThat(p).exists());
        } finally {
            beats.shutdownNow();
        }
    }
}
