package io.reelbase.app.feature.library;

import io.reelbase.app.feature.conflict.ConflictTarget;
import io.reelbase.app.feature.conflict.ConflictViewModel;
import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSearch;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.offline.OfflineDesk;
import io.reelbase.core.offline.SyncClash;
import io.reelbase.core.offline.WorkingSetSync;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Working sets from the window: Take Offline (a collection, a saved search, the list on screen, or the selection),
 * Sync Now (clashes led through the conflict screen) and Return Working Set. The password for a set's server is
 * asked for when none is found, and never kept.
 */
public final class WorkingSetCommands {
    private final OfflineDesk desk;
    private final AssetSearch search;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ConflictViewModel conflicts;
    private final Consumer<String> notice;
    private final Runnable refresh;
    private final TakeOffline take;

    WorkingSetCommands(OfflineDesk desk, AssetSearch search, BackgroundTasks tasks, DialogService dialogs, ConflictViewModel conflicts,
                       Consumer<String> notice, Runnable refresh) {
        this.desk = desk;
        this.search = search;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.conflicts = conflicts;
        this.notice = notice;
        this.refresh = refresh;
        this.take = new TakeOffline(desk, tasks, dialogs, notice);
    }

    public boolean canTake() {
        return desk.canTake();
    }

    public boolean canSync() {
        return desk.canSync();
    }

    /** Takes offline every asset {@code filter} finds (a collection, a saved search, the list on screen). */
    public void takeList(AssetFilter filter, String suggestedName) {
        take.start(suggestedName, p -> search.all(filter, p).stream().map(Asset::id).toList());
    }

    /** Takes the selected assets offline. */
    public void takeSelection(List<UUID> ids) {
        List<UUID> chosen = List.copyOf(ids);
        take.start("Selection", p -> chosen);
    }

    /** Syncs the set with its server; clashes open in the conflict screen. */
    public void syncNow(LibrarySection set) {
        sync(set, null);
    }

    private void sync(LibrarySection set, char[] password) {
        tasks.submit("Syncing \u201c" + set.label() + "\u201d", p -> desk.sync(set.id(), password, WorkingSetSync.Resolve.ASK, p),
                r -> synced(set, r), e -> failed(set, e, pw -> sync(set, pw), "Not synced"));
    }

    private void synced(LibrarySection set, WorkingSetSync.Report r) {
        List<String> more = new java.util.ArrayList<>(r.notSynced());
        more.addAll(r.notes());
        notice.accept("\u201c" + set.label() + "\u201d: " + r.describe() + (more.isEmpty() ? "" : " " + String.join("; ", more) + "."));
        refresh.run();
        for (SyncClash clash : r.clashes()) {
            conflicts.open(List.of(clash.conflict()), target(clash));
        }
    }

    /** A sync's clash: the answer goes to the server, and the library shows what this computer then holds. */
    private ConflictTarget target(SyncClash clash) {
        return new ConflictTarget() {
            @Override
            public EditOutcome save(EditOutcome.Conflict c, AssetSnapshot answer) {
                return desk.resolve(new SyncClash(clash.workingSet(), clash.localVersion(), c), answer);
            }

            @Override
            public void resolved(Asset asset) {
                notice.accept("\u201c" + asset.title() + "\u201d: your answer is saved on the server (version " + asset.version()
                        + ") and on this computer.");
                refresh.run();
            }

            @Override
            public void skipped(EditOutcome.Conflict c) {
                refresh.run();
            }

            @Override
            public String skippedNote(EditOutcome.Conflict c) {
                return "\u201c" + c.mine().title() + "\u201d stays as it is on this computer; the next sync shows the clash again.";
            }
        };
    }

    /** Syncs one last time and removes the local copies; asks before discarding changes that are not on the server. */
    public void returnSet(LibrarySection set) {
        returnSet(set, null, false);
    }

    private void returnSet(LibrarySection set, char[] password, boolean discard) {
        tasks.submit("Returning \u201c" + set.label() + "\u201d", p -> desk.returnSet(set.id(), password, discard, p), r -> {
            notice.accept(String.format(Locale.ROOT, "Returned \u201c%s\u201d: its %,d local copies are removed%s%s.", set.label(), r.removed(),
                    r.discarded() > 0 ? " and " + r.discarded() + " change(s) made here were discarded, as asked" : "",
                    r.proxiesLeft().isEmpty() ? "" : "; these proxy files could not be deleted: " + String.join(", ", r.proxiesLeft())));
            refresh.run();
        }, e -> {
            if (e instanceof OfflineDesk.UnsyncedChanges u) {
                if (dialogs.confirm("Return Working Set", e.getMessage() + " Return \u201c" + set.label() + "\u201d anyway and discard those "
                        + u.count() + " change(s)?", "Discard and Return", "Keep the Set")) {
                    returnSet(set, password, true);
                }
                return;
            }
            failed(set, e, pw -> returnSet(set, pw, discard), "Not returned");
        });
    }

    /** A refused or failed step: asks for the password where one is needed, else says what happened. */
    private void failed(LibrarySection set, Throwable e, Consumer<char[]> again, String title) {
        if (e instanceof OfflineDesk.PasswordNeeded need) {
            dialogs.askPassword("Connect to the server of \u201c" + set.label() + "\u201d", (need.refusal() == null ? ""
                    : "The server refused that password. ") + "Password for " + need.server() + ":").ifPresent(again);
            return;
        }
        dialogs.showProblem(title, e);
        notice.accept("\u201c" + set.label() + "\u201d: " + title.toLowerCase(Locale.ROOT) + "; your work on this computer is untouched.");
    }
}
