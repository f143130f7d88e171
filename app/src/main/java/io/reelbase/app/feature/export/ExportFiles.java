package io.reelbase.app.feature.export;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSearch;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Writing the metadata of a selection or a whole list to a CSV or JSON file the person chooses, in the background. */
public final class ExportFiles {
    private static final List<String> KINDS = List.of("csv", "json");

    private final AssetCatalogue catalogue;
    private final AssetSearch search;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;

    public ExportFiles(AssetCatalogue catalogue, AssetSearch search, BackgroundTasks tasks, DialogService dialogs) {
        this.catalogue = catalogue;
        this.search = search;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Asks where, then writes the selected assets. */
    public void exportSelection(List<UUID> ids) {
        if (!ids.isEmpty()) {
            dialogs.chooseFileToSave("Export the metadata of the " + ids.size() + " selected asset(s)", "reelbase-selection.csv", KINDS)
                    .ifPresent(target -> exportSelectionTo(ids, target));
        }
    }

    /** Asks where, then writes every asset of the list {@code filter} gives. */
    public void exportList(AssetFilter filter) {
        dialogs.chooseFileToSave("Export the metadata of this list", "reelbase-export.csv", KINDS)
                .ifPresent(target -> exportTo(filter, target));
    }

    /** JSON for a .json name, else CSV. */
    public void exportSelectionTo(List<UUID> ids, Path target) {
        write(target, p -> catalogue.findAll(ids));
    }

    public void exportTo(AssetFilter filter, Path target) {
        write(target, p -> search.all(filter, p));
    }

    private void write(Path target, BackgroundTasks.Work<List<Asset>> which) {
        boolean json = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        tasks.<Integer>submit("Exporting to " + target.getFileName(), p -> {
            List<Asset> assets = which.run(p);
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                if (json) {
                    MetadataExport.json(assets, w);
                } else {
                    MetadataExport.csv(assets, w);
                }
            }
            return assets.size();
        }, n -> dialogs.showInformation("Export", n + " asset(s) written", target.toString()),
                error -> dialogs.showProblem("The export failed", error));
    }
}
