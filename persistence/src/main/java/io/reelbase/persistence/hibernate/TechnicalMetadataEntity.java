package io.reelbase.persistence.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "technical_metadata")
class TechnicalMetadataEntity extends TimestampedEntity {
    @Id
    @Column(name = "asset_id")
    UUID assetId;
    @Column(name = "container_format")
    String containerFormat;
    @Column(name = "duration_ms")
    Long durationMs;
    @Column(name = "overall_bitrate")
    Long overallBitrate;
    @Column(name = "video_codec")
    String videoCodec;
    @Column(name = "video_profile")
    String videoProfile;
    @Column(name = "video_level")
    Integer videoLevel;
    Integer width;
    Integer height;
    @Column(name = "sample_aspect_ratio")
    String sampleAspectRatio;
    @Column(name = "display_aspect_ratio")
    String displayAspectRatio;
    @Column(name = "frame_rate_num")
    Integer frameRateNum;
    @Column(name = "frame_rate_den")
    Integer frameRateDen;
    @Column(name = "field_order")
    String fieldOrder;
    @Column(name = "pixel_format")
    String pixelFormat;
    @Column(name = "bit_depth")
    Integer bitDepth;
    @Column(name = "color_space")
    String colorSpace;
    @Column(name = "color_primaries")
    String colorPrimaries;
    @Column(name = "color_transfer")
    String colorTransfer;
    @Column(name = "hdr_format")
    String hdrFormat;
    int rotation;
    boolean mirrored;
    @Column(name = "audio_codec")
    String audioCodec;
    @Column(name = "audio_channels")
    Integer audioChannels;
    @Column(name = "audio_channel_layout")
    String audioChannelLayout;
    @Column(name = "audio_sample_rate")
    Integer audioSampleRate;
    @Column(name = "audio_bit_depth")
    Integer audioBitDepth;
    @Column(name = "audio_bitrate")
    Long audioBitrate;
    @JdbcTypeCode(SqlTypes.JSON)
    List<Map<String, Object>> streams = List.of();
    String timecode;
    @Column(name = "exif_orientation")
    Integer exifOrientation;
    @Column(name = "camera_make")
    String cameraMake;
    @Column(name = "camera_model")
    String cameraModel;
    @Column(name = "captured_at")
    Instant capturedAt;
    @Column(name = "gps_latitude")
    Double gpsLatitude;
    @Column(name = "gps_longitude")
    Double gpsLongitude;
    @Column(name = "resolution_category")
    String resolutionCategory;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "probe_raw")
    Map<String, Object> probeRaw;
    @Column(name = "analyzer_version")
    String analyzerVersion;
    @Column(name = "analyzed_at")
    Instant analyzedAt;
}
