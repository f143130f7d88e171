package io.reelbase.core.asset;

/**
 * All of the asset store, for the composition root and the services that need several parts; screens and
 * services are handed only the part they use ({@link AssetCatalogue}, {@link AssetSearch},
 * {@link AssetHistory}, {@link AssetWrites}).
 */
public interface AssetRepository extends AssetCatalogue, AssetSearch, AssetHistory, AssetWrites {
}
