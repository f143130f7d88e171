package io.reelbase.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.workflow.Capability;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {
    @Test
    void heavyStepsLeaveOneRunnerForLightOnes() {
        assertThat(WorkerPool.heavyStepLimits(4).get(Capability.PROXY).availablePermits()).isEqualTo(3);
        assertThat(WorkerPool.heavyStepLimits(4).get(Capability.FILMSTRIP).availablePermits()).isEqualTo(3);
        assertThat(WorkerPool.heavyStepLimits(1).get(Capability.PROXY).availablePermits()).as("a single runner still makes proxies").isEqualTo(1);
        assertThat(WorkerPool.heavyStepLimits(2)).doesNotContainKey(Capability.THUMBNAIL);
    }

    @Test
    void aProxyAndAFilmstripTogetherStillLeaveARunnerForThumbnails() {
        var limits = WorkerPool.heavyStepLimits(2);
        assertThat(limits.get(Capability.PROXY).tryAcquire()).as("one runner makes a proxy").isTrue();
        assertThat(limits.get(Capability.FILMSTRIP).tryAcquire()).as("the other may not start a filmstrip").isFalse();
    }
}
