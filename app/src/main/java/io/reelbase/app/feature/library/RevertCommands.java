package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.edit.AssetReverts;
import io.reelbase.core.edit.MomentText;
import io.reelbase.core.edit.RevertPlan;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * "Revert to How They Were at…" for the selected assets: asks for the moment, shows what would change (how
 * many assets and fields) before anything is written, then reverts each asset as a new ROLLBACK version in a
 * status-bar task that can be cancelled between assets.
 */
public final class RevertCommands {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final AssetCatalogue catalogue;
    private final AssetReverts reverts;
    private final io.reelbase.core.lifecycle.AssetRestore restores;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final String actor;
    private final Consumer<String> notice;
    private final Runnable changed;

    RevertCommands(AssetCatalogue catalogue, AssetReverts reverts, io.reelbase.core.lifecycle.AssetRestore restores, BackgroundTasks tasks,
                   DialogService dialogs, String actor, Consumer<String> notice, Runnable changed) {
        this.catalogue = catalogue;
        this.reverts = reverts;
        this.restores = restores;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.actor = actor;
        this.notice = notice;
        this.changed = changed;
    }

    /** Asks when, then plans, confirms and reverts {@code ids}. */
    public void revert(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String suggestion = SHOWN.format(Instant.now().minus(1, ChronoUnit.HOURS).atZone(ZoneId.systemDefault()));
        dialogs.askText("Revert to how they were", "Bring the editable fields of the " + ids.size() + " selected asset(s) back to how"
                + " they were at (date and time, e.g. " + suggestion + "):", suggestion).ifPresent(text -> {
            var at = MomentText.parse(text, ZoneId.systemDefault());
            if (at.isEmpty()) {
                dialogs.showError("Revert to how they were", "\u201c" + text + "\u201d is not a date and time.",
                        "Write it like " + MomentText.EXAMPLES + ".");
                return;
            }
            plan(ids, at.get(), text);
        });
    }

    private void plan(List<UUID> ids, Instant at, String shown) {
        tasks.<RevertPlan>submit("Working out what reverting " + ids.size() + " asset(s) would change", p -> {
            List<Asset> assets = catalogue.findAll(ids);
            return reverts.plan(assets, at);
        }, plan -> confirm(plan, shown), e -> dialogs.showProblem("Revert to how they were", e));
    }

    private void confirm(RevertPlan plan, String shown) {
        if (plan.steps().isEmpty()) {
            dialogs.showInformation("Revert to how they were", "Nothing to revert", "At " + shown + ": " + plan.describe());
            return;
        }
        if (!dialogs.confirm("Revert to how they were", "At " + shown + ": " + plan.describe() + " Each changed asset gets a new"
                + " version (nothing is lost: the current values stay in the history). Revert them?", "Revert", "Cancel")) {
            return;
        }
        tasks.<AssetReverts.Report>submit("Reverting " + plan.steps().size() + " asset(s) to " + shown, p ->
                reverts.run(plan, actor, p), report -> {
                    notice.accept(report.describe());
                    changed.run();
                }, e -> dialogs.showProblem("Revert to how they were", e));
    }

    /**
     * Brings back the archived or deleted (not yet purged) assets among {@code ids}, after asking; the others are left
     * as they are. The database checks the role (an archived asset is a content manager's, a deleted one an admin's).
     */
    public void restore(List<UUID> ids) {
        if (ids.isEmpty() || !dialogs.confirm("Restore", "Bring back the archived or deleted assets among the " + ids.size()
                + " selected? They return to the library as processed assets.", "Restore", "Cancel")) {
            return;
        }
        tasks.submit("Restoring " + ids.size() + " asset(s)", p -> {
            int back = 0;
            for (int i = 0; i < ids.size() && !p.isCancelled(); i++) {
                p.update((double) i / ids.size(), null);
                Asset was = catalogue.find(ids.get(i)).orElse(null);
                if (was != null && restores.restore(was.id(), actor).status() != was.status()) {
                    back++;
                }
            }
            return back;
        }, back -> {
            notice.accept(back == 1 ? "1 asset is back in the library." : back + " assets are back in the library.");
            changed.run();
        }, e -> notice.accept(io.reelbase.app.ui.Problems.describe(e)));
    }
}
