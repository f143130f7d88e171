package io.reelbase.core.offline;

import io.reelbase.core.asset.AssetVersion;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The marks the offline sync leaves on the versions it writes, in the same transaction as the version, and how a
 * sync reads them back to learn what an earlier, stopped sync had already done (its journal on both sides):
 * <ul>
 *   <li>on the server, {@code ws:<set>:<P>}: this server version holds the laptop's changes up to its version P;</li>
 *   <li>on the laptop, {@code srv:<M>:<h>}: this local version, written on local version h, holds server version M's
 *       record.</li>
 * </ul>
 */
public final class SyncMarks {
    static final String PULLED = "srv:";

    private SyncMarks() {
    }

    static String pushedPrefix(UUID set) {
        return "ws:" + set + ":";
    }

    /** The server's mark for the laptop's changes up to {@code localVersion}. */
    static String pushed(UUID set, long localVersion) {
        return pushedPrefix(set) + localVersion;
    }

    /** The laptop's mark for server version {@code serverVersion}'s record, written on local version {@code writtenOn}. */
    static String pulled(long serverVersion, long writtenOn) {
        return PULLED + serverVersion + ":" + writtenOn;
    }

    /** Two versions known to agree: the server's {@code server} and the laptop's {@code local}. */
    record Pair(long server, long local) {
    }

    /**
     * The newest laptop version above {@code after} that holds a server record as it was pulled (written on the
     * version it names, not merged with an edit made meanwhile): the server and local versions it pairs.
     */
    static Optional<Pair> lastPulled(List<AssetVersion> marked, long after) {
        Pair best = null;
        for (AssetVersion v : marked) {
            String[] p = v.syncMark() == null ? new String[0] : v.syncMark().split(":");
            if (p.length == 3 && (p[0] + ":").equals(PULLED) && v.version() > after && v.baseVersion() != null
                    && v.baseVersion() == Long.parseLong(p[2]) && (best == null || v.version() > best.local())) {
                best = new Pair(Long.parseLong(p[1]), v.version());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The newest server version holding laptop changes up to a local version above {@code after}: the server version
     * and that local version.
     */
    static Optional<Pair> lastPushed(List<AssetVersion> marked, UUID set, long after) {
        Pair best = null;
        String prefix = pushedPrefix(set);
        for (AssetVersion v : marked) {
            if (v.syncMark() != null && v.syncMark().startsWith(prefix)) {
                long local = Long.parseLong(v.syncMark().substring(prefix.length()));
                if (local > after && (best == null || local > best.local())) {
                    best = new Pair(v.version(), local);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
