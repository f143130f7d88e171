package io.reelbase.persistence.queue;

import io.reelbase.core.job.Job;
import io.reelbase.core.workflow.Capability;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Heavy steps (proxies, filmstrips) wait for a runner free for them without holding up light ones: a runner that
 * reaches a heavy step when none is free gives the job back as it is, and runners with no heavy step free pass over
 * jobs whose next step is heavy. So the thumbnails of a folder of clips come at the speed of the pictures and the
 * proxies follow.
 */
final class JobHandBack {
    private JobHandBack() {
    }

    /**
     * A condition on {@code processing_job} rows: the job's next step (the first of its capabilities not completed)
     * is none of {@code passOver}; empty when nothing is passed over. For a prepared statement ({@code ??}).
     */
    static String passingOver(Set<Capability> passOver) {
        if (passOver.isEmpty()) {
            return "";
        }
        String names = passOver.stream().map(c -> "'" + c.name() + "'").sorted().collect(Collectors.joining(", "));
        return " and coalesce((select s.step from jsonb_array_elements_text(capabilities) with ordinality s(step, n)"
                + " where not capabilities_completed ?? s.step order by s.n limit 1), '') not in (" + names + ")";
    }

    /**
     * The job back in the queue, ready at once: its completed steps kept, this attempt not counted, the wait
     * recorded in its history. Empty when the job is no longer this worker's.
     */
    static Optional<Job> handBack(Connection c, UUID jobId, String worker, Capability waitingFor) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update processing_job set status = 'QUEUED', locked_by = null,"
                + " lease_expires_at = null, current_capability = null, attempts = greatest(attempts - 1, 0), run_after = now()"
                + " where id = ? and locked_by = ? and status = 'PROCESSING' returning " + JobRows.COLUMNS)) {
            st.setObject(1, jobId);
            st.setString(2, worker);
            Optional<Job> job = JobRows.single(st);
            if (job.isPresent()) {
                JobEventLog.event(c, jobId, waitingFor.name(), "PROGRESS", job.get().progress(), null,
                        "waits for a worker free for " + waitingFor.name().toLowerCase(java.util.Locale.ROOT)
                                + " (the next files' light steps go first)", null, worker);
                JobEventLog.notifyChange(c, job.get());
            }
            return job;
        }
    }
}
