package io.reelbase.core.job;

import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.media.AssetMedia;
import io.reelbase.core.media.ContentHasher;
import io.reelbase.core.media.DerivativeKind;
import io.reelbase.core.media.Filmstrip;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.MediaEngine;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.media.Proxy;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.core.workflow.Capability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker: claims a job, runs its remaining capabilities in order with the lease renewed by a
 * heartbeat, records each step, and finishes the job (COMPLETED, or a retry / FAILED with the reason).
 * The asset's status follows the job. The same code runs in the desktop app and in a headless worker.
 */
public final class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    public static final String ANALYZER = "reelbase-media/ffmpeg-8";

    private final JobQueue queue;
    private final AssetRepository assets;
    private final AssetMedia files;
    private final MediaEngine media;
    private final ContentHasher hasher;
    private final Path proxyDirectory;
    private final String worker;
    private final Duration lease;
    private final RetryPolicy retries;
    private final ScheduledExecutorService heartbeats;
    private final java.util.Map<Capability, java.util.concurrent.Semaphore> limits;
    /** The job's end and its asset's PROCESSED are written together: never a finished job with its asset still processing. */
    private final io.reelbase.core.UnitOfWork units;

    public JobRunner(JobQueue queue, AssetRepository assets, AssetMedia files, MediaEngine media, ContentHasher hasher,
                     Path proxyDirectory, String worker, Duration lease, RetryPolicy retries,
                     ScheduledExecutorService heartbeats, io.reelbase.core.UnitOfWork units) {
        this(queue, assets, files, media, hasher, proxyDirectory, worker, lease, retries, heartbeats, units, java.util.Map.of());
    }

    /**
     * @param limits at most this many of the pool's runners in each of these capabilities at once (for
     *               example proxies), so that heavy steps never take every worker from light ones
     */
    public JobRunner(JobQueue queue, AssetRepository assets, AssetMedia files, MediaEngine media, ContentHasher hasher,
                     Path proxyDirectory, String worker, Duration lease, RetryPolicy retries,
                     ScheduledExecutorService heartbeats, io.reelbase.core.UnitOfWork units,
                     java.util.Map<Capability, java.util.concurrent.Semaphore> limits) {
        this.queue = queue;
        this.assets = assets;
        this.files = files;
        this.media = media;
        this.hasher = hasher;
        this.proxyDirectory = proxyDirectory;
        this.worker = worker;
        this.lease = lease;
        this.retries = retries;
        this.heartbeats = heartbeats;
        this.units = units;
        this.limits = java.util.Map.copyOf(limits);
    }

    /** A scheduler for the heartbeats of a few runners. */
    public static ScheduledExecutorService heartbeatScheduler() {
        return Executors.newSingleThreadScheduledExecutor();
    }

    /**
     * Runs the next ready job, if there is one; returns whether it did. While every runner allowed a heavy step is
     * in one, jobs waiting for a heavy step are passed over.
     */
    public boolean runNext() {
        java.util.Set<Capability> busy = java.util.EnumSet.noneOf(Capability.class);
        limits.forEach((cap, permits) -> {
            if (permits.availablePermits() == 0) {
                busy.add(cap);
            }
        });
        Optional<Job> claimed = queue.claim(worker, lease, busy);
        claimed.ifPresent(this::run);
        return claimed.isPresent();
    }

    void run(Job job) {
        AtomicBoolean lost = new AtomicBoolean();
        long period = Math.max(1000, lease.toMillis() / 3);
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> {
            try {
                if (!queue.heartbeat(job.id(), worker, lease)) {
                    lost.set(true);
                }
            } catch (RuntimeException e) {
                LOG.warn("Heartbeat for job {} failed", job.id(), e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return lost.get();
            }
        };
        Capability current = null;
        try {
            Asset asset = assets.find(job.assetId()).orElseThrow(() -> new ReelbaseException(
                    "The asset of this job is gone.", "Nothing to do; the job can be cancelled."));
            Path original = files.original(asset.id()).orElseThrow(() -> new ReelbaseException(
                    "No file is recorded for \"" + asset.title() + "\".", "Ingest the file again."));
            if (!Files.isReadable(original)) {
                throw new ReelbaseException("The original of \"" + asset.title() + "\" is not at " + original + " (any more).",
                        "Reconnect the drive or share that holds it, or ingest it again from where it is now; then retry.");
            }
            if (asset.status() != AssetStatus.PROCESSING) {
                assets.recordProcessing(asset.id(), AssetStatus.PROCESSING, null, null, null, "Processing", worker);
            }
            List<Capability> todo = job.remaining();
            int done = job.completed().size();
            int total = job.capabilities().size();
            TechnicalSummary summary = files.technicalMetadata(asset.id()).orElse(null);
            List<String> unfinished = new java.util.ArrayList<>();
            java.util.Map<DerivativeKind, Thumbnail> madeAhead = new java.util.EnumMap<>(DerivativeKind.class);
            for (Capability cap : todo) {
                if (lost.get()) {
                    LOG.warn("Job {} is no longer ours (cancelled or taken over); stopping", job.id());
                    return;
                }
                java.util.concurrent.Semaphore permit = limits.get(cap);
                if (permit != null && !permit.tryAcquire()) {
                    // No runner is free for this heavy step: the next files' light steps go first.
                    queue.handBack(job.id(), worker, cap);
                    return;
                }
                current = cap;
                long start = System.nanoTime();
                Optional<String> skipped;
                try {
                    queue.capabilityStarted(job.id(), worker, cap);
                    skipped = perform(cap, asset, original, summary, progress, todo, madeAhead);
                } catch (MediaException partial) {
                    if (!cap.isOptional() || lost.get()) {
                        throw partial;
                    }
                    // What the step made is kept; the asset is usable, with the problem noted.
                    String why = "could not be finished: " + partial.getMessage();
                    unfinished.add(cap.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + why);
                    skipped = Optional.of(why);
                } finally {
                    if (permit != null) {
                        permit.release();
                    }
                }
                if (cap == Capability.PROBE || summary == null) {
                    summary = files.technicalMetadata(asset.id()).orElse(summary);
                }
                done++;
                if (skipped.isPresent()) {
                    queue.capabilitySkipped(job.id(), worker, cap, skipped.get());
                } else {
                    queue.capabilityCompleted(job.id(), worker, cap, (System.nanoTime() - start) / 1_000_000, 100.0 * done / total);
                }
            }
            current = null;
            String damage = Damage.note(summary, unfinished);
            TechnicalSummary found = summary;
            units.inOne(() -> {
                queue.complete(job.id(), worker);
                return assets.recordProcessed(asset.id(), found == null ? null : found.durationMs(),
                        found == null ? null : found.mimeType(), found == null ? null : found.capturedAt(), damage,
                        damage == null ? "Processed" : "Processed; damaged: " + damage, worker);
            });
        } catch (RuntimeException e) {
            String reason = e instanceof ReelbaseException re ? re.getMessage() : String.valueOf(e);
            LOG.info("Job {} failed at {}: {}", job.id(), current, reason);
            JobStatus after = queue.fail(job.id(), worker, current, reason, retries);
            if (after == JobStatus.FAILED) {
                try {
                    assets.recordProcessing(job.assetId(), AssetStatus.FAILED, null, null, null, "Failed: " + reason, worker);
                } catch (RuntimeException gone) {
                    LOG.warn("Could not mark asset {} failed", job.assetId(), gone);
                }
            }
        } finally {
            beat.cancel(false);
        }
    }

    /** Runs one capability; returns a reason when it does not apply to this asset (skipped), else empty. */
    private Optional<String> perform(Capability cap, Asset asset, Path original, TechnicalSummary summary, Progress progress,
                                     List<Capability> todo, java.util.Map<DerivativeKind, Thumbnail> madeAhead) {
        switch (cap) {
            case PROBE -> {
                ProbeResult r = media.probe(original);
                files.saveTechnicalMetadata(asset.id(), r.summary(), r.raw(), ANALYZER);
                return Optional.empty();
            }
            case HASH_VERIFY -> {
                String now = hasher.sha256(original, progress);
                if (asset.fileHash() != null && !asset.fileHash().equals(now)) {
                    throw new ReelbaseException("The file at " + original + " has changed since it was ingested (its SHA-256 differs).",
                            "If the change is wanted, ingest the file again as a new asset; otherwise restore the original.");
                }
                return Optional.empty();
            }
            case THUMBNAIL, PREVIEW -> {
                files.saveDerivative(asset.id(), kindOf(cap), 0, picture(original, cap, todo, madeAhead));
                return Optional.empty();
            }
            case FILMSTRIP -> {
                if (summary == null || summary.durationMs() == null || summary.videoCodec() == null
                        || summary.assetType() != io.reelbase.core.asset.AssetType.VIDEO) {
                    return Optional.of("no moving picture");
                }
                Filmstrip strip = media.filmstrip(original, 10, progress);
                files.deleteDerivatives(asset.id(), DerivativeKind.FILMSTRIP_FRAME);
                int i = 0;
                for (Filmstrip.Frame f : strip.frames()) {
                    files.saveDerivative(asset.id(), DerivativeKind.FILMSTRIP_FRAME, i++,
                            new Thumbnail(f.jpeg(), f.width(), f.height(), f.timestampMs(), "filmstrip"));
                }
                files.saveDerivative(asset.id(), DerivativeKind.CONTACT_SHEET, 0, strip.contactSheet());
                return Optional.empty();
            }
            case PROXY -> {
                if (summary == null || (summary.assetType() != io.reelbase.core.asset.AssetType.VIDEO
                        && summary.assetType() != io.reelbase.core.asset.AssetType.AUDIO)) {
                    return Optional.of("proxies are made for video and sound");
                }
                Path target = proxyDirectory.resolve(asset.id() + (summary.assetType() == io.reelbase.core.asset.AssetType.AUDIO
                        ? ".m4a" : ".mp4"));
                Proxy p = media.proxy(original, target, summary.durationMs() == null ? 0 : summary.durationMs(), progress);
                files.addLocation(asset.id(), "PROXY", p.file(), p.sizeBytes(), null, true);
                return Optional.empty();
            }
            case WAVEFORM -> {
                if (summary == null || summary.audioCodec() == null) {
                    return Optional.of("no sound");
                }
                files.saveDerivative(asset.id(), DerivativeKind.WAVEFORM, 0, media.waveform(original, 1200, 200, progress));
                return Optional.empty();
            }
            default -> {
                return Optional.of(cap + " is not available in this version of Reelbase");
            }
        }
    }

    private static DerivativeKind kindOf(Capability picture) {
        return picture == Capability.THUMBNAIL ? DerivativeKind.THUMBNAIL : DerivativeKind.PREVIEW;
    }

    private static int longSide(Capability picture) {
        return picture == Capability.THUMBNAIL ? 320 : 1280;
    }

    /**
     * The thumbnail or the preview; when the job makes the other one later, both come from one decoded picture
     * and the other waits in {@code madeAhead} for its own step.
     */
    private Thumbnail picture(Path original, Capability cap, List<Capability> todo, java.util.Map<DerivativeKind, Thumbnail> madeAhead) {
        Thumbnail ahead = madeAhead.remove(kindOf(cap));
        if (ahead != null) {
            return ahead;
        }
        Capability other = cap == Capability.THUMBNAIL ? Capability.PREVIEW : Capability.THUMBNAIL;
        if (todo.indexOf(other) <= todo.indexOf(cap)) {
            return media.thumbnail(original, longSide(cap));
        }
        List<Thumbnail> both = media.thumbnails(original, longSide(cap), longSide(other));
        madeAhead.put(kindOf(other), both.get(1));
        return both.get(0);
    }
}
