package io.reelbase.core.asset;

import io.reelbase.core.ReelbaseException;
import java.util.UUID;

/** A file with the same content (SHA-256) is already in the catalogue. */
public class DuplicateAssetException extends ReelbaseException {
    private static final long serialVersionUID = 1L;
    private final UUID existingId;

    public DuplicateAssetException(String hash, UUID existingId) {
        super("A file with the same content (SHA-256 " + hash.substring(0, 12) + "…) is already in the catalogue as asset "
                + existingId + ".", "Open the existing asset instead; its new location can be recorded.");
        this.existingId = existingId;
    }

    public UUID existingId() {
        return existingId;
    }
}
