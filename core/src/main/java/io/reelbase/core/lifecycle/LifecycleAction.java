package io.reelbase.core.lifecycle;

/** What a lifecycle run does to an asset. PURGE removes what a DELETE marked, once the grace period is over. */
public enum LifecycleAction {
    MOVE("move"), ARCHIVE("archive"), DELETE("delete"), PURGE("purge");

    private final String verb;

    LifecycleAction(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }
}
