package io.reelbase.core.asset;

/** How fast (and how costly) the storage holding an asset's bytes is. */
public enum StorageTier {
    HOT, WARM, COLD, ARCHIVE
}
