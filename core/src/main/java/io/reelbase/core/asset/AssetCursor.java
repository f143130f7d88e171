package io.reelbase.core.asset;

import java.util.UUID;

/**
 * Keyset position in an asset list: the sort value (as text) and id of the last row of the previous page,
 * and whether the words were matched loosely (typos) because nothing matched them exactly.
 * Only meaningful for the same filter and order it came from.
 */
public record AssetCursor(AssetSort sort, String key, UUID id, boolean fuzzy) {
}
