package io.reelbase.media.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short command's worker starts on the quick compiler; one that decodes file after file compiles fully. */
class WorkerLimitsTest {
    @Test
    void shortCommandsStopAtTheQuickCompiler() {
        assertThat(WorkerLimits.defaults().compilerOptions()).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(WorkerLimits.defaults().withWorkers(3).compilerOptions()).containsExactly("-XX:TieredStopAtLevel=1");
    }

    @Test
    void longRunsCompileFullyAndKeepTheOtherLimits() {
        WorkerLimits limits = WorkerLimits.defaults().withWorkers(2).forLongRuns();
        assertThat(limits.compilerOptions()).isEmpty();
        assertThat(limits.workers()).isEqualTo(2);
        assertThat(limits.withWorkers(4).longRuns()).as("kept by the other withers").isTrue();
        assertThat(limits.heapMegabytes()).isEqualTo(WorkerLimits.defaults().heapMegabytes());
    }
}
