package io.reelbase.core.offline;

import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetHistory;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.merge.ClashAnswer;
import io.reelbase.core.merge.ConflictResolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Syncs a working set asset by asset, through the edit pipeline on both sides: a change made only here is
 * saved on the server (a SYNC version, merged with the server's newer version where there is one); a change
 * made only there comes here as a local SYNC version; clashes are left for the person (or answered mine /
 * theirs for all); an asset made here is created on the server with its id. Each asset ends with both sides
 * holding the same record and its bases moved up.
 *
 * <p>Every version the sync writes carries its mark ({@link SyncMarks}), in the same transaction: a sync stopped at
 * any moment and run again first reads the marks on both sides, so it knows which changes the server already holds
 * and which server records this computer already holds, and carries on from there — no change applied twice, no
 * version doubled, nothing lost.
 */
public final class WorkingSetSync {
    /** What to do with a clash: leave it for the conflict screen, or keep this side's or the server's value. */
    public enum Resolve { ASK, MINE, THEIRS }

    /** One side of the sync: the catalogue, its history and its edit pipeline. */
    public record Side(AssetCatalogue catalogue, AssetHistory history, AssetEdits edits) {
    }

    /** What a run did. */
    public record Report(int pushed, int pulled, int created, int unchanged, List<SyncClash> clashes, List<String> notSynced,
                         List<String> notes, boolean resumed, boolean cancelled) {
        public Report {
            clashes = List.copyOf(clashes);
            notSynced = List.copyOf(notSynced);
            notes = List.copyOf(notes);
        }

        public String describe() {
            return (resumed ? "Carried on from a sync that had stopped. " : "") + "Sent " + pushed + ", received " + pulled
                    + (created == 0 ? "" : ", created on the server " + created) + ", unchanged " + unchanged
                    + (clashes.isEmpty() ? "" : "; " + clashes.size() + " with clashes to resolve")
                    + (notSynced.isEmpty() ? "" : "; " + notSynced.size() + " not synced") + (cancelled ? " (cancelled)" : "") + ".";
        }
    }

    private final Side server;
    private final Side local;
    private final WorkingSetStore store;
    private final AssetUpload upload;
    private final SyncCheckpoint checkpoint;

    public WorkingSetSync(Side server, Side local, WorkingSetStore store, AssetUpload upload, SyncCheckpoint checkpoint) {
        this.server = server;
        this.local = local;
        this.store = store;
        this.upload = upload;
        this.checkpoint = checkpoint;
    }

    /** Running counts of one sync. */
    private static final class Tally {
        int pushed;
        int pulled;
        int created;
        int unchanged;
        final List<SyncClash> clashes = new ArrayList<>();
        final List<String> notSynced = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Report report(boolean resumed, boolean cancelled) {
            return new Report(pushed, pulled, created, unchanged, clashes, notSynced, notes, resumed, cancelled);
        }
    }

    public Report sync(UUID set, Resolve resolve, String actor, Progress progress) {
        List<OfflineAsset> members = store.members(set);
        WorkingSetStore.SyncRun run = store.startRun(set);
        List<UUID> ids = members.stream().map(OfflineAsset::assetId).toList();
        Map<UUID, List<AssetVersion>> pulledMarks = byAsset(local.history().syncMarked(ids, SyncMarks.PULLED));
        Map<UUID, List<AssetVersion>> pushedMarks = byAsset(server.history().syncMarked(
                members.stream().filter(m -> !m.isNew()).map(OfflineAsset::assetId).toList(), SyncMarks.pushedPrefix(set)));
        Tally t = new Tally();
        int done = 0;
        for (OfflineAsset m : members) {
            if (progress.isCancelled()) {
                return t.report(run.resumed(), true);
            }
            progress.update(done++ / (double) members.size(), done + " of " + members.size());
            syncOne(set, m, pulledMarks.getOrDefault(m.assetId(), List.of()), pushedMarks.getOrDefault(m.assetId(), List.of()),
                    resolve, actor, t);
        }
        Report r = t.report(run.resumed(), false);
        store.finishRun(run, r);
        return r;
    }

    private static Map<UUID, List<AssetVersion>> byAsset(List<AssetVersion> versions) {
        return versions.stream().collect(Collectors.groupingBy(AssetVersion::assetId));
    }

    private void syncOne(UUID set, OfflineAsset m, List<AssetVersion> pulled, List<AssetVersion> pushed, Resolve resolve,
                         String actor, Tally t) {
        Optional<Asset> found = local.catalogue().find(m.assetId());
        if (found.isEmpty()) {
            t.notSynced.add(m.assetId() + ": removed from this computer");
            return;
        }
        Asset here = found.get();
        OfflineAsset stored = m;
        Optional<Asset> there = server.catalogue().find(m.assetId());
        if (m.isNew()) {
            Optional<SyncMarks.Pair> made = there.flatMap(a -> uploadedAt(here));
            if (there.isEmpty()) {
                create(set, here, actor, t);
                return;
            }
            if (made.isEmpty()) {
                t.notSynced.add(quoted(here) + ": the server has a different asset with the same id; left as it is");
                return;
            }
            m = new OfflineAsset(m.assetId(), made.get().server(), made.get().local(), m.serverState());
        }
        if (goneFromServer(set, here, there, t)) {
            return;
        }
        // What earlier syncs (perhaps stopped half-way) already did, read off the marks they left on both sides.
        long base = m.baseVersion();
        long localBase = m.localBaseVersion();
        Optional<SyncMarks.Pair> lastPull = SyncMarks.lastPulled(pulled, localBase);
        if (lastPull.isPresent()) {
            base = lastPull.get().server();
            localBase = lastPull.get().local();
        }
        Optional<SyncMarks.Pair> lastPush = SyncMarks.lastPushed(pushed, set, localBase);
        if (lastPush.isPresent()) {
            base = lastPush.get().server();
            localBase = lastPush.get().local();
        }
        boolean changedHere = here.version() > localBase;
        if (!changedHere && lastPush.isEmpty() && there.get().version() == base) {
            t.unchanged++;
            if (!Long.valueOf(base).equals(stored.baseVersion()) || localBase != stored.localBaseVersion()) {
                record(set, here.id(), base, localBase);
            }
            return;
        }
        Asset result = there.get();
        if (changedHere) {
            EditOutcome out = push(set, here, base, localBase, resolve, actor);
            if (out instanceof EditOutcome.Conflict c) {
                t.clashes.add(new SyncClash(set, here.version(), c));
                return;
            }
            result = out.asset();
            t.pushed++;
            checkpoint.reached("sent", here.id());
        } else if (result.version() != base || !AssetSnapshot.of(here).equals(AssetSnapshot.of(result))) {
            t.pulled++;
        } else {
            t.unchanged++;
        }
        pull(set, here, result, actor);
    }

    /** Archived, deleted or no longer there: kept here as it is, and said so; never written back. */
    private boolean goneFromServer(UUID set, Asset here, Optional<Asset> there, Tally t) {
        OfflineAsset.ServerState state = there.isEmpty() ? OfflineAsset.ServerState.MISSING
                : there.get().status() == AssetStatus.DELETED ? OfflineAsset.ServerState.DELETED
                : there.get().status() == AssetStatus.ARCHIVED ? OfflineAsset.ServerState.ARCHIVED : null;
        if (state == null) {
            return false;
        }
        store.serverState(set, here.id(), state);
        t.notSynced.add(quoted(here) + ": " + (state == OfflineAsset.ServerState.MISSING ? "no longer on the server"
                : state.name().toLowerCase(Locale.ROOT) + " on the server") + "; kept here as it is");
        return true;
    }

    private void create(UUID set, Asset here, String actor, Tally t) {
        AssetUpload.Created made;
        try {
            made = upload.create(here.id(), actor);
        } catch (ReelbaseException e) {
            t.notSynced.add(quoted(here) + ": not created on the server: " + e.getMessage());
            return;
        }
        checkpoint.reached("created", here.id());
        t.created++;
        if (made.note() != null) t.notes.add(quoted(here) + ": " + made.note());
        record(set, here.id(), made.server().version(), made.localVersion());
    }

    /** For an asset made here: the version the server holds of it as it was uploaded (the same version id on both sides). */
    private Optional<SyncMarks.Pair> uploadedAt(Asset here) {
        List<AssetVersion> mine = local.history().versions(here.id());
        for (int i = mine.size() - 1; i >= 0; i--) {
            AssetVersion v = mine.get(i);
            Optional<AssetVersion> theirs = server.history().version(here.id(), v.version());
            if (theirs.isPresent() && theirs.get().versionId().equals(v.versionId())) {
                return Optional.of(new SyncMarks.Pair(v.version(), v.version()));
            }
        }
        return Optional.empty();
    }

    /** This computer's changes since {@code localBase}, saved on the server on {@code base} (merged where needed). */
    private EditOutcome push(UUID set, Asset here, long base, long localBase, Resolve resolve, String actor) {
        AssetSnapshot from = local.history().version(here.id(), localBase).orElseThrow(() -> new IllegalStateException(
                "Version " + localBase + " of " + quoted(here) + " is missing here; take the asset offline again.")).snapshot();
        AssetChanges mine = from.changesTo(AssetSnapshot.of(here));
        String mark = SyncMarks.pushed(set, here.version());
        EditOutcome out = server.edits().save(new AssetEdit(here.id(), base, mine, VersionOrigin.SYNC, null, mark), actor);
        if (out instanceof EditOutcome.Conflict c && resolve != Resolve.ASK) {
            List<ClashAnswer> answers = c.merge().clashes().stream()
                    .map(x -> resolve == Resolve.MINE ? ClashAnswer.mine(x) : ClashAnswer.theirs(x)).toList();
            return server.edits().resolve(here.id(), c.asset().version(), ConflictResolution.apply(c.merge(), answers), mark, actor);
        }
        return out;
    }

    /**
     * Saves what the person made of a clash on the server (marked like any push), then brings the server's record
     * here; a new clash (the server changed again meanwhile) comes back for the person.
     */
    public EditOutcome resolve(SyncClash clash, AssetSnapshot answer, String actor) {
        EditOutcome.Conflict c = clash.conflict();
        EditOutcome out = server.edits().resolve(c.asset().id(), c.asset().version(), answer,
                SyncMarks.pushed(clash.workingSet(), clash.localVersion()), actor);
        if (out instanceof EditOutcome.Conflict) {
            return out;
        }
        checkpoint.reached("sent", c.asset().id());
        Asset here = local.catalogue().find(c.asset().id()).orElseThrow(() -> new IllegalStateException(
                "\u201c" + c.mine().title() + "\u201d is no longer on this computer."));
        pull(clash.workingSet(), here, out.asset(), actor);
        return out;
    }

    /**
     * The server's record brought here as a local SYNC version (none when this computer already holds it), then the
     * bases moved up. A local edit saved meanwhile is merged in and the bases stay: the next sync sends that edit.
     */
    private void pull(UUID set, Asset here, Asset there, String actor) {
        AssetChanges down = AssetSnapshot.of(here).changesTo(AssetSnapshot.of(there));
        if (down.isEmpty()) {
            record(set, here.id(), there.version(), here.version());
            return;
        }
        EditOutcome out = local.edits().save(new AssetEdit(here.id(), here.version(), down, VersionOrigin.SYNC,
                "Synced with version " + there.version() + " on the server", SyncMarks.pulled(there.version(), here.version())), actor);
        checkpoint.reached("received", here.id());
        if (out instanceof EditOutcome.Saved s) {
            record(set, here.id(), there.version(), s.asset().version());
        }
    }

    private void record(UUID set, UUID asset, long serverVersion, long localVersion) {
        store.synced(set, asset, serverVersion, localVersion);
        checkpoint.reached("recorded", asset);
    }

    private static String quoted(Asset a) {
        return "\u201c" + a.title() + "\u201d";
    }
}
