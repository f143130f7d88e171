package io.reelbase.core.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where an asset's files are, its technical metadata and its derived pictures. */
public interface AssetMedia {

    /** Records a place where the asset's bytes (or a proxy of them) live; false if that path was known already. */
    boolean addLocation(UUID assetId, String purpose, Path path, long sizeBytes, String sha256, boolean primary);

    /**
     * Whether this exact file is known unchanged: a location with its path and size whose content was
     * checked after the file was last modified. Lets a watch folder skip old files without hashing them.
     */
    boolean isKnownUnchanged(Path path, long sizeBytes, java.time.Instant lastModified);

    /** The primary original file, if one is recorded. */
    Optional<Path> original(UUID assetId);

    /** Someone looked at the asset just now (for lifecycle rules that count "since last viewed"). */
    void viewed(UUID assetId);

    /** All recorded paths of the asset for a purpose (ORIGINAL, PROXY, …). */
    List<Path> locations(UUID assetId, String purpose);

    /** Stores (or replaces) the probe's answer. */
    void saveTechnicalMetadata(UUID assetId, TechnicalSummary summary, Map<String, Object> raw, String analyzerVersion);

    Optional<TechnicalSummary> technicalMetadata(UUID assetId);

    /** Stores (or replaces) one derived picture. */
    void saveDerivative(UUID assetId, DerivativeKind kind, int sequence, Thumbnail picture);

    /** Removes all derived pictures of a kind (before a filmstrip is made again). */
    void deleteDerivatives(UUID assetId, DerivativeKind kind);

    Optional<Thumbnail> derivative(UUID assetId, DerivativeKind kind, int sequence);

    /**
     * The small picture of each asset that has one, in one query: its thumbnail, else its cover art,
     * else its waveform (for the library's grid).
     */
    Map<UUID, Thumbnail> gridPictures(java.util.Collection<UUID> assetIds);

    /** Every picture of one kind of an asset, by sequence (e.g. the frames of its filmstrip). */
    List<Thumbnail> derivatives(UUID assetId, DerivativeKind kind);

    int countDerivatives(UUID assetId, DerivativeKind kind);
}
