package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.SavedSearch;
import io.reelbase.core.asset.SavedSearchRepository;
import io.reelbase.core.collection.Collection;
import io.reelbase.core.collection.CollectionRepository;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What people do with collections and saved searches: create (from a selection too), rename, delete
 * (after asking), add and remove assets, save the search on screen. Each says what it did, or why not.
 */
public final class CollectionCommands {
    /** What the library does after a command: the sidebar (which leaves a deleted entry on screen) and the list follow. */
    interface Effects {
        void sidebarChanged();

        void listChanged();
    }

    private final CollectionRepository collections;
    private final SavedSearchRepository savedSearches;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> notice;
    private final Effects effects;

    CollectionCommands(CollectionRepository collections, SavedSearchRepository savedSearches, BackgroundTasks tasks,
                       DialogService dialogs, Consumer<String> notice, Effects effects) {
        this.collections = collections;
        this.savedSearches = savedSearches;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.notice = notice;
        this.effects = effects;
    }

    /** Asks for a name, then creates the collection with {@code members} (none: empty). */
    public void newCollection(List<AssetRow> members) {
        String question = members.isEmpty() ? "Name of the new collection:"
                : "Name of the new collection with the " + members.size() + " selected asset(s):";
        dialogs.askText("New collection", question, "").ifPresent(name -> create(name, members));
    }

    /** A new collection named {@code name}; with {@code members}, they are added to it at once. */
    public void create(String name, List<AssetRow> members) {
        List<UUID> ids = members == null ? List.of() : members.stream().map(AssetRow::id).toList();
        tasks.<Collection>submit("Creating the collection " + name, p -> {
            Collection c = collections.create(name, null, null);
            if (!ids.isEmpty()) {
                collections.add(c.id(), ids, null);
            }
            return c;
        }, c -> {
            notice.accept(ids.isEmpty() ? "Created the collection \u201c" + c.name() + "\u201d."
                    : String.format(Locale.ROOT, "Created the collection \u201c%s\u201d with %d asset%s.", c.name(), ids.size(),
                    ids.size() == 1 ? "" : "s"));
            effects.sidebarChanged();
        }, this::failed);
    }

    /** Asks for the new name, then renames. */
    public void rename(LibrarySection s) {
        dialogs.askText("Rename collection", "New name:", s.label()).ifPresent(name -> rename(s, name));
    }

    public void rename(LibrarySection s, String newName) {
        if (s.kind() != LibrarySection.Kind.COLLECTION) {
            return;
        }
        tasks.<Collection>submit("Renaming the collection " + s.label(), p -> collections.rename(s.id(), newName), c -> {
            notice.accept("Renamed \u201c" + s.label() + "\u201d to \u201c" + c.name() + "\u201d.");
            effects.sidebarChanged();
        }, this::failed);
    }

    /** Deletes a collection once the person confirms (its assets stay in the library). */
    public void delete(LibrarySection s) {
        if (s.kind() == LibrarySection.Kind.COLLECTION) {
            deleteAfterAsking(s, "Delete collection", "Delete the collection \u201c" + s.label() + "\u201d? Its assets stay in the library.",
                    () -> collections.delete(s.id()),
                    "Deleted the collection \u201c" + s.label() + "\u201d; its assets are still in the library.");
        }
    }

    /** Adds assets to a collection (those already in it are left where they are). */
    public void add(LibrarySection target, List<AssetRow> members) {
        if (target.kind() != LibrarySection.Kind.COLLECTION || members.isEmpty()) {
            return;
        }
        List<UUID> ids = members.stream().map(AssetRow::id).distinct().toList();
        tasks.<Integer>submit("Adding to " + target.label(), p -> collections.add(target.id(), ids, null), added -> {
            int already = ids.size() - added;
            notice.accept(String.format(Locale.ROOT, "Added %d asset%s to \u201c%s\u201d%s.", added, added == 1 ? "" : "s",
                    target.label(), already > 0 ? " (" + already + " already in it)" : ""));
            effects.sidebarChanged();
        }, this::failed);
    }

    /** Takes assets out of the collection {@code current} (they stay in the library). */
    public void remove(LibrarySection current, List<AssetRow> members) {
        if (current.kind() != LibrarySection.Kind.COLLECTION || members.isEmpty()) {
            return;
        }
        List<UUID> ids = members.stream().map(AssetRow::id).toList();
        tasks.<Integer>submit("Removing from " + current.label(), p -> collections.remove(current.id(), ids), removed -> {
            notice.accept(String.format(Locale.ROOT, "Removed %d asset%s from \u201c%s\u201d.", removed, removed == 1 ? "" : "s",
                    current.label()));
            effects.listChanged();
        }, this::failed);
    }

    /** Asks for a name, then saves {@code filter} under it in the sidebar. */
    public void saveSearch(AssetFilter filter, String suggestedName) {
        dialogs.askText("Save search", "Name for this search in the sidebar:", suggestedName)
                .ifPresent(name -> saveSearchAs(filter, name));
    }

    public void saveSearchAs(AssetFilter filter, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            notice.accept("A saved search needs a name.");
            return;
        }
        tasks.<SavedSearch>submit("Saving the search " + label, p -> savedSearches.save(label, filter), saved -> {
            notice.accept("Saved \u201c" + saved.name() + "\u201d in the sidebar.");
            effects.sidebarChanged();
        }, this::failed);
    }

    /** Deletes a saved search once the person confirms. */
    public void deleteSavedSearch(LibrarySection s) {
        if (s.kind() == LibrarySection.Kind.SAVED_SEARCH) {
            deleteAfterAsking(s, "Delete saved search", "Delete the saved search \u201c" + s.label() + "\u201d? No asset is touched.",
                    () -> savedSearches.delete(s.id()), "Deleted the saved search \u201c" + s.label() + "\u201d.");
        }
    }

    private void deleteAfterAsking(LibrarySection s, String title, String question, Runnable delete, String done) {
        if (!dialogs.confirm(title, question, "Delete", "Keep")) {
            return;
        }
        tasks.<Void>submit(title.replace("Delete", "Deleting the") + " " + s.label(), p -> {
            delete.run();
            return null;
        }, ok -> {
            notice.accept(done);
            effects.sidebarChanged();
        }, this::failed);
    }

    private void failed(Throwable error) {
        notice.accept(Problems.describe(error));
    }
}
