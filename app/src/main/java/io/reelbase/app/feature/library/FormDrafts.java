package io.reelbase.app.feature.library;

import io.reelbase.core.asset.Asset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Unsaved typing for assets the person has moved away from, kept until they are selected again (the last few). */
final class FormDrafts {
    private static final int KEEP = 20;

    /** What the form held for {@code key}: the versions it was based on, the typing, the newer versions seen. */
    record Draft(Set<UUID> key, BatchValues batch, List<Asset> targets, FormValues values, List<Asset> theirs) {
    }

    private final Map<Set<UUID>, Draft> drafts = new LinkedHashMap<>(KEEP, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<UUID>, Draft> eldest) {
            return size() > KEEP;
        }
    };

    void keep(Draft draft) {
        drafts.put(draft.key(), draft);
    }

    /** The draft for exactly these assets, taken out; null if there is none. */
    Draft take(Set<UUID> key) {
        return drafts.remove(key);
    }
}
