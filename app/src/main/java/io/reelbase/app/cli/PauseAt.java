package io.reelbase.app.cli;

import io.reelbase.core.offline.SyncCheckpoint;
import java.util.function.Consumer;
import java.util.UUID;

/**
 * A sync checkpoint that stops the process at the N-th time a step is reached ({@code -Dreelbase.sync.pauseAt=STEP:N}):
 * it says so on standard output and waits there, so that a test can kill the sync at exactly that moment.
 * Without the property it does nothing.
 */
final class PauseAt implements SyncCheckpoint {
    static final String PROPERTY = "reelbase.sync.pauseAt";
    private final String step;
    private final int at;
    private final Consumer<String> out;
    private int seen;

    private PauseAt(String step, int at, Consumer<String> out) {
        this.step = step;
        this.at = at;
        this.out = out;
    }

    static SyncCheckpoint fromSystem(Consumer<String> out) {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return NONE;
        }
        String[] p = v.split(":");
        return new PauseAt(p[0], p.length > 1 ? Integer.parseInt(p[1]) : 1, out);
    }

    @Override
    public void reached(String reached, UUID asset) {
        if (!reached.equals(step) || ++seen < at) {
            return;
        }
        out.accept("paused at " + step + " " + seen + " (" + asset + ")");
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
