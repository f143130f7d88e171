package io.reelbase.core.asset;

/** What kind of media an asset is. */
public enum AssetType {
    VIDEO, IMAGE, AUDIO, DOCUMENT
}
