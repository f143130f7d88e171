package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.core.Bytes;
import io.reelbase.core.offline.OfflineDesk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Take Offline from the window: finds the assets and their proxies (off the FX thread), asks for the set's name,
 * says what will be copied and offers the proxies with their total size and the room on this computer, then copies
 * with progress; what could not be copied is said, with why.
 */
final class TakeOffline {
    private final OfflineDesk desk;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> notice;

    private record Found(List<UUID> ids, OfflineDesk.ProxyPlan proxies) {
    }

    TakeOffline(OfflineDesk desk, BackgroundTasks tasks, DialogService dialogs, Consumer<String> notice) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.notice = notice;
    }

    void start(String suggestedName, BackgroundTasks.Work<List<UUID>> ids) {
        tasks.submit("Finding the assets to take offline", p -> {
            List<UUID> found = ids.run(p);
            return new Found(found, found.isEmpty() ? null : desk.proxies(found));
        }, found -> {
            if (found.ids().isEmpty()) {
                notice.accept("Nothing to take offline: the list is empty.");
                return;
            }
            dialogs.askText("Take Offline", "Name of the working set for the " + found.ids().size() + " asset(s):", suggestedName)
                    .filter(name -> dialogs.confirm("Take Offline", String.format(Locale.ROOT, "Copy %,d asset(s) with their metadata,"
                            + " tags, derivatives and version history to this computer as \u201c%s\u201d?%s", found.ids().size(), name,
                            aboutProxies(found.proxies())), "Take Offline", "Cancel"))
                    .ifPresent(name -> take(name, found.ids(), withProxies(found.proxies())));
        }, e -> dialogs.showProblem("Not taken offline", e));
    }

    private static String aboutProxies(OfflineDesk.ProxyPlan plan) {
        if (plan.files() == 0) {
            return plan.unreachable().isEmpty() ? "" : " Their proxies cannot be read from this computer and stay on the server.";
        }
        return plan.fits() ? "" : String.format(Locale.ROOT, " Their proxies (%,d files, %s) do not fit in the %s free on this computer"
                + " and stay on the server.", plan.files(), Bytes.human(plan.bytes()), Bytes.human(plan.free()));
    }

    private boolean withProxies(OfflineDesk.ProxyPlan plan) {
        return plan.files() > 0 && plan.fits() && dialogs.confirm("Take Offline", String.format(Locale.ROOT, "Copy their proxies too,"
                + " so they play with no server? %,d file(s), %s in all; this computer has %s free.%s", plan.files(),
                Bytes.human(plan.bytes()), Bytes.human(plan.free()), plan.unreachable().isEmpty() ? ""
                        : " " + plan.unreachable().size() + " other proxies cannot be read from here."), "Copy Proxies", "Without Proxies");
    }

    private void take(String name, List<UUID> ids, boolean withProxies) {
        tasks.submit("Taking " + ids.size() + " asset(s) offline", p -> desk.take(name, ids, null, withProxies, p), t -> {
            List<String> also = new ArrayList<>();
            if (t.cancelled()) also.add("cancelled, the rest was not copied");
            if (!t.missing().isEmpty()) also.add(t.missing().size() + " are no longer on the server");
            OfflineDesk.ProxiesCopied px = t.proxies();
            if (withProxies) also.add(String.format(Locale.ROOT, "%,d proxies (%s)", px.copied(), Bytes.human(px.bytes())));
            if (px.diskFull()) also.add("the disk filled up: the proxies copied play, " + px.notCopied().size() + " were not copied");
            else if (!px.notCopied().isEmpty()) also.add(px.notCopied().size() + " proxies not copied");
            String text = String.format(Locale.ROOT, "Took %,d asset(s) offline into \u201c%s\u201d (%,d versions, %s of derivatives)%s."
                    + " Open Reelbase without --db to work on them.", t.assets(), t.set(), t.versions(), Bytes.human(t.derivativeBytes()),
                    also.isEmpty() ? "" : "; " + String.join("; ", also));
            notice.accept(text);
            dialogs.showInformation("Take Offline", "\u201c" + t.set() + "\u201d is on this computer",
                    px.notCopied().isEmpty() ? text : text + "\n\nNot copied:\n" + String.join("\n", px.notCopied()));
        }, e -> dialogs.showProblem("Not taken offline", e));
    }
}
