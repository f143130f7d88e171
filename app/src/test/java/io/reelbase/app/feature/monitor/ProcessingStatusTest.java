package io.reelbase.app.feature.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.ui.ManualTasks;
import io.reelbase.core.job.JobMonitor;
import io.reelbase.core.job.JobStatus;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessingStatusTest {
    @Test
    void theLineSaysWhatIsQueuedRunningAndFailed() {
        assertThat(ProcessingStatus.describe(Map.of(), false)).isEqualTo("Processing: idle");
        assertThat(ProcessingStatus.describe(Map.of(JobStatus.QUEUED, 2L, JobStatus.RETRYING, 1L, JobStatus.PROCESSING, 1L,
                JobStatus.FAILED, 4L, JobStatus.COMPLETED, 90L), true))
                .isEqualTo("Processing: 3 queued \u00B7 1 running \u00B7 4 failed (paused)");
    }

    @Test
    void manyNotificationsAskTheQueueOnceMoreNotOnceEach() {
        List<Map<JobStatus, Long>> answers = new ArrayList<>(List.of(Map.of(JobStatus.QUEUED, 5L), Map.of(JobStatus.QUEUED, 1L)));
        JobMonitor monitor = (JobMonitor) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobMonitor.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("countByStatus")) {
                        return answers.remove(0);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        ManualTasks tasks = new ManualTasks();
        ProcessingStatus status = new ProcessingStatus(monitor, Optional.empty(), tasks);
        status.refresh();
        status.refresh();
        status.refresh();
        assertThat(tasks.pending()).hasSize(1);
        tasks.finishAll();
        assertThat(answers).as("two queries for three notifications").isEmpty();
        assertThat(status.summaryProperty().get()).isEqualTo("Processing: 1 queued");
        assertThat(status.hasWorkers()).isFalse();
    }
}
