package io.reelbase.persistence.queue;

import io.reelbase.core.asset.AssetChangeFeed;
import io.reelbase.core.asset.AssetChangeNotice;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.persistence.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NOTIFY messages the database sends for each new version a person's edit wrote (migration V10), read
 * on a LISTEN connection; those from this client's own connections (same application name) are left out.
 */
public final class AssetChangeListener implements AssetChangeFeed, AutoCloseable {
    public static final String CHANNEL = "reelbase_asset_changed";
    private static final Logger LOG = LoggerFactory.getLogger(AssetChangeListener.class);
    private final DataSource ds;
    private final String ownClient;
    private final List<ChannelListener> open = new java.util.concurrent.CopyOnWriteArrayList<>();

    public AssetChangeListener(DataSource ds, String ownClient) {
        this.ds = ds;
        this.ownClient = ownClient;
    }

    @Override
    public AutoCloseable subscribe(Consumer<List<AssetChangeNotice>> onChanges) {
        ChannelListener listener = new ChannelListener(ds, CHANNEL, 150, batch -> {
            List<AssetChangeNotice> notices = new ArrayList<>();
            for (String payload : batch) {
                try {
                    Map<String, Object> m = Json.readMap(payload);
                    if (!ownClient.equals(m.get("client"))) {
                        notices.add(new AssetChangeNotice(UUID.fromString((String) m.get("asset")),
                                ((Number) m.get("version")).longValue(), VersionOrigin.valueOf((String) m.get("origin")),
                                (String) m.get("author"), (String) m.get("summary")));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Ignored an asset notification that could not be read: {}", payload, e);
                }
            }
            if (!notices.isEmpty()) {
                onChanges.accept(notices);
            }
        });
        open.add(listener);
        return () -> {
            open.remove(listener);
            listener.close();
        };
    }

    /** Stops every subscription still listening (before the database closes). */
    @Override
    public void close() {
        open.forEach(ChannelListener::close);
        open.clear();
    }
}
