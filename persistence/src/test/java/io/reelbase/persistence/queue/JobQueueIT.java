package io.reelbase.persistence.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.job.Job;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.reelbase.core.job.MonitoredJob;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** The queue's guarantees, on a real PostgreSQL: SKIP LOCKED claims, leases, retries, NOTIFY. */
class JobQueueIT {
    private Database db;
    private JdbcJobQueue queue;
    private Workflow workflow;

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.fresh().withPoolSize(8));
        queue = new JdbcJobQueue(db.dataSource());
        workflow = db.repositories().workflows().defaultWorkflow().orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Asset asset(String title) {
        return db.repositories().assets().create(NewAsset.of(title, AssetType.VIDEO), "test");
    }

    @Test
    void fourWorkersCompleteFiveHundredJobsEachExactlyOnce() throws Exception {
        Asset a = asset("many jobs");
        for (int i = 0; i < 500; i++) {
            queue.enqueue(a.id(), workflow, 100, 3, "test");
        }
        Map<UUID, String> doneBy = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String name = "worker-" + w;
            workers.add(pool.submit(() -> {
                int mine = 0;
                Optional<Job> job;
                while ((job = queue.claim(name, Duration.ofSeconds(30))).isPresent()) {
                    if (doneBy.putIfAbsent(job.get().id(), name) != null) {
                        duplicates.incrementAndGet();
                    }
                    queue.complete(job.get().id(), name);
                    mine++;
                }
                return mine;
            }));
        }
        int total = 0;
        List<Integer> perWorker = new ArrayList<>();
        for (Future<Integer> f : workers) {
            int n = f.get(120, TimeUnit.SECONDS);
            perWorker.add(n);
            total += n;
        }
        pool.shutdown();
        assertThat(duplicates.get()).isZero();
        assertThat(total).isEqualTo(500);
        assertThat(doneBy).hasSize(500);
        assertThat(perWorker).as("the work was shared").allSatisfy(n -> assertThat(n).isPositive());
        assertThat(queue.countByStatus()).containsEntry(JobStatus.COMPLETED, 500L).doesNotContainKey(JobStatus.QUEUED);
    }

    @Test
    void aJobWhoseWorkerDiedIsTakenByAnotherWhenTheLeaseExpires() throws Exception {
        Job queued = queue.enqueue(asset("orphan").id(), workflow, 100, 3, "test");
        assertThat(queue.countUnfinished(List.of(queued.assetId(), UUID.randomUUID()))).isEqualTo(1);
        Job first = queue.claim("dying-worker", Duration.ofMillis(300)).orElseThrow();
        assertThat(first.id()).isEqualTo(queued.id());
        queue.capabilityCompleted(first.id(), "dying-worker", Capability.PROBE, 5, 20);
        assertThat(queue.claim("other", Duration.ofSeconds(30))).as("leased: not claimable").isEmpty();

        Thread.sleep(600);
        Job second = queue.claim("other", Duration.ofSeconds(30)).orElseThrow();
        assertThat(second.id()).isEqualTo(queued.id());
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.remaining()).as("resumes after the finished capability").doesNotContain(Capability.PROBE);
        assertThat(queue.heartbeat(second.id(), "dying-worker", Duration.ofSeconds(30))).as("the old worker lost it").isFalse();
        assertThat(queue.heartbeat(second.id(), "other", Duration.ofSeconds(30))).isTrue();
        queue.complete(second.id(), "other");
        assertThat(queue.find(queued.id()).orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(db.repositories().audit().forAsset(queued.assetId(), 10)).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(io.reelbase.core.audit.ActionType.JOB_COMPLETED);
            assertThat(r.actor()).isEqualTo("other");
        });
    }

    @Test
    void failuresAreRetriedWithBackoffThenFailWithTheReason() {
        Job job = queue.enqueue(asset("broken").id(), workflow, 100, 3, "test");
        RetryPolicy quick = new RetryPolicy(Duration.ofMillis(200), 2.0, Duration.ofSeconds(10), 0.0);
        Job attempt = queue.claim("w", Duration.ofSeconds(30)).orElseThrow();
        Instant before = Instant.now();
        assertThat(queue.fail(attempt.id(), "w", Capability.THUMBNAIL, "no picture", quick)).isEqualTo(JobStatus.RETRYING);
        Job waiting = queue.find(job.id()).orElseThrow();
        assertThat(waiting.runAfter()).isAfter(before.plusMillis(100));
        assertThat(waiting.failed()).containsExactly(Capability.THUMBNAIL);
        assertThat(queue.claim("w", Duration.ofSeconds(30))).as("not before its time").isEmpty();

        for (int i = 2; i <= 3; i++) {
            Job next = await(() -> queue.claim("w", Duration.ofSeconds(30)));
            assertThat(next.attempts()).isEqualTo(i);
            JobStatus after = queue.fail(next.id(), "w", Capability.THUMBNAIL, "no picture", quick);
            assertThat(after).isEqualTo(i < 3 ? JobStatus.RETRYING : JobStatus.FAILED);
        }
        Job failed = queue.find(job.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(queue.countUnfinished(List.of(job.assetId()))).as("a failed job is finished").isZero();
        assertThat(failed.errorMessage()).isEqualTo("no picture");
        assertThat(failed.finishedAt()).isNotNull();
        assertThat(queue.claim("w", Duration.ofSeconds(30))).isEmpty();
        assertThat(db.repositories().audit().forAsset(failed.assetId(), 10)).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(io.reelbase.core.audit.ActionType.JOB_FAILED);
            assertThat(r.metadata()).containsEntry("error", "no picture").containsEntry("step", "THUMBNAIL");
        });
    }

    @Test
    void theBackoffGrowsExponentiallyWithinItsJitterUpToTheCap() {
        RetryPolicy p = new RetryPolicy(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1), 0.2);
        assertThat(p.delayAfter(1, () -> 0.5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.delayAfter(2, () -> 0.5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.delayAfter(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(20));
        assertThat(p.delayAfter(10, () -> 0.5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.delayAfter(1, () -> 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(p.delayAfter(1, () -> 0.999999)).isBetween(Duration.ofMillis(5990), Duration.ofSeconds(6));
    }

    @Test
    void aJobWaitingForABusyHeavyStepIsPassedOverAndGivenBackAsItIs() {
        Duration lease = Duration.ofSeconds(30);
        java.util.Map<Capability, Long> lightDone = java.util.Map.of(Capability.PROBE, 5L, Capability.HASH_VERIFY, 1L,
                Capability.THUMBNAIL, 1L, Capability.PREVIEW, 1L);
        Job clip = queue.enqueue(asset("clip").id(), workflow, 100, 3, "t", lightDone);
        Job still = queue.enqueue(asset("still").id(), workflow, 100, 3, "t");
        java.util.Set<Capability> heavyBusy = java.util.Set.of(Capability.FILMSTRIP, Capability.PROXY);

        assertThat(queue.claim("light", lease, heavyBusy).orElseThrow().id()).as("the newer job, whose next step is light")
                .isEqualTo(still.id());
        assertThat(queue.claim("light", lease, heavyBusy)).as("nothing else a runner without a heavy step can do").isEmpty();
        Job heavy = queue.claim("heavy", lease, java.util.Set.of()).orElseThrow();
        assertThat(heavy.id()).isEqualTo(clip.id());
        assertThat(heavy.attempts()).isEqualTo(1);

        assertThat(queue.handBack(clip.id(), "someone-else", Capability.FILMSTRIP)).as("only its worker gives it back").isFalse();
        assertThat(queue.handBack(clip.id(), "heavy", Capability.FILMSTRIP)).isTrue();
        Job back = queue.find(clip.id()).orElseThrow();
        assertThat(back.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(back.attempts()).as("the attempt is not counted").isZero();
        assertThat(back.completed()).containsExactlyInAnyOrder(Capability.PROBE, Capability.HASH_VERIFY, Capability.THUMBNAIL,
                Capability.PREVIEW);
        assertThat(back.remaining()).containsExactly(Capability.FILMSTRIP, Capability.PROXY);
        assertThat(queue.claim("light", lease, heavyBusy)).isEmpty();
        assertThat(queue.claim("heavy", lease, java.util.Set.of()).orElseThrow().id()).isEqualTo(clip.id());
    }

    @Test
    void higherPriorityAndOlderJobsComeFirst() {
        Asset a = asset("order");
        Job late = queue.enqueue(a.id(), workflow, 100, 3, "t");
        Job urgent = queue.enqueue(a.id(), workflow, 10, 3, "t");
        Job early = queue.enqueue(a.id(), workflow, 100, 3, "t");
        assertThat(queue.claim("w", Duration.ofSeconds(30)).orElseThrow().id()).isEqualTo(urgent.id());
        assertThat(queue.claim("w", Duration.ofSeconds(30)).orElseThrow().id()).isEqualTo(late.id());
        assertThat(queue.claim("w", Duration.ofSeconds(30)).orElseThrow().id()).isEqualTo(early.id());
    }

    @Test
    void everyChangeIsNotifiedToOtherConnections() throws Exception {
        try (Connection listener = db.dataSource().getConnection(); Statement st = listener.createStatement()) {
            st.execute("listen " + JdbcJobQueue.CHANNEL);
            Job job = queue.enqueue(asset("watched").id(), workflow, 100, 3, "t");
            PGNotification[] got = listener.unwrap(PGConnection.class).getNotifications(5000);
            assertThat(got).isNotNull().isNotEmpty();
            assertThat(got[0].getName()).isEqualTo(JdbcJobQueue.CHANNEL);
            assertThat(got[0].getParameter()).contains(job.id().toString()).contains("QUEUED");
            queue.claim("w", Duration.ofSeconds(30));
            got = listener.unwrap(PGConnection.class).getNotifications(5000);
            assertThat(got).isNotEmpty();
            assertThat(got[0].getParameter()).contains("PROCESSING");
        }
    }

    @Test
    void theMonitorListsJobsAndRetriesAndCancelsThem() {
        Asset broken = asset("Broken interview");
        Asset waiting = asset("Waiting b-roll");
        Job failing = queue.enqueue(broken.id(), workflow, 100, 1, "t");
        Job queued = queue.enqueue(waiting.id(), workflow, 200, 3, "t");
        Job running = queue.claim("w1", Duration.ofSeconds(30)).orElseThrow();
        assertThat(running.id()).isEqualTo(failing.id());
        assertThat(queue.workers()).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("w1");
            assertThat(w.currentAsset()).isEqualTo("Broken interview");
        });
        queue.capabilityCompleted(running.id(), "w1", Capability.PROBE, 3, 10);
        assertThat(queue.fail(running.id(), "w1", Capability.THUMBNAIL, "no picture", RetryPolicy.DEFAULT)).isEqualTo(JobStatus.FAILED);
        db.repositories().assets().recordProcessing(broken.id(), io.reelbase.core.asset.AssetStatus.FAILED, null, null, null, "failed", "w1");

        assertThat(queue.list(Set.of(JobStatus.FAILED), "", 50)).singleElement().satisfies(v -> {
            assertThat(v.assetTitle()).isEqualTo("Broken interview");
            assertThat(v.workflowName()).isEqualTo("Default");
            assertThat(v.job().errorMessage()).isEqualTo("no picture");
        });
        assertThat(queue.list(Set.of(), "b-ROLL", 50)).extracting(MonitoredJob::id).containsExactly(queued.id());
        assertThat(queue.list(Set.of(), "", 50)).hasSize(2);
        assertThat(queue.finishedPerMinute(60)).hasSize(60).last().satisfies(m -> {
            assertThat(m.finished()).isEqualTo(1);
            assertThat(m.minute()).isBeforeOrEqualTo(java.time.Instant.now()).isAfter(java.time.Instant.now().minusSeconds(61));
        });

        var control = new io.reelbase.core.job.JobControl(queue, db.repositories().assets(), db.repositories().assets());
        assertThat(control.retry(List.of(failing.id(), queued.id()), "ann")).as("only the failed one").isEqualTo(1);
        Job again = queue.find(failing.id()).orElseThrow();
        assertThat(again.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(again.attempts()).isZero();
        assertThat(again.remaining()).as("resumes at the failed step").doesNotContain(Capability.PROBE).contains(Capability.THUMBNAIL);
        assertThat(db.repositories().assets().find(broken.id()).orElseThrow().status()).isEqualTo(io.reelbase.core.asset.AssetStatus.QUEUED);
        assertThat(db.repositories().audit().forAsset(broken.id(), 20)).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(io.reelbase.core.audit.ActionType.JOB_RETRY);
            assertThat(r.actor()).isEqualTo("ann");
        });

        assertThat(queue.cancel(List.of(queued.id()), "ann")).isEqualTo(1);
        assertThat(queue.find(queued.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        Job next = queue.claim("w2", Duration.ofSeconds(30)).orElseThrow();
        assertThat(next.id()).as("the cancelled job is not claimed").isEqualTo(failing.id());
        assertThat(queue.cancel(List.of(next.id()), "ann")).isEqualTo(1);
        assertThat(queue.heartbeat(next.id(), "w2", Duration.ofSeconds(30))).as("the worker learns it was cancelled").isFalse();
    }

    @Test
    void aRetriedJobThatAWorkerFinishesAtOnceLeavesItsAssetProcessed() {
        var assets = db.repositories().assets();
        Asset clip = asset("Retried at once");
        Job job = queue.enqueue(clip.id(), workflow, 100, 1, "t");
        queue.claim("w1", Duration.ofSeconds(30)).orElseThrow();
        queue.fail(job.id(), "w1", Capability.PROBE, "the drive was away", RetryPolicy.DEFAULT);
        assets.recordProcessing(clip.id(), io.reelbase.core.asset.AssetStatus.FAILED, null, null, null, "Failed", "w1");
        // The retry reads the asset as FAILED; before it writes, a worker takes the job back and finishes it.
        java.util.concurrent.atomic.AtomicBoolean workerRan = new java.util.concurrent.atomic.AtomicBoolean();
        var racing = (io.reelbase.core.asset.AssetCatalogue) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {io.reelbase.core.asset.AssetCatalogue.class}, (proxy, method, args) -> {
                    Object read = method.invoke(assets, args);
                    if (method.getName().equals("find") && !workerRan.getAndSet(true)) {
                        Job again = queue.claim("w2", Duration.ofSeconds(30)).orElseThrow();
                        assets.recordProcessing(clip.id(), io.reelbase.core.asset.AssetStatus.PROCESSING, null, null, null, "Processing", "w2");
                        queue.complete(again.id(), "w2");
                        assets.recordProcessed(clip.id(), null, null, null, null, "Processed", "w2");
                    }
                    return read;
                });

        assertThat(new io.reelbase.core.job.JobControl(queue, racing, assets).retry(List.of(job.id()), "ann")).isEqualTo(1);

        assertThat(workerRan).isTrue();
        assertThat(queue.find(job.id()).orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(assets.find(clip.id()).orElseThrow().status()).as("the worker's PROCESSED is newer than the retry's QUEUED")
                .isEqualTo(io.reelbase.core.asset.AssetStatus.PROCESSED);
    }

    private static Job await(java.util.function.Supplier<Optional<Job>> claim) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Optional<Job> j = claim.get();
            if (j.isPresent()) {
                return j.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no job became ready");
    }
}
