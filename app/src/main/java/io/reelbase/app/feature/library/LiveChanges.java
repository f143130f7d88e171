package io.reelbase.app.feature.library;

import io.reelbase.app.ui.UiThread;
import io.reelbase.core.asset.AssetChangeFeed;
import io.reelbase.core.asset.AssetChangeNotice;
import io.reelbase.core.asset.VersionOrigin;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versions other people save while the library is shown, as the database announces them (within a second):
 * the assets on screen are read again (typing in the form stays and will merge on save) and, for the asset
 * in the inspector, a banner says who changed what, until the person dismisses it or looks at another asset.
 */
public final class LiveChanges {
    private static final Logger LOG = LoggerFactory.getLogger(LiveChanges.class);
    private final AssetChangeFeed feed;
    private final Consumer<List<UUID>> reread;
    private final Supplier<UUID> inspected;
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private AutoCloseable subscription;
    private UUID bannerAsset;
    private long versionBefore;
    private long bannerVersion;

    LiveChanges(AssetChangeFeed feed, Consumer<List<UUID>> reread, Supplier<UUID> inspected) {
        this.feed = feed;
        this.reread = reread;
        this.inspected = inspected;
    }

    /** Starts listening (when the library is shown). */
    public void start() {
        if (subscription == null) {
            subscription = feed.subscribe(notices -> UiThread.later(() -> arrived(notices)));
        }
    }

    /** Stops listening (when the library is hidden). */
    public void stop() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("Closing the change feed", e);
            }
            subscription = null;
        }
    }

    void arrived(List<AssetChangeNotice> notices) {
        reread.accept(notices.stream().map(AssetChangeNotice::assetId).distinct().toList());
        UUID shown = inspected.get();
        for (AssetChangeNotice n : notices) {
            if (n.assetId().equals(shown)) {
                if (!n.assetId().equals(bannerAsset)) {
                    versionBefore = n.version() - 1;
                    bannerVersion = 0;
                }
                bannerAsset = n.assetId();
                bannerVersion = Math.max(bannerVersion, n.version());
                banner.set(describe(n));
            }
        }
    }

    /** This client saved {@code saved}: a banner about a version they already include goes. */
    void savedHere(List<io.reelbase.core.asset.Asset> saved) {
        if (bannerAsset != null && saved.stream().anyMatch(a -> a.id().equals(bannerAsset) && a.version() > bannerVersion)) {
            dismiss();
        }
    }

    /** The inspector shows another asset: a banner about the last one goes. */
    void inspecting(UUID id) {
        if (bannerAsset != null && !bannerAsset.equals(id)) {
            dismiss();
        }
    }

    public void dismiss() {
        bannerAsset = null;
        banner.set("");
    }

    /** The asset the banner is about and the version it was at before the changes it announces. */
    public Optional<Long> changedSince() {
        return bannerAsset == null ? Optional.empty() : Optional.of(versionBefore);
    }

    static String describe(AssetChangeNotice n) {
        String who = n.author() == null ? "Someone" : n.author();
        String summary = n.summary() == null ? "" : n.summary();
        return switch (n.origin()) {
            case MERGE -> who + " saved a merged edit just now (version " + n.version() + ")" + (summary.isEmpty() ? "." : ": " + summary + ".");
            case SYNC -> who + " synced changes made offline just now (version " + n.version() + ")" + (summary.isEmpty() ? "." : ": " + summary + ".");
            case ROLLBACK -> who + " brought back earlier values just now (version " + n.version() + "): " + summary + ".";
            default -> who + " changed this asset just now (version " + n.version() + ")" + (summary.isEmpty() ? "" : ": " + summary)
                    + (n.origin() == VersionOrigin.BATCH_EDIT ? ", with other assets." : ".");
        };
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }
}
