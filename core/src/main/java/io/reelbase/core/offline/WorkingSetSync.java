package io.reelbase.core.offline;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetHistory;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.merge.ClashAnswer;
import io.reelbase.core.merge.ConflictResolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Syncs a working set asset by asset, through the edit pipeline on both sides: a change made only here is
 * saved on the server (a SYNC version, merged with the server's newer version where there is one); a change
 * made only there comes here as a local SYNC version; clashes are left for the person (or answered mine /
 * theirs for all). Each asset ends with both sides holding the same record and its bases moved up.
 * Running it again after it stopped anywhere ends as one clean run would: a change already on the server
 * merges with itself and writes nothing, so no change is applied twice and no version is doubled.
 */
public final class WorkingSetSync {
    /** What to do with a clash: leave it for the conflict screen, or keep this side's or the server's value. */
    public enum Resolve { ASK, MINE, THEIRS }

    /** One side of the sync: the catalogue, its history and its edit pipeline. */
    public record Side(AssetCatalogue catalogue, AssetHistory history, AssetEdits edits) {
    }

    /** What a run did. */
    public record Report(int pushed, int pulled, int unchanged, List<EditOutcome.Conflict> conflicts, List<String> notSynced,
                         boolean cancelled) {
        public String describe() {
            return "Sent " + pushed + ", received " + pulled + ", unchanged " + unchanged
                    + (conflicts.isEmpty() ? "" : "; " + conflicts.size() + " with clashes to resolve")
                    + (notSynced.isEmpty() ? "" : "; " + notSynced.size() + " not synced") + (cancelled ? " (cancelled)" : "") + ".";
        }
    }

    private final Side server;
    private final Side local;
    private final WorkingSetStore store;

    public WorkingSetSync(Side server, Side local, WorkingSetStore store) {
        this.server = server;
        this.local = local;
        this.store = store;
    }

    public Report sync(UUID set, Resolve resolve, String actor, Progress progress) {
        List<OfflineAsset> members = store.members(set);
        int pushed = 0;
        int pulled = 0;
        int unchanged = 0;
        List<EditOutcome.Conflict> conflicts = new ArrayList<>();
        List<String> notSynced = new ArrayList<>();
        int done = 0;
        for (OfflineAsset m : members) {
            if (progress.isCancelled()) {
                return new Report(pushed, pulled, unchanged, conflicts, notSynced, true);
            }
            progress.update(done++ / (double) members.size(), done + " of " + members.size());
            Optional<Asset> here = local.catalogue().find(m.assetId());
            Optional<Asset> there = server.catalogue().find(m.assetId());
            if (here.isEmpty()) {
                notSynced.add(m.assetId() + ": removed from this computer");
                continue;
            }
            if (there.isEmpty() || there.get().status() == AssetStatus.DELETED || there.get().status() == AssetStatus.ARCHIVED) {
                OfflineAsset.ServerState state = there.isEmpty() || there.get().status() == AssetStatus.DELETED
                        ? OfflineAsset.ServerState.DELETED : OfflineAsset.ServerState.ARCHIVED;
                store.serverState(set, m.assetId(), state);
                notSynced.add("\u201c" + here.get().title() + "\u201d: " + state.name().toLowerCase(java.util.Locale.ROOT)
                        + " on the server; kept here as it is");
                continue;
            }
            boolean changedHere = here.get().version() > m.localBaseVersion();
            boolean changedThere = there.get().version() > m.baseVersion();
            if (!changedHere && !changedThere) {
                unchanged++;
                continue;
            }
            Asset result = there.get();
            if (changedHere) {
                EditOutcome out = push(m, here.get(), resolve, actor);
                if (out instanceof EditOutcome.Conflict c) {
                    conflicts.add(c);
                    continue;
                }
                result = out.asset();
                pushed++;
            } else {
                pulled++;
            }
            // Someone editing here at this very moment: the bases stay, and the next sync sends that edit too.
            long serverVersion = result.version();
            pull(here.get(), result, actor).ifPresent(now -> store.synced(set, m.assetId(), serverVersion, now.version()));
        }
        store.syncFinished(set);
        return new Report(pushed, pulled, unchanged, conflicts, notSynced, false);
    }

    /** This computer's changes since the base, saved on the server (merged with its newer version where needed). */
    private EditOutcome push(OfflineAsset m, Asset here, Resolve resolve, String actor) {
        AssetSnapshot base = local.history().version(here.id(), m.localBaseVersion()).orElseThrow(() -> new IllegalStateException(
                "Version " + m.localBaseVersion() + " of \u201c" + here.title() + "\u201d is missing here; take the asset offline again."))
                .snapshot();
        AssetChanges mine = base.changesTo(AssetSnapshot.of(here));
        EditOutcome out = server.edits().save(new AssetEdit(here.id(), m.baseVersion(), mine, VersionOrigin.SYNC, null), actor);
        if (out instanceof EditOutcome.Conflict c && resolve != Resolve.ASK) {
            List<ClashAnswer> answers = c.merge().clashes().stream()
                    .map(x -> resolve == Resolve.MINE ? ClashAnswer.mine(x) : ClashAnswer.theirs(x)).toList();
            return server.edits().resolve(here.id(), c.asset().version(), ConflictResolution.apply(c.merge(), answers), actor);
        }
        return out;
    }

    /**
     * The server's record brought here as a local SYNC version (none when this computer already holds it); empty
     * when a local edit made meanwhile had to be merged in (this computer then holds more than the server).
     */
    private Optional<Asset> pull(Asset here, Asset there, String actor) {
        AssetChanges down = AssetSnapshot.of(here).changesTo(AssetSnapshot.of(there));
        if (down.isEmpty()) {
            return Optional.of(here);
        }
        EditOutcome out = local.edits().save(new AssetEdit(here.id(), here.version(), down, VersionOrigin.SYNC,
                "Synced with version " + there.version() + " on the server"), actor);
        return out instanceof EditOutcome.Saved ? Optional.of(out.asset()) : Optional.empty();
    }
}
