package io.reelbase.core.asset;

import java.util.List;
import java.util.function.Consumer;

/** New versions of assets saved by other clients of the catalogue, as they are committed. */
public interface AssetChangeFeed {

    /**
     * Calls {@code onChanges} (on a thread of the feed's own) with the versions others saved, a few at a time;
     * versions this client saved itself are left out. Closing the result stops the calls.
     */
    AutoCloseable subscribe(Consumer<List<AssetChangeNotice>> onChanges);
}
