package io.reelbase.core.offline;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.edit.EditOutcome;
import java.util.List;
import java.util.UUID;

/**
 * What the window does with working sets: take assets from the team's server it is connected to into this computer's
 * catalogue; and, in a window on this computer's catalogue, sync a set with its server, resolve its clashes, return it.
 */
public interface OfflineDesk {

    /** True when this window is on a team's server and this computer has a catalogue to take assets into. */
    boolean canTake();

    /** True when this window is on this computer's own catalogue (where working sets live). */
    boolean canSync();

    /** The proxies a take would copy: how many files this computer can read, their total, the room it has, and those it cannot read. */
    record ProxyPlan(int files, long bytes, long free, List<String> unreachable) {
        public ProxyPlan {
            unreachable = List.copyOf(unreachable);
        }

        public boolean fits() {
            return bytes <= free;
        }
    }

    /** The proxies a take copied, and those it did not (with why); {@code diskFull}: it stopped there. */
    record ProxiesCopied(int copied, long bytes, List<String> notCopied, boolean diskFull, boolean cancelled) {
        public static final ProxiesCopied NONE = new ProxiesCopied(0, 0, List.of(), false, false);

        public ProxiesCopied {
            notCopied = List.copyOf(notCopied);
        }
    }

    /** What a take did. */
    record Taken(String set, int assets, long versions, long derivatives, long derivativeBytes, List<UUID> missing, boolean cancelled,
                 ProxiesCopied proxies) {
    }

    /** The proxies of {@code ids} on the team's server, before a take: their total and this computer's free space. */
    ProxyPlan proxies(List<UUID> ids);

    /**
     * Copies {@code ids} into a new working set named {@code name} on this computer (newest {@code history} versions;
     * null: all), and their proxies when {@code withProxies}.
     */
    Taken take(String name, List<UUID> ids, Integer history, boolean withProxies, Progress progress);

    /**
     * Syncs the set with its server, logging in as the set's user with {@code password} (null: the one from
     * REELBASE_DB_PASSWORD or ~/.pgpass; none there: {@link PasswordNeeded}).
     */
    WorkingSetSync.Report sync(UUID set, char[] password, WorkingSetSync.Resolve resolve, Progress progress);

    /** Saves the person's answer to a clash of the last sync on the server and brings the result here. */
    EditOutcome resolve(SyncClash clash, AssetSnapshot answer);

    /** What a return did; {@code proxiesLeft}: proxy files on this computer that could not be deleted (with why). */
    record Returned(int removed, int discarded, List<String> proxiesLeft) {
        public Returned {
            proxiesLeft = List.copyOf(proxiesLeft);
        }
    }

    /**
     * Syncs one last time, then removes the set's local copies; refused (with the count, {@link UnsyncedChanges})
     * while changes made here are not on the server, unless {@code discard}.
     */
    Returned returnSet(UUID set, char[] password, boolean discard, Progress progress);

    /** No password for the set's server was found, or the one the person typed was refused; ask (again). */
    final class PasswordNeeded extends RuntimeException {
        private final String server;
        private final io.reelbase.core.ReelbaseException refusal;

        /** @param refusal the server's refusal of the password given, or null when none was given */
        public PasswordNeeded(String server, io.reelbase.core.ReelbaseException refusal) {
            super(refusal != null ? refusal.getMessage() : "A password is needed for " + server + ".", refusal);
            this.server = server;
            this.refusal = refusal;
        }

        public String server() {
            return server;
        }

        /** The server's refusal of the password the person gave, or null when none was given. */
        public io.reelbase.core.ReelbaseException refusal() {
            return refusal;
        }
    }

    /** A return refused: {@code count} assets changed here are not on the server. */
    final class UnsyncedChanges extends RuntimeException {
        private final int count;

        public UnsyncedChanges(int count, String why) {
            super(count + " asset(s) changed here are not on the server" + (why == null ? "" : ": " + why) + ".");
            this.count = count;
        }

        public int count() {
            return count;
        }
    }
}
