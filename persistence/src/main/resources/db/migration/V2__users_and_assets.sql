-- Reelbase schema, part 2: people, assets, versions, technical metadata, storage, derivatives.

CREATE TABLE app_user (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    login_role    varchar(63)  NOT NULL,
    display_name  varchar(200) NOT NULL,
    email         varchar(320),
    app_role      varchar(20)  NOT NULL DEFAULT 'VIEWER',
    active        boolean      NOT NULL DEFAULT true,
    last_login_at timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT app_user_login_role_uq UNIQUE (login_role),
    CONSTRAINT app_user_login_role_ck CHECK (login_role ~ '^[a-z_][a-z0-9_$]*$'),
    CONSTRAINT app_user_display_name_ck CHECK (length(btrim(display_name)) > 0),
    CONSTRAINT app_user_email_ck CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
    CONSTRAINT app_user_app_role_ck CHECK (app_role IN ('ADMIN', 'CONTENT_MANAGER', 'EDITOR', 'DEVELOPER', 'VIEWER'))
);
CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email)) WHERE email IS NOT NULL;
CREATE TRIGGER app_user_touch BEFORE UPDATE ON app_user
    FOR EACH ROW EXECUTE FUNCTION reelbase_touch_updated_at();

CREATE TABLE asset (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title             varchar(500) NOT NULL,
    description       text,
    asset_type        varchar(16)  NOT NULL,
    status            varchar(16)  NOT NULL DEFAULT 'STAGED',
    review_status     varchar(16)  NOT NULL DEFAULT 'DRAFT',
    source_system     varchar(32)  NOT NULL DEFAULT 'USER_UPLOAD',
    source_id         text,
    file_hash         varchar(64),
    file_size         bigint,
    original_filename text,
    mime_type         varchar(255),
    duration_ms       bigint,
    recorded_at       timestamptz,
    parent_id         uuid REFERENCES asset (id) ON DELETE CASCADE,
    derivative_type   varchar(32),
    custom_fields     jsonb        NOT NULL DEFAULT '{}'::jsonb,
    operational_tags  jsonb        NOT NULL DEFAULT '{}'::jsonb,
    enriched_metadata jsonb        NOT NULL DEFAULT '{}'::jsonb,
    version           bigint       NOT NULL DEFAULT 1,
    version_id        uuid         NOT NULL DEFAULT gen_random_uuid(),
    legal_hold        boolean      NOT NULL DEFAULT false,
    storage_tier      varchar(16)  NOT NULL DEFAULT 'HOT',
    created_by        uuid REFERENCES app_user (id) ON DELETE SET NULL,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    archived_at       timestamptz,
    deleted_at        timestamptz,
    search_vector     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(original_filename, '')), 'B') ||
        setweight(to_tsvector('simple', coalesce(description, '')), 'C')
    ) STORED,
    CONSTRAINT asset_title_ck CHECK (length(btrim(title)) > 0),
    CONSTRAINT asset_type_ck CHECK (asset_type IN ('VIDEO', 'IMAGE', 'AUDIO', 'DOCUMENT')),
    CONSTRAINT asset_status_ck CHECK (status IN ('STAGED', 'QUEUED', 'PROCESSING', 'PROCESSED', 'FAILED', 'ARCHIVED', 'DELETED')),
    CONSTRAINT asset_review_status_ck CHECK (review_status IN ('DRAFT', 'PENDING_REVIEW', 'APPROVED', 'REJECTED')),
    CONSTRAINT asset_source_system_ck CHECK (source_system IN ('USER_UPLOAD', 'WATCH_FOLDER', 'API_SUBMISSION', 'SYNC', 'IMPORT')),
    CONSTRAINT asset_file_hash_ck CHECK (file_hash IS NULL OR file_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT asset_file_hash_uq UNIQUE (file_hash),
    CONSTRAINT asset_file_size_ck CHECK (file_size IS NULL OR file_size >= 0),
    CONSTRAINT asset_duration_ck CHECK (duration_ms IS NULL OR duration_ms >= 0),
    CONSTRAINT asset_derivative_ck CHECK (derivative_type IS NULL OR parent_id IS NOT NULL),
    CONSTRAINT asset_not_own_parent_ck CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT asset_custom_fields_ck CHECK (jsonb_typeof(custom_fields) = 'object'),
    CONSTRAINT asset_operational_tags_ck CHECK (jsonb_typeof(operational_tags) = 'object'),
    CONSTRAINT asset_enriched_metadata_ck CHECK (jsonb_typeof(enriched_metadata) = 'object'),
    CONSTRAINT asset_version_ck CHECK (version >= 1),
    CONSTRAINT asset_storage_tier_ck CHECK (storage_tier IN ('HOT', 'WARM', 'COLD', 'ARCHIVE')),
    CONSTRAINT asset_archived_at_ck CHECK (status <> 'ARCHIVED' OR archived_at IS NOT NULL),
    CONSTRAINT asset_deleted_at_ck CHECK (status <> 'DELETED' OR deleted_at IS NOT NULL)
);
-- Lists the library shows, newest first, keyset-paged on (created_at, id).
CREATE INDEX asset_created_idx ON asset (created_at DESC, id DESC);
CREATE INDEX asset_status_idx ON asset (status, created_at DESC);
CREATE INDEX asset_type_idx ON asset (asset_type, created_at DESC);
CREATE INDEX asset_review_status_idx ON asset (review_status, created_at DESC);
CREATE INDEX asset_source_idx ON asset (source_system, source_id);
CREATE INDEX asset_parent_idx ON asset (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX asset_created_by_idx ON asset (created_by);
CREATE INDEX asset_search_idx ON asset USING gin (search_vector);
CREATE INDEX asset_title_trgm_idx ON asset USING gin (title gin_trgm_ops);
CREATE INDEX asset_filename_trgm_idx ON asset USING gin (original_filename gin_trgm_ops);
CREATE INDEX asset_custom_fields_idx ON asset USING gin (custom_fields jsonb_path_ops);
CREATE INDEX asset_operational_tags_idx ON asset USING gin (operational_tags jsonb_path_ops);
CREATE INDEX asset_enriched_idx ON asset USING gin (enriched_metadata jsonb_path_ops);
CREATE TRIGGER asset_touch BEFORE UPDATE ON asset
    FOR EACH ROW EXECUTE FUNCTION reelbase_touch_updated_at();

-- An immutable snapshot of an asset's editable metadata at one version.
CREATE TABLE asset_version (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    asset_id          uuid        NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    version           bigint      NOT NULL,
    version_id        uuid        NOT NULL,
    snapshot          jsonb       NOT NULL,
    origin            varchar(16) NOT NULL,
    base_version      bigint,
    change_summary    text,
    conflict_resolved boolean     NOT NULL DEFAULT false,
    created_by        uuid REFERENCES app_user (id) ON DELETE SET NULL,
    created_by_name   varchar(200),
    created_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT asset_version_uq UNIQUE (asset_id, version),
    CONSTRAINT asset_version_version_id_uq UNIQUE (version_id),
    CONSTRAINT asset_version_version_ck CHECK (version >= 1),
    CONSTRAINT asset_version_base_ck CHECK (base_version IS NULL OR (base_version >= 1 AND base_version < version)),
    CONSTRAINT asset_version_origin_ck CHECK (origin IN ('CREATE', 'EDIT', 'BATCH_EDIT', 'JOB', 'ROLLBACK', 'MERGE', 'SYNC', 'IMPORT')),
    CONSTRAINT asset_version_snapshot_ck CHECK (jsonb_typeof(snapshot) = 'object')
);
CREATE INDEX asset_version_created_idx ON asset_version (created_at DESC);
CREATE TRIGGER asset_version_immutable BEFORE UPDATE ON asset_version
    FOR EACH ROW EXECUTE FUNCTION reelbase_forbid_change();

CREATE TABLE technical_metadata (
    asset_id             uuid PRIMARY KEY REFERENCES asset (id) ON DELETE CASCADE,
    container_format     varchar(100),
    duration_ms          bigint,
    overall_bitrate      bigint,
    video_codec          varchar(50),
    video_profile        varchar(100),
    video_level          integer,
    width                integer,
    height               integer,
    sample_aspect_ratio  varchar(20),
    display_aspect_ratio varchar(20),
    frame_rate_num       integer,
    frame_rate_den       integer,
    field_order          varchar(16),
    pixel_format         varchar(32),
    bit_depth            integer,
    color_space          varchar(32),
    color_primaries      varchar(32),
    color_transfer       varchar(32),
    hdr_format           varchar(16),
    rotation             integer     NOT NULL DEFAULT 0,
    mirrored             boolean     NOT NULL DEFAULT false,
    audio_codec          varchar(50),
    audio_channels       integer,
    audio_channel_layout varchar(64),
    audio_sample_rate    integer,
    audio_bit_depth      integer,
    audio_bitrate        bigint,
    streams              jsonb       NOT NULL DEFAULT '[]'::jsonb,
    timecode             varchar(32),
    exif_orientation     integer,
    camera_make          varchar(100),
    camera_model         varchar(100),
    captured_at          timestamptz,
    gps_latitude         double precision,
    gps_longitude        double precision,
    resolution_category  varchar(8),
    probe_raw            jsonb,
    analyzer_version     varchar(50),
    analyzed_at          timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tm_duration_ck CHECK (duration_ms IS NULL OR duration_ms >= 0),
    CONSTRAINT tm_bitrate_ck CHECK ((overall_bitrate IS NULL OR overall_bitrate >= 0) AND (audio_bitrate IS NULL OR audio_bitrate >= 0)),
    CONSTRAINT tm_size_ck CHECK ((width IS NULL OR width >= 0) AND (height IS NULL OR height >= 0)),
    CONSTRAINT tm_frame_rate_ck CHECK ((frame_rate_num IS NULL OR frame_rate_num >= 0) AND (frame_rate_den IS NULL OR frame_rate_den > 0)),
    CONSTRAINT tm_field_order_ck CHECK (field_order IS NULL OR field_order IN ('progressive', 'tt', 'bb', 'tb', 'bt', 'unknown')),
    CONSTRAINT tm_bit_depth_ck CHECK ((bit_depth IS NULL OR bit_depth BETWEEN 1 AND 32) AND (audio_bit_depth IS NULL OR audio_bit_depth BETWEEN 1 AND 64)),
    CONSTRAINT tm_hdr_ck CHECK (hdr_format IS NULL OR hdr_format IN ('SDR', 'HLG', 'PQ', 'HDR10_PLUS', 'DOLBY_VISION')),
    CONSTRAINT tm_rotation_ck CHECK (rotation IN (0, 90, 180, 270)),
    CONSTRAINT tm_audio_ck CHECK ((audio_channels IS NULL OR audio_channels BETWEEN 0 AND 64) AND (audio_sample_rate IS NULL OR audio_sample_rate > 0)),
    CONSTRAINT tm_streams_ck CHECK (jsonb_typeof(streams) = 'array'),
    CONSTRAINT tm_exif_orientation_ck CHECK (exif_orientation IS NULL OR exif_orientation BETWEEN 1 AND 8),
    CONSTRAINT tm_gps_ck CHECK ((gps_latitude IS NULL OR gps_latitude BETWEEN -90 AND 90) AND (gps_longitude IS NULL OR gps_longitude BETWEEN -180 AND 180)),
    CONSTRAINT tm_resolution_ck CHECK (resolution_category IS NULL OR resolution_category IN ('SD', 'HD', 'FHD', 'UHD', '4K', '8K'))
);
CREATE INDEX tm_video_codec_idx ON technical_metadata (video_codec);
CREATE INDEX tm_audio_codec_idx ON technical_metadata (audio_codec);
CREATE INDEX tm_resolution_idx ON technical_metadata (resolution_category);
CREATE TRIGGER technical_metadata_touch BEFORE UPDATE ON technical_metadata
    FOR EACH ROW EXECUTE FUNCTION reelbase_touch_updated_at();

-- Where the bytes of an original or a large derivative (proxy) live.
CREATE TABLE storage_location (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    asset_id      uuid        NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    location_kind varchar(16) NOT NULL DEFAULT 'LOCAL',
    tier          varchar(16) NOT NULL DEFAULT 'HOT',
    path          text        NOT NULL,
    purpose       varchar(16) NOT NULL DEFAULT 'ORIGINAL',
    size_bytes    bigint,
    checksum      varchar(64),
    is_primary    boolean     NOT NULL DEFAULT false,
    status        varchar(16) NOT NULL DEFAULT 'AVAILABLE',
    verified_at   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sl_kind_ck CHECK (location_kind IN ('LOCAL', 'NETWORK', 'OBJECT_STORE')),
    CONSTRAINT sl_tier_ck CHECK (tier IN ('HOT', 'WARM', 'COLD', 'ARCHIVE')),
    CONSTRAINT sl_path_ck CHECK (length(path) > 0),
    CONSTRAINT sl_purpose_ck CHECK (purpose IN ('ORIGINAL', 'PROXY', 'THUMBNAIL', 'PREVIEW', 'FILMSTRIP', 'WAVEFORM')),
    CONSTRAINT sl_size_ck CHECK (size_bytes IS NULL OR size_bytes >= 0),
    CONSTRAINT sl_checksum_ck CHECK (checksum IS NULL OR checksum ~ '^[0-9a-f]{64}$'),
    CONSTRAINT sl_status_ck CHECK (status IN ('AVAILABLE', 'MISSING', 'MOVING', 'PENDING_DELETE', 'DELETED')),
    CONSTRAINT sl_asset_path_uq UNIQUE (asset_id, path)
);
CREATE UNIQUE INDEX sl_one_primary_uq ON storage_location (asset_id, purpose) WHERE is_primary;
CREATE INDEX sl_path_idx ON storage_location (path);
CREATE INDEX sl_checksum_idx ON storage_location (checksum);
CREATE INDEX sl_tier_status_idx ON storage_location (tier, status);
CREATE TRIGGER storage_location_touch BEFORE UPDATE ON storage_location
    FOR EACH ROW EXECUTE FUNCTION reelbase_touch_updated_at();

-- Small derived images kept in the database so every client, online or offline, sees them.
CREATE TABLE derivative (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    asset_id     uuid        NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    kind         varchar(16) NOT NULL,
    sequence     integer     NOT NULL DEFAULT 0,
    mime_type    varchar(64) NOT NULL,
    width        integer     NOT NULL,
    height       integer     NOT NULL,
    timestamp_ms bigint,
    content      bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT derivative_kind_ck CHECK (kind IN ('THUMBNAIL', 'PREVIEW', 'FILMSTRIP_FRAME', 'CONTACT_SHEET', 'WAVEFORM', 'COVER_ART')),
    CONSTRAINT derivative_sequence_ck CHECK (sequence >= 0),
    CONSTRAINT derivative_size_ck CHECK (width > 0 AND height > 0),
    CONSTRAINT derivative_timestamp_ck CHECK (timestamp_ms IS NULL OR timestamp_ms >= 0),
    CONSTRAINT derivative_content_ck CHECK (octet_length(content) BETWEEN 1 AND 16777216),
    CONSTRAINT derivative_uq UNIQUE (asset_id, kind, sequence)
);
