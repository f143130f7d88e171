package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.media.AssetMedia;
import io.reelbase.core.media.DerivativeKind;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.persistence.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Files, technical metadata and derived pictures of assets, in PostgreSQL. */
public final class HibernateAssetMedia implements AssetMedia {
    private final Transactions tx;

    public HibernateAssetMedia(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void viewed(UUID assetId) {
        tx.write(null, s -> s.createNativeMutationQuery("insert into asset_view (asset_id, viewed_at) values (:a, now())"
                + " on conflict (asset_id) do update set viewed_at = excluded.viewed_at").setParameter("a", assetId).executeUpdate());
    }

    @Override
    public boolean addLocation(UUID assetId, String purpose, Path path, long sizeBytes, String sha256, boolean primary) {
        String where = path.toAbsolutePath().normalize().toString();
        return tx.write(null, s -> {
            Long known = s.createSelectionQuery("select count(*) from StorageLocationEntity where assetId = :a and path = :p", Long.class)
                    .setParameter("a", assetId).setParameter("p", where).getSingleResult();
            if (known > 0) {
                return false;
            }
            boolean hasPrimary = s.createSelectionQuery("select count(*) from StorageLocationEntity where assetId = :a"
                            + " and purpose = :u and primary", Long.class)
                    .setParameter("a", assetId).setParameter("u", purpose).getSingleResult() > 0;
            StorageLocationEntity e = new StorageLocationEntity();
            e.id = UUID.randomUUID();
            e.assetId = assetId;
            e.locationKind = "LOCAL";
            e.tier = StorageTier.HOT;
            e.path = where;
            e.purpose = purpose;
            e.sizeBytes = sizeBytes;
            e.checksum = sha256;
            e.primary = primary && !hasPrimary;
            e.status = "AVAILABLE";
            e.verifiedAt = sha256 == null ? null : Instant.now();
            s.persist(e);
            return true;
        });
    }

    @Override
    public boolean isKnownUnchanged(Path path, long sizeBytes, Instant lastModified) {
        String where = path.toAbsolutePath().normalize().toString();
        return tx.read(s -> s.createSelectionQuery("select count(*) from StorageLocationEntity where path = :p"
                        + " and sizeBytes = :n and verifiedAt >= :m", Long.class)
                .setParameter("p", where).setParameter("n", sizeBytes).setParameter("m", lastModified)
                .getSingleResult() > 0);
    }

    @Override
    public Optional<Path> original(UUID assetId) {
        return tx.read(s -> s.createSelectionQuery("select path from StorageLocationEntity where assetId = :a"
                        + " and purpose = 'ORIGINAL' order by primary desc, createdAt", String.class)
                .setParameter("a", assetId).setMaxResults(1).uniqueResultOptional().map(Path::of));
    }

    @Override
    public List<Path> locations(UUID assetId, String purpose) {
        return tx.read(s -> s.createSelectionQuery("select path from StorageLocationEntity where assetId = :a"
                        + " and purpose = :u order by primary desc, createdAt", String.class)
                .setParameter("a", assetId).setParameter("u", purpose).getResultList().stream().map(Path::of).toList());
    }

    @Override
    public void saveTechnicalMetadata(UUID assetId, TechnicalSummary t, Map<String, Object> raw, String analyzerVersion) {
        tx.write(null, s -> {
            TechnicalMetadataEntity e = s.find(TechnicalMetadataEntity.class, assetId);
            boolean isNew = e == null;
            if (isNew) {
                e = new TechnicalMetadataEntity();
                e.assetId = assetId;
            }
            e.containerFormat = t.container();
            e.durationMs = t.durationMs();
            e.overallBitrate = t.overallBitrate();
            e.videoCodec = t.videoCodec();
            e.videoProfile = t.videoProfile();
            e.videoLevel = t.videoLevel();
            e.width = t.width();
            e.height = t.height();
            e.sampleAspectRatio = t.sampleAspectRatio();
            e.displayAspectRatio = t.displayAspectRatio();
            e.frameRateNum = t.frameRateNum();
            e.frameRateDen = t.frameRateDen();
            e.fieldOrder = t.fieldOrder();
            e.pixelFormat = t.pixelFormat();
            e.bitDepth = t.bitDepth() == null || t.bitDepth() < 1 || t.bitDepth() > 32 ? null : t.bitDepth();
            e.colorSpace = t.colorSpace();
            e.colorPrimaries = t.colorPrimaries();
            e.colorTransfer = t.colorTransfer();
            e.hdrFormat = t.hdr() == null ? null : t.hdr().name();
            e.rotation = t.rotation();
            e.mirrored = t.mirrored();
            e.audioCodec = t.audioCodec();
            e.audioChannels = t.audioChannels();
            e.audioChannelLayout = t.audioChannelLayout();
            e.audioSampleRate = t.audioSampleRate();
            e.audioBitDepth = t.audioBitDepth();
            e.audioBitrate = t.audioBitrate();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> streams = raw.get("streams") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
            e.streams = new ArrayList<>(streams);
            e.timecode = t.timecode();
            e.exifOrientation = t.exifOrientation();
            e.cameraMake = t.cameraMake();
            e.cameraModel = t.cameraModel();
            e.capturedAt = t.capturedAt();
            e.gpsLatitude = t.gpsLatitude();
            e.gpsLongitude = t.gpsLongitude();
            e.resolutionCategory = t.resolutionCategory();
            e.probeRaw = Json.readMap(Json.write(raw));
            e.probeRaw.put("reelbase", Json.readMap(Json.write(t)));
            e.analyzerVersion = analyzerVersion;
            e.analyzedAt = Instant.now();
            if (isNew) {
                s.persist(e);
            }
            return null;
        });
    }

    @Override
    public Optional<TechnicalSummary> technicalMetadata(UUID assetId) {
        return tx.read(s -> Optional.ofNullable(s.find(TechnicalMetadataEntity.class, assetId))
                .map(e -> e.probeRaw == null ? null : e.probeRaw.get("reelbase"))
                .map(summary -> Json.MAPPER.convertValue(summary, TechnicalSummary.class)));
    }

    @Override
    public void saveDerivative(UUID assetId, DerivativeKind kind, int sequence, Thumbnail picture) {
        tx.write(null, s -> {
            DerivativeEntity e = s.createSelectionQuery("from DerivativeEntity where assetId = :a and kind = :k and sequence = :n",
                            DerivativeEntity.class)
                    .setParameter("a", assetId).setParameter("k", kind.name()).setParameter("n", sequence)
                    .uniqueResultOptional().orElse(null);
            boolean isNew = e == null;
            if (isNew) {
                e = new DerivativeEntity();
                e.id = UUID.randomUUID();
                e.assetId = assetId;
                e.kind = kind.name();
                e.sequence = sequence;
            }
            e.mimeType = "image/jpeg";
            e.width = picture.width();
            e.height = picture.height();
            e.timestampMs = picture.timestampMs();
            e.content = picture.jpeg();
            if (isNew) {
                s.persist(e);
            }
            return null;
        });
    }

    @Override
    public void deleteDerivatives(UUID assetId, DerivativeKind kind) {
        tx.write(null, s -> s.createMutationQuery("delete from DerivativeEntity where assetId = :a and kind = :k")
                .setParameter("a", assetId).setParameter("k", kind.name()).executeUpdate());
    }

    @Override
    public Optional<Thumbnail> derivative(UUID assetId, DerivativeKind kind, int sequence) {
        return tx.read(s -> s.createSelectionQuery("from DerivativeEntity where assetId = :a and kind = :k and sequence = :n",
                        DerivativeEntity.class)
                .setParameter("a", assetId).setParameter("k", kind.name()).setParameter("n", sequence)
                .uniqueResultOptional()
                .map(e -> new Thumbnail(e.content, e.width, e.height, e.timestampMs, kind.name().toLowerCase(java.util.Locale.ROOT))));
    }

    @Override
    public Map<UUID, Thumbnail> gridPictures(java.util.Collection<UUID> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        List<String> order = List.of(DerivativeKind.THUMBNAIL.name(), DerivativeKind.COVER_ART.name(), DerivativeKind.WAVEFORM.name());
        return tx.read(s -> {
            Map<UUID, Thumbnail> best = new java.util.HashMap<>();
            Map<UUID, Integer> rank = new java.util.HashMap<>();
            s.createSelectionQuery("from DerivativeEntity where assetId in :ids and kind in :kinds and sequence = 0", DerivativeEntity.class)
                    .setParameter("ids", assetIds).setParameter("kinds", order)
                    .getResultList().forEach(e -> {
                        int r = order.indexOf(e.kind);
                        if (r < rank.getOrDefault(e.assetId, Integer.MAX_VALUE)) {
                            rank.put(e.assetId, r);
                            best.put(e.assetId, new Thumbnail(e.content, e.width, e.height, e.timestampMs,
                                    e.kind.toLowerCase(java.util.Locale.ROOT)));
                        }
                    });
            return best;
        });
    }

    @Override
    public List<Thumbnail> derivatives(UUID assetId, DerivativeKind kind) {
        return tx.read(s -> s.createSelectionQuery("from DerivativeEntity where assetId = :a and kind = :k order by sequence",
                        DerivativeEntity.class)
                .setParameter("a", assetId).setParameter("k", kind.name()).getResultList().stream()
                .map(e -> new Thumbnail(e.content, e.width, e.height, e.timestampMs, kind.name().toLowerCase(java.util.Locale.ROOT)))
                .toList());
    }

    @Override
    public int countDerivatives(UUID assetId, DerivativeKind kind) {
        return tx.read(s -> s.createSelectionQuery("select count(*) from DerivativeEntity where assetId = :a and kind = :k", Long.class)
                .setParameter("a", assetId).setParameter("k", kind.name()).getSingleResult().intValue());
    }
}
