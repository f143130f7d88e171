package io.reelbase.app.cli;

import io.reelbase.app.feature.export.MetadataExport;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.persistence.Database;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase export}: the metadata of matching assets as CSV or JSON. */
@Command(name = "export", description = "Write the metadata of the assets matching QUERY (all without one) as CSV or JSON.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    ReelbaseCommand root;

    @Parameters(arity = "0..1", paramLabel = "QUERY")
    String query;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path out;

    @Option(names = "--type", paramLabel = "TYPE")
    AssetType type;

    @Option(names = "--status", paramLabel = "STATUS")
    AssetStatus status;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("--format is csv or json, not '" + format + "'.");
        }
        List<Asset> all;
        try (Database db = Database.open(root.settings())) {
            all = db.repositories().assets().all(AssetFilter.of(Optional.ofNullable(type), Optional.ofNullable(status), query),
                    io.reelbase.core.Progress.NONE);
        }
        if (out == null) {
            write(all, root.printer().out());
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
                write(all, w);
            }
            root.printer().err().printf("%d asset(s) written to %s%n", all.size(), out);
            root.printer().err().flush();
        }
        return 0;
    }

    private void write(List<Asset> assets, Writer w) throws IOException {
        if (format.equals("csv")) {
            MetadataExport.csv(assets, w);
        } else {
            MetadataExport.json(assets, w);
            w.write(System.lineSeparator());
            w.flush();
        }
    }
}
