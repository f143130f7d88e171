package io.reelbase.core.asset;

import java.time.Instant;
import java.util.UUID;

/** Keyset position in the newest-first asset list: the last row of the previous page. */
public record AssetCursor(Instant createdAt, UUID id) {
}
