package io.reelbase.core.edit;

import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Saves of one asset from this process take turns (a fair lock per stripe of asset ids), so many writers in one
 * client never starve each other by racing; writers in other processes are still kept apart by the version
 * check, and a lost race merges again. The lock is held only while the current version is read, merged and
 * written.
 */
final class AssetTurns {
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    AssetTurns() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    <T> T inTurn(UUID asset, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(asset.hashCode(), stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
