package io.reelbase.app.cli;

import io.reelbase.core.Progress;
import io.reelbase.core.ingest.Ingest;
import io.reelbase.core.ingest.IngestReport;
import io.reelbase.core.ingest.IngestSource;
import io.reelbase.core.ingest.LoggingLevel;
import io.reelbase.core.ingest.WatchFolders;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.media.worker.IsolatedMedia;
import io.reelbase.media.worker.WorkerLimits;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.hibernate.Repositories;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase sources}: watch folders. */
@Command(name = "sources", description = "Watch folders: files that appear in them are ingested on schedule "
        + "(by the desktop app while it runs, or by 'reelbase sources sync').",
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListAll.class, SourcesCommand.Sync.class, SourcesCommand.Remove.class})
final class SourcesCommand {
    @ParentCommand
    ReelbaseCommand root;

    static IngestSource named(Repositories c, String name) {
        return c.ingestSources().all().stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no watch folder named '" + name
                        + "' ('reelbase sources list' shows them)."));
    }

    @Command(name = "add", description = "Add a watch folder.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        SourcesCommand sources;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FOLDER")
        Path folder;

        @Option(names = "--interval", defaultValue = "15", paramLabel = "MINUTES", description = "How often it is looked at (default ${DEFAULT-VALUE}).")
        int interval;

        @Option(names = "--workflow", paramLabel = "NAME", description = "The workflow for its files (default: routing decides).")
        String workflow;

        @Option(names = "--copy-to", paramLabel = "ROOT", description = "Also keep a checked copy of each original it brings in, in this"
                + " storage root (the originals stay referenced where they are).")
        String copyTo;

        @Override
        public Integer call() {
            try (Database db = Database.open(sources.root.settings())) {
                java.util.UUID root = copyTo == null ? null : db.storageRoots().named(copyTo).map(io.reelbase.core.storage.StorageRoot::id)
                        .orElseThrow(() -> new IllegalArgumentException("There is no storage root named \u201c" + copyTo
                                + "\u201d; 'reelbase storage list' shows them."));
                Repositories c = db.repositories();
                java.util.UUID wf = workflow == null ? null : c.workflows().findByName(workflow)
                        .map(Workflow::id).orElseThrow(() -> new IllegalArgumentException("There is no workflow named '"
                                + workflow + "'; 'reelbase sources list' shows the folders, the workflows are Default, Stills, Audio and yours."));
                IngestSource saved = c.ingestSources().save(new IngestSource(null, name, folder.toAbsolutePath().normalize().toString(),
                        true, interval, LoggingLevel.INFO, true, null, null, null, wf, root));
                sources.root.printer().line("Watching %s as '%s' every %d min%s.", saved.path(), saved.name(), saved.syncIntervalMinutes(),
                        copyTo == null ? "" : "; a checked copy of each original goes to the storage root \u201c" + copyTo + "\u201d");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the watch folders and their last sync.")
    static final class ListAll implements Callable<Integer> {
        @ParentCommand
        SourcesCommand sources;

        @Override
        public Integer call() {
            try (Database db = Database.open(sources.root.settings())) {
                for (IngestSource s : db.repositories().ingestSources().all()) {
                    sources.root.printer().line("%-20s %s  every %d min%s  last sync: %s", s.name(), s.path(), s.syncIntervalMinutes(),
                            s.enabled() ? "" : " (disabled)", s.lastSyncAt() == null ? "never"
                                    : s.lastSyncAt() + " " + s.lastSyncStatus() + " (" + s.lastSyncMessage() + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "sync", description = "Ingest what is new in the watch folders now (all due ones, or the one named).")
    static final class Sync implements Callable<Integer> {
        @ParentCommand
        SourcesCommand sources;

        @Parameters(arity = "0..1", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Database db = Database.open(sources.root.settings()); IsolatedMedia media = new IsolatedMedia(WorkerLimits.defaults())) {
                Repositories c = db.repositories();
                Ingest ingest = io.reelbase.app.MediaPipeline.ingest(db, media, "reelbase-cli");
                WatchFolders folders = new WatchFolders(c.ingestSources(), c.workflows(), ingest, System.getProperty("user.name"),
                        io.reelbase.core.storage.RootCopier.byId(db.storageRoots(), new io.reelbase.media.hash.Sha256Hasher()));
                java.util.List<IngestReport> reports;
                if (name == null) {
                    reports = folders.syncDue(Instant.now(), Progress.NONE);
                } else {
                    reports = java.util.List.of(folders.sync(named(c, name), Progress.NONE));
                }
                for (IngestSource s : c.ingestSources().all()) {
                    if (s.lastSyncAt() != null) {
                        sources.root.printer().line("%-20s %s: %s", s.name(), s.lastSyncStatus(), s.lastSyncMessage());
                    }
                }
                sources.root.printer().line("%d folder(s) synced; the new files are queued for processing.", reports.size());
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Stop watching a folder (its assets stay).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        SourcesCommand sources;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Database db = Database.open(sources.root.settings())) {
                IngestSource s = named(db.repositories(), name);
                db.repositories().ingestSources().delete(s.id());
                sources.root.printer().line("No longer watching %s.", s.path());
            }
            return 0;
        }
    }
}
