package io.reelbase.core.merge;

import io.reelbase.core.asset.AssetSnapshot;
import java.util.List;

/**
 * What a three-way merge made: the merged record (clashing fields hold the base value) and the clashes,
 * in field order. No clashes: the merged record can be saved as it is.
 */
public record MergeResult(AssetSnapshot merged, List<Clash> clashes) {

    public MergeResult {
        clashes = List.copyOf(clashes);
    }

    public boolean clean() {
        return clashes.isEmpty();
    }
}
