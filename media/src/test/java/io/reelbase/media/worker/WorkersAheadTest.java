package io.reelbase.media.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.media.GeneratedMedia;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker started ahead is the one the first engine with the same limits uses: one JVM started, not two. */
class WorkersAheadTest {
    @TempDir
    Path dir;

    @Test
    void theFirstEngineTakesTheWorkerStartedAhead() throws Exception {
        Path clip = GeneratedMedia.mp4(dir.resolve("clip.mp4"), GeneratedMedia.Spec.basic());
        // a heap no other test asks for, so that no other engine can take this worker
        WorkerLimits limits = new WorkerLimits(1, Duration.ofSeconds(30), 384, 2L * 1024 * 1024 * 1024, null, false);
        int before = WorkerProcess.launches();
        WorkersAhead.start(limits);
        try (IsolatedMedia media = new IsolatedMedia(limits.withTimePerFile(Duration.ofSeconds(20)))) {
            assertThat(media.probe(clip).summary().width()).isEqualTo(GeneratedMedia.Spec.basic().width());
            assertThat(media.probe(clip).summary().durationMs()).isPositive();
        }
        assertThat(WorkerProcess.launches() - before).as("worker JVMs started").isEqualTo(1);
    }
}
