package io.reelbase.core.job;

import java.util.List;
import java.util.UUID;

/** What people do to jobs: put failed ones back in the queue, cancel unfinished ones. */
public interface JobCommands {

    /**
     * Puts FAILED or CANCELLED jobs back in the queue, to resume at the step that failed; returns the assets
     * of the jobs that were put back (see {@link JobControl}, which also moves the assets' status).
     */
    List<UUID> retry(List<UUID> jobIds, String actor);

    /** Cancels jobs that have not finished; a running one stops at its next step. Returns how many. */
    int cancel(List<UUID> jobIds, String actor);
}
