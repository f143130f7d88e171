package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.LatestAnswer;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.RelatedAsset;
import io.reelbase.core.media.AssetMedia;
import io.reelbase.core.media.DerivativeKind;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.core.media.Thumbnail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the inspector shows of the focused asset besides the form: its picture (preview, else thumbnail,
 * cover art or waveform), technical metadata, playable proxy and related assets. Only the answers for the
 * asset focused last are shown.
 */
public final class FocusedAsset {
    static final int RELATED = 8;

    private final AssetCatalogue catalogue;
    private final AssetMedia media;
    private final LatestAnswer<Facts> facts;
    private final LatestAnswer<List<RelatedAsset>> relating;
    private final ReadOnlyObjectWrapper<byte[]> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<TechnicalSummary>> technical = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Path> proxy = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RelatedAsset> related = FXCollections.observableArrayList();
    private final ObservableList<RelatedAsset> readOnlyRelated = FXCollections.unmodifiableObservableList(related);

    private record Facts(Optional<byte[]> picture, Optional<TechnicalSummary> technical, Optional<Path> proxy) {
    }

    FocusedAsset(AssetCatalogue catalogue, AssetMedia media, BackgroundTasks tasks) {
        this.catalogue = catalogue;
        this.media = media;
        this.facts = new LatestAnswer<>(tasks);
        this.relating = new LatestAnswer<>(tasks);
    }

    /** Shows {@code row} (null: nothing) once its facts are read; until then, nothing. */
    void focus(AssetRow row) {
        picture.set(null);
        proxy.set(null);
        technical.set(Optional.empty());
        related.clear();
        if (row == null || media == null) {
            facts.forget();
            relating.forget();
            return;
        }
        UUID id = row.id();
        relating.ask("Finding related assets", p -> catalogue.related(id, RELATED), related::setAll, error -> related.clear());
        facts.ask("Loading the picture", p -> new Facts(picture(seen(id)), media.technicalMetadata(id),
                        media.locations(id, "PROXY").stream().filter(Files::isReadable).findFirst()),
                f -> {
                    picture.set(f.picture().orElse(null));
                    technical.set(f.technical());
                    proxy.set(f.proxy().orElse(null));
                },
                error -> picture.set(null));
    }

    /** Records that the asset was looked at (lifecycle rules may count from it); a refusal only goes to the log. */
    private UUID seen(UUID id) {
        try {
            media.viewed(id);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(FocusedAsset.class).debug("Could not record that {} was viewed", id, e);
        }
        return id;
    }

    private Optional<byte[]> picture(UUID id) {
        return media.derivative(id, DerivativeKind.PREVIEW, 0)
                .or(() -> media.derivative(id, DerivativeKind.THUMBNAIL, 0))
                .or(() -> media.derivative(id, DerivativeKind.COVER_ART, 0))
                .or(() -> media.derivative(id, DerivativeKind.WAVEFORM, 0))
                .map(Thumbnail::jpeg);
    }

    /** The picture as JPEG bytes, or null while loading or when it has none. */
    public ReadOnlyObjectProperty<byte[]> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<TechnicalSummary>> technicalProperty() {
        return technical.getReadOnlyProperty();
    }

    /** The playable proxy file, or null (none made, or not reachable from here). */
    public ReadOnlyObjectProperty<Path> proxyProperty() {
        return proxy.getReadOnlyProperty();
    }

    /** Assets sharing tags, topics or contributors with the focused one. */
    public ObservableList<RelatedAsset> related() {
        return readOnlyRelated;
    }
}
