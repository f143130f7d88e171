package io.reelbase.core.asset;

import io.reelbase.core.ReelbaseException;
import java.util.UUID;

/** The asset asked for is not in the catalogue (any more). */
public class AssetNotFoundException extends ReelbaseException {
    private static final long serialVersionUID = 1L;

    public AssetNotFoundException(UUID id) {
        super("Asset " + id + " is not in the catalogue; it may have been deleted.",
                "Refresh the library to see the current list.");
    }
}
