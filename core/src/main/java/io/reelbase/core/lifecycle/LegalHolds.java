package io.reelbase.core.lifecycle;

import java.util.List;
import java.util.UUID;

/**
 * Legal holds: an asset held, itself or through a collection, may not be archived, deleted or moved by anyone
 * (the database refuses it and says why). Placing and releasing one is a content manager's; each is recorded in the
 * audit trail.
 */
public interface LegalHolds {
    /** Holds (or releases) the assets; returns how many changed (those already so are left as they are). */
    int hold(List<UUID> assets, boolean on, String actor);

    /** Holds (or releases) a collection, and so every asset in it; an unknown name is refused. */
    void holdCollection(String name, boolean on, String actor);
}
