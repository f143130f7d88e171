package io.reelbase.app.cli;

import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.edit.FieldAssignments;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.merge.Clash;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase edit ASSET --set F=V --add-tag T --remove-tag T [--expect-version N]}: the edit pipeline, for scripts. */
@Command(name = "edit", description = "Changes an asset's editable fields as a new version. With --expect-version, an asset "
        + "someone changed since is merged field by field; a clash in the same field writes nothing and exits 3.")
final class EditCommands implements Callable<Integer> {
    static final int CLASH = 3;

    @ParentCommand
    ReelbaseCommand root;

    @Parameters(paramLabel = "ASSET", description = "The asset's id (or its first 8 or more characters).")
    String asset;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "title, description, review (DRAFT, PENDING_REVIEW, "
            + "APPROVED, REJECTED), custom.NAME or ops.NAME; an empty value takes a custom field or ops tag away.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--add-tag", paramLabel = "TAG", description = "A keyword tag to add.")
    List<String> addTags = new ArrayList<>();

    @Option(names = "--remove-tag", paramLabel = "TAG", description = "A keyword tag to take off.")
    List<String> removeTags = new ArrayList<>();

    @Option(names = "--expect-version", paramLabel = "N", description = "The version the edit was made against (default: the current one).")
    Long expectVersion;

    @Override
    public Integer call() {
        Printer p = root.printer();
        return HistoryCommands.onAsset(root, asset, (db, assets, id) -> {
            long current = assets.find(id).orElseThrow().version();
            long base = expectVersion == null ? current : expectVersion;
            Optional<AssetVersion> baseVersion = assets.version(id, base);
            if (baseVersion.isEmpty()) {
                p.problem("This asset has versions 1 to " + current + "; there is no version " + base + ".");
                return 2;
            }
            EditOutcome out;
            try {
                AssetSnapshot then = baseVersion.get().snapshot();
                AssetSnapshot mine = FieldAssignments.apply(then, sets, addTags, removeTags);
                out = new AssetEdits(assets, assets, assets).save(AssetEdit.of(id, base, then.changesTo(mine), VersionOrigin.EDIT), db.user());
            } catch (IllegalArgumentException e) {
                p.problem(e.getMessage() + " Nothing was written.");
                return 2;
            }
            return report(p, out, current);
        });
    }

    private static int report(Printer p, EditOutcome out, long before) {
        String title = out.asset().title();
        if (out instanceof EditOutcome.Conflict c) {
            p.problem("\u201c" + title + "\u201d was changed by someone else since version " + c.baseVersion() + " (it is at version "
                    + c.asset().version() + ") in the same fields as this edit; nothing was written. The clashes:");
            for (Clash x : c.merge().clashes()) {
                p.line("%s:  base %s  |  mine %s  |  theirs %s", x.describe(), shown(x.base()), shown(x.mine()), shown(x.theirs()));
            }
            return CLASH;
        }
        if (out instanceof EditOutcome.Merged m) {
            p.line("Merged with version %d (saved by %s; kept theirs: %s) and saved \u201c%s\u201d as version %d.",
                    m.theirsVersion(), m.theirsAuthor(), m.keptFromTheirs(), title, out.asset().version());
        } else if (out.asset().version() == before) {
            p.line("Nothing to change: \u201c%s\u201d already holds these values (version %d).", title, before);
        } else {
            p.line("Saved \u201c%s\u201d as version %d.", title, out.asset().version());
        }
        return 0;
    }

    private static String shown(Object v) {
        return v == null ? "(none)" : "\u201c" + v + "\u201d";
    }
}
