package io.reelbase.app.cli;

import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.merge.FieldChange;
import io.reelbase.core.merge.VersionDiff;
import io.reelbase.persistence.Database;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase history ASSET} and {@code reelbase diff ASSET V1 V2}: an asset's versions, for scripts. */
final class HistoryCommands {
    private HistoryCommands() {
    }

    /** The asset {@code text} names: its id, or a prefix of at least 8 characters that only it has. */
    static Optional<UUID> resolve(AssetCatalogue catalogue, String text, Printer p) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.length() < 8) {
            p.problem("\u201c" + text + "\u201d is too short to name an asset: give its id, or at least its first 8 characters.");
            return Optional.empty();
        }
        List<UUID> ids = catalogue.idsStartingWith(t, 2);
        if (ids.size() == 1 && catalogue.find(ids.get(0)).isPresent()) {
            return Optional.of(ids.get(0));
        }
        p.problem(ids.isEmpty() ? "No asset has an id starting with \u201c" + text + "\u201d. 'reelbase search' lists ids."
                : "More than one asset has an id starting with \u201c" + text + "\u201d: give more of it.");
        return Optional.empty();
    }

    /** What a command does with the asset it names, in the open catalogue; returns the exit status. */
    @FunctionalInterface
    interface AssetWork {
        int run(Database db, io.reelbase.core.asset.AssetRepository assets, UUID id);
    }

    /** Opens the catalogue, finds the asset {@code text} names (exit 2 if none) and runs {@code work} on it. */
    static int onAsset(ReelbaseCommand root, String text, AssetWork work) {
        try (Database db = Database.open(root.settings())) {
            var assets = db.repositories().assets();
            Optional<UUID> id = resolve(assets, text, root.printer());
            return id.isEmpty() ? 2 : work.run(db, assets, id.get());
        }
    }

    @Command(name = "history", description = "An asset's versions, oldest first: version, when, who, what wrote it, what changed.")
    static final class History implements Callable<Integer> {
        @ParentCommand
        ReelbaseCommand root;

        @Parameters(paramLabel = "ASSET", description = "The asset's id (or its first 8 or more characters).")
        String asset;

        @Option(names = "--json", description = "One JSON object per version and line.")
        boolean json;

        @Override
        public Integer call() {
            Printer p = root.printer();
            return onAsset(root, asset, (db, assets, id) -> {
                for (AssetVersion v : assets.versions(id)) {
                    if (json) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("version", v.version());
                        row.put("created_at", v.createdAt() == null ? null : v.createdAt().toString());
                        row.put("author", v.createdByName());
                        row.put("origin", v.origin().name());
                        row.put("base_version", v.baseVersion());
                        row.put("summary", v.changeSummary());
                        row.put("conflict_resolved", v.conflictResolved());
                        p.line(MediaCommands.write(row));
                    } else {
                        p.line("v%-4d %s  %-12s %-10s %s", v.version(), v.createdAt(), v.createdByName(), v.origin(),
                                v.changeSummary() == null ? "" : v.changeSummary());
                    }
                }
                return 0;
            });
        }
    }

    @Command(name = "diff", description = "What differs between two versions of an asset, field by field.")
    static final class Diff implements Callable<Integer> {
        @ParentCommand
        ReelbaseCommand root;

        @Parameters(index = "0", paramLabel = "ASSET", description = "The asset's id (or its first 8 or more characters).")
        String asset;

        @Parameters(index = "1", paramLabel = "V1", description = "The earlier version.")
        long from;

        @Parameters(index = "2", paramLabel = "V2", description = "The later version.")
        long to;

        @Option(names = "--json", description = "One JSON object per changed field and line.")
        boolean json;

        @Override
        public Integer call() {
            Printer p = root.printer();
            return onAsset(root, asset, (db, assets, id) -> {
                Optional<AssetVersion> a = assets.version(id, from);
                Optional<AssetVersion> b = assets.version(id, to);
                if (a.isEmpty() || b.isEmpty()) {
                    long last = assets.find(id).orElseThrow().version();
                    p.problem("This asset has versions 1 to " + last + "; there is no version " + (a.isEmpty() ? from : to) + ".");
                    return 2;
                }
                List<FieldChange> changes = VersionDiff.between(a.get().snapshot(), b.get().snapshot());
                if (changes.isEmpty() && !json) {
                    p.err().printf("No difference in the editable fields between versions %d and %d.%n", from, to);
                    p.err().flush();
                }
                for (FieldChange c : changes) {
                    if (json) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("field", c.field().name().toLowerCase(Locale.ROOT));
                        row.put("key", c.key().isEmpty() ? null : c.key());
                        row.put("change", c.kind().name().toLowerCase(Locale.ROOT));
                        row.put("before", c.before() == null ? null : String.valueOf(c.before()));
                        row.put("after", c.after() == null ? null : String.valueOf(c.after()));
                        p.line(MediaCommands.write(row));
                    } else {
                        p.line("%-8s %s: %s", c.kind().name().toLowerCase(Locale.ROOT), c.describe(), switch (c.kind()) {
                            case ADDED -> String.valueOf(c.after());
                            case REMOVED -> String.valueOf(c.before());
                            case CHANGED -> c.before() + "  \u2192  " + c.after();
                        });
                    }
                }
                return 0;
            });
        }
    }

    @Command(name = "rollback", description = "Brings back an old version of an asset (or one field of it) as a new version; "
            + "history is never rewritten.")
    static final class Rollback implements Callable<Integer> {
        @ParentCommand
        ReelbaseCommand root;

        @Parameters(paramLabel = "ASSET", description = "The asset's id (or its first 8 or more characters).")
        String asset;

        @Option(names = "--to", required = true, paramLabel = "VERSION", description = "The version to bring back.")
        long version;

        @Option(names = "--field", paramLabel = "F", description = "Only this field: title, description, review, tags, custom or ops.")
        String field;

        @Override
        public Integer call() {
            Printer p = root.printer();
            return onAsset(root, asset, (db, assets, id) -> {
                long before = assets.find(id).orElseThrow().version();
                io.reelbase.core.edit.EditOutcome out;
                try {
                    out = new io.reelbase.core.edit.AssetEdits(assets, assets, assets)
                            .restore(id, version, Optional.ofNullable(field), db.user());
                } catch (IllegalArgumentException e) {
                    p.problem(e.getMessage());
                    return 2;
                }
                if (!out.saved()) {
                    p.problem("\u201c" + out.asset().title() + "\u201d was changed by someone else at the same moment; nothing was "
                            + "written. Run the command again.");
                    return 1;
                }
                if (out.asset().version() == before) {
                    p.line("Nothing to restore: \u201c%s\u201d already holds what version %d held%s.", out.asset().title(), version,
                            field == null ? "" : " in its " + field);
                } else {
                    p.line("Restored %sversion %d of \u201c%s\u201d: it is now at version %d.", field == null ? "" : field + " of ",
                            version, out.asset().title(), out.asset().version());
                }
                return 0;
            });
        }
    }
}
