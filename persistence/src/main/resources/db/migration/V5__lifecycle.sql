-- Reelbase schema, part 5: lifecycle rules and their simulations and executions.

CREATE TABLE lifecycle_rule (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name               varchar(200) NOT NULL,
    description        text,
    asset_type         varchar(16),
    source_system      varchar(32),
    review_status      varchar(16),
    collection_id      uuid REFERENCES collection (id) ON DELETE SET NULL,
    archive_after_days integer,
    delete_after_days  integer,
    move_to_tier       varchar(16),
    priority           integer      NOT NULL DEFAULT 100,
    active             boolean      NOT NULL DEFAULT true,
    created_by         uuid REFERENCES app_user (id) ON DELETE SET NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT lr_name_ck CHECK (length(btrim(name)) > 0),
    CONSTRAINT lr_asset_type_ck CHECK (asset_type IS NULL OR asset_type IN ('VIDEO', 'IMAGE', 'AUDIO', 'DOCUMENT')),
    CONSTRAINT lr_source_ck CHECK (source_system IS NULL OR source_system IN ('USER_UPLOAD', 'WATCH_FOLDER', 'API_SUBMISSION', 'SYNC', 'IMPORT')),
    CONSTRAINT lr_review_ck CHECK (review_status IS NULL OR review_status IN ('DRAFT', 'PENDING_REVIEW', 'APPROVED', 'REJECTED')),
    CONSTRAINT lr_archive_ck CHECK (archive_after_days IS NULL OR archive_after_days > 0),
    CONSTRAINT lr_delete_ck CHECK (delete_after_days IS NULL OR delete_after_days > 0),
    CONSTRAINT lr_order_ck CHECK (archive_after_days IS NULL OR delete_after_days IS NULL OR delete_after_days > archive_after_days),
    CONSTRAINT lr_tier_ck CHECK (move_to_tier IS NULL OR move_to_tier IN ('HOT', 'WARM', 'COLD', 'ARCHIVE')),
    CONSTRAINT lr_some_action_ck CHECK (archive_after_days IS NOT NULL OR delete_after_days IS NOT NULL OR move_to_tier IS NOT NULL),
    CONSTRAINT lr_priority_ck CHECK (priority BETWEEN 0 AND 10000)
);
CREATE UNIQUE INDEX lr_name_uq ON lifecycle_rule (lower(name));
CREATE TRIGGER lifecycle_rule_touch BEFORE UPDATE ON lifecycle_rule
    FOR EACH ROW EXECUTE FUNCTION reelbase_touch_updated_at();

CREATE TABLE lifecycle_run (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    rule_id        uuid REFERENCES lifecycle_rule (id) ON DELETE SET NULL,
    rule_name      varchar(200) NOT NULL,
    kind           varchar(16)  NOT NULL,
    status         varchar(16)  NOT NULL DEFAULT 'PLANNED',
    plan           jsonb        NOT NULL DEFAULT '[]'::jsonb,
    assets_matched integer      NOT NULL DEFAULT 0,
    bytes_affected bigint       NOT NULL DEFAULT 0,
    outcome        jsonb,
    started_by     uuid REFERENCES app_user (id) ON DELETE SET NULL,
    started_at     timestamptz  NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    CONSTRAINT lrun_kind_ck CHECK (kind IN ('SIMULATION', 'EXECUTION')),
    CONSTRAINT lrun_status_ck CHECK (status IN ('PLANNED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    CONSTRAINT lrun_plan_ck CHECK (jsonb_typeof(plan) = 'array'),
    CONSTRAINT lrun_counts_ck CHECK (assets_matched >= 0 AND bytes_affected >= 0)
);
CREATE INDEX lrun_rule_idx ON lifecycle_run (rule_id, started_at DESC);
