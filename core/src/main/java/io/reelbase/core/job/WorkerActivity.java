package io.reelbase.core.job;

import java.time.Instant;

/** A worker seen through the jobs it holds: its name, last heartbeat and current job. */
public record WorkerActivity(String name, Instant lastHeartbeat, int runningJobs, String currentAsset) {
}
