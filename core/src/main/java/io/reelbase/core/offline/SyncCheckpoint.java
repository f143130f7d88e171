package io.reelbase.core.offline;

import java.util.UUID;

/**
 * Where a sync has got to, told after each step has been written: "sent" (the server holds the change), "created"
 * (a new asset is on the server), "received" (the laptop holds the server's record), "recorded" (the bases moved
 * on). The command line can stop the process at one of them ({@code reelbase.sync.pauseAt}) so that tests kill a
 * sync at exactly that moment.
 */
@FunctionalInterface
public interface SyncCheckpoint {
    SyncCheckpoint NONE = (step, asset) -> { };

    void reached(String step, UUID asset);
}
