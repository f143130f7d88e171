package io.reelbase.app;

import io.reelbase.persistence.Database;
import java.nio.file.Path;

/**
 * An open catalogue and where this computer's workers write proxies. Where proxies go is in the catalogue (a shared
 * proxy root), so it is read by the background task that opens it, never on the FX thread.
 */
public record OpenCatalogue(Database database, Path proxies) {
    /** Reads where proxies go ({@code dataHome}'s {@code proxies} folder unless a reachable proxy root is chosen). */
    public static OpenCatalogue of(Database db, Path dataHome) {
        return new OpenCatalogue(db, dataHome == null ? null : MediaPipeline.proxyFolder(db, dataHome.resolve("proxies")));
    }
}
