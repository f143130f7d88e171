package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.media.AssetMedia;
import io.reelbase.core.media.DerivativeKind;
import io.reelbase.core.media.Thumbnail;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * The grid's pictures: asked for by the tiles on screen, fetched from the derivative table in batches
 * (one query for all tiles that asked during the same pulse), decoded off the FX thread, and kept in a
 * bounded cache so scrolling back is instant. Filmstrips for hover-scrubbing are fetched on demand.
 * FX thread only, except for the work it hands to the background.
 */
public final class PictureCache {
    private static final int BATCH = 120;
    private static final int KEEP = 1500;
    private static final int KEEP_STRIPS = 40;

    private final AssetMedia media;
    private final BackgroundTasks tasks;
    private final Map<UUID, Image> pictures = lru(KEEP);
    private final Set<UUID> without = new HashSet<>();
    private final Map<UUID, List<Consumer<Image>>> waiting = new LinkedHashMap<>();
    private final Map<UUID, List<Consumer<Image>>> inFlight = new HashMap<>();
    private final Map<UUID, List<Image>> strips = lru(KEEP_STRIPS);
    private final Map<UUID, List<Consumer<List<Image>>>> stripsLoading = new HashMap<>();
    private boolean flushScheduled;

    public PictureCache(AssetMedia media, BackgroundTasks tasks) {
        this.media = media;
        this.tasks = tasks;
    }

    private static <V> Map<UUID, V> lru(int size) {
        return new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, V> eldest) {
                return size() > size;
            }
        };
    }

    /** The picture now if it is cached (or known to be missing: null), else later through {@code ready}. */
    public void request(UUID id, Consumer<Image> ready) {
        Image cached = pictures.get(id);
        if (cached != null || without.contains(id)) {
            ready.accept(cached);
            return;
        }
        List<Consumer<Image>> flying = inFlight.get(id);
        if (flying != null) {
            flying.add(ready);
            return;
        }
        waiting.computeIfAbsent(id, k -> new ArrayList<>()).add(ready);
        if (!flushScheduled) {
            flushScheduled = true;
            io.reelbase.app.ui.UiThread.later(this::flush);
        }
    }

    private void flush() {
        flushScheduled = false;
        while (!waiting.isEmpty()) {
            Map<UUID, List<Consumer<Image>>> batch = new LinkedHashMap<>();
            Iterator<Map.Entry<UUID, List<Consumer<Image>>>> it = waiting.entrySet().iterator();
            while (it.hasNext() && batch.size() < BATCH) {
                var e = it.next();
                batch.put(e.getKey(), e.getValue());
                it.remove();
            }
            inFlight.putAll(batch);
            List<UUID> ids = List.copyOf(batch.keySet());
            tasks.<Map<UUID, Image>>submit("Loading " + ids.size() + " thumbnails", p -> {
                Map<UUID, Image> decoded = new HashMap<>();
                media.gridPictures(ids).forEach((id, t) -> decoded.put(id, new Image(new ByteArrayInputStream(t.jpeg()))));
                return decoded;
            }, decoded -> {
                for (UUID id : ids) {
                    Image image = decoded.get(id);
                    if (image != null && !image.isError()) {
                        pictures.put(id, image);
                    } else {
                        without.add(id);
                    }
                    List<Consumer<Image>> callbacks = inFlight.remove(id);
                    if (callbacks != null) {
                        callbacks.forEach(c -> c.accept(pictures.get(id)));
                    }
                }
            }, error -> ids.forEach(inFlight::remove));
        }
    }

    /** The frames of a video's filmstrip, oldest first (empty if it has none), through {@code ready}. */
    public void filmstrip(UUID id, Consumer<List<Image>> ready) {
        List<Image> cached = strips.get(id);
        if (cached != null) {
            ready.accept(cached);
            return;
        }
        List<Consumer<List<Image>>> waiting = stripsLoading.get(id);
        if (waiting != null) {
            waiting.add(ready);
            return;
        }
        List<Consumer<List<Image>>> callbacks = new ArrayList<>(List.of(ready));
        stripsLoading.put(id, callbacks);
        tasks.<List<Image>>submit("Loading a filmstrip", p -> media.derivatives(id, DerivativeKind.FILMSTRIP_FRAME).stream()
                        .map(Thumbnail::jpeg).map(b -> new Image(new ByteArrayInputStream(b))).toList(),
                frames -> {
                    stripsLoading.remove(id);
                    strips.put(id, frames);
                    callbacks.forEach(c -> c.accept(frames));
                },
                error -> stripsLoading.remove(id));
    }

    /** Decodes a picture (a preview can be large) off the FX thread and hands it back on it. */
    public void decode(byte[] jpeg, Consumer<Image> ready) {
        if (jpeg == null) {
            ready.accept(null);
            return;
        }
        tasks.<Image>submit("Showing the preview", p -> new Image(new ByteArrayInputStream(jpeg)), ready, error -> ready.accept(null));
    }

    /** Forgets which assets had no picture (they may have one after processing) and which failed. */
    public void forgetMissing() {
        without.clear();
    }
}
