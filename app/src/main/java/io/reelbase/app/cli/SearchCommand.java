package io.reelbase.app.cli;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.persistence.Database;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase search QUERY}: the window's search, for scripts. */
@Command(name = "search", description = "Find assets by words in their title, description or file name "
        + "(partial words and small typos match), newest first.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    ReelbaseCommand root;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words to look for; none lists everything.")
    String query;

    @Option(names = "--type", paramLabel = "TYPE", description = "VIDEO, IMAGE, AUDIO or DOCUMENT.")
    AssetType type;

    @Option(names = "--status", paramLabel = "STATUS", description = "STAGED, QUEUED, PROCESSING, PROCESSED, FAILED, ARCHIVED or DELETED.")
    AssetStatus status;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per asset and line.")
    boolean json;

    @Override
    public Integer call() {
        Printer p = root.printer();
        try (Database db = Database.open(root.settings())) {
            AssetFilter filter = AssetFilter.of(Optional.ofNullable(type), Optional.ofNullable(status), query);
            List<Asset> found = db.repositories().assets().page(filter, Optional.empty(), Math.max(1, Math.min(10_000, limit))).items();
            for (Asset a : found) {
                if (json) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", a.id().toString());
                    row.put("title", a.title());
                    row.put("type", a.type().name());
                    row.put("status", a.status().name());
                    row.put("review_status", a.reviewStatus().name());
                    row.put("file_name", a.originalFilename());
                    row.put("version", a.version());
                    p.line(MediaCommands.write(row));
                } else {
                    p.line("%s  %-9s %-10s v%-3d %s  (%s)", a.id(), a.type(), a.status(), a.version(), a.title(),
                            a.originalFilename() == null ? "no file" : a.originalFilename());
                }
            }
            if (!json) {
                p.err().printf("%d asset(s)%n", found.size());
                p.err().flush();
            }
        }
        return 0;
    }
}
