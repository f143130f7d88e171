-- Reelbase schema, part 4: workflows, ingest sources, the job queue and its history.

CREATE TABLE workflow_definition (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name               varchar(100) NOT NULL,
    description        text,
    capabilities       jsonb        NOT NULL,
    routing_conditions jsonb        NOT NULL DEFAULT '[]'::jsonb,
    priority           integer      NOT NULL DEFAULT 100,
    is_default         boolean      NOT NULL DEFAULT false,
    active             boolean      NOT NULL DEFAULT true,
    created_by         uuid REFERENCES app_user (id) ON DELETE SET NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT wf_name_ck CHECK (length(btrim(name)) > 0),
    CONSTRAINT wf_capabilities_ck CHECK (
        jsonb_typeof(capabilities) = 'array'
        AND jsonb_array_length(capabilities) > 0
        AND capabilities <@ '["PROBE","HASH_VERIFY","THUMBNAIL","PREVIEW","FILMSTRIP","PROXY","WAVEFORM","LOUDNESS","SCENE_DETECT","BLACK_DETECT","SILENCE_DETECT"]'::jsonb),
    CONSTRAINT wf_routing_ck CHECK (jsonb_typeof(routing_conditions) = 'array'),
    CONSTRAINT wf_priority_ck CHECK (priority BETWEEN 0 AND 10000),
    CONSTRAINT wf_default_active_ck CHECK (NOT is_default OR active)
);
CREATE UNIQUE INDEX wf_name_uq ON workflow_definition (lower(name));
-- At most one default workflow: the one a file gets when no routing condition matches.
CREATE UNIQUE INDEX wf_one_default_uq ON workflow_definition (is_default) WHERE is_default;
CREATE INDEX wf_active_priority_idx ON workflow_definition (priority) WHERE active;
CREATE TRIGGER workflow_definition_touch BEFORE UPDATE ON workflow_definition
    FOR EACH ROW EXECUTE FUNCTION reelbase_touch_updated_at();

-- Watch folders.
CREATE TABLE ingest_source (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                  varchar(200) NOT NULL,
    path                  text         NOT NULL,
    recursive             boolean      NOT NULL DEFAULT true,
    sync_interval_minutes integer      NOT NULL DEFAULT 15,
    logging_level         varchar(16)  NOT NULL DEFAULT 'INFO',
    enabled               boolean      NOT NULL DEFAULT true,
    last_sync_at          timestamptz,
    last_sync_status      varchar(16),
    last_sync_message     text,
    workflow_id           uuid REFERENCES workflow_definition (id) ON DELETE SET NULL,
    created_by            uuid REFERENCES app_user (id) ON DELETE SET NULL,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    updated_at            timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT is_name_ck CHECK (length(btrim(name)) > 0),
    CONSTRAINT is_path_ck CHECK (length(btrim(path)) > 0),
    CONSTRAINT is_path_uq UNIQUE (path),
    CONSTRAINT is_interval_ck CHECK (sync_interval_minutes BETWEEN 1 AND 10080),
    CONSTRAINT is_logging_ck CHECK (logging_level IN ('CRITICAL', 'ERROR', 'WARNING', 'INFO', 'DEBUG')),
    CONSTRAINT is_last_status_ck CHECK (last_sync_status IS NULL OR last_sync_status IN ('SUCCESS', 'PARTIAL', 'FAILED'))
);
CREATE TRIGGER ingest_source_touch BEFORE UPDATE ON ingest_source
    FOR EACH ROW EXECUTE FUNCTION reelbase_touch_updated_at();

CREATE TABLE processing_job (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    asset_id               uuid         NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    workflow_id            uuid         NOT NULL REFERENCES workflow_definition (id) ON DELETE RESTRICT,
    status                 varchar(16)  NOT NULL DEFAULT 'QUEUED',
    priority               integer      NOT NULL DEFAULT 100,
    progress               double precision NOT NULL DEFAULT 0,
    capabilities           jsonb        NOT NULL,
    current_capability     varchar(32),
    capabilities_completed jsonb        NOT NULL DEFAULT '[]'::jsonb,
    capabilities_failed    jsonb        NOT NULL DEFAULT '[]'::jsonb,
    attempts               integer      NOT NULL DEFAULT 0,
    max_attempts           integer      NOT NULL DEFAULT 3,
    retry_config           jsonb        NOT NULL DEFAULT '{"initial_delay_ms": 5000, "multiplier": 2.0, "max_delay_ms": 600000, "jitter": 0.2}'::jsonb,
    run_after              timestamptz  NOT NULL DEFAULT now(),
    locked_by              varchar(200),
    lease_expires_at       timestamptz,
    heartbeat_at           timestamptz,
    error_message          text,
    result                 jsonb,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    started_at             timestamptz,
    finished_at            timestamptz,
    updated_at             timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pj_status_ck CHECK (status IN ('QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED', 'RETRYING', 'CANCELLED')),
    CONSTRAINT pj_priority_ck CHECK (priority BETWEEN 0 AND 10000),
    CONSTRAINT pj_progress_ck CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT pj_capabilities_ck CHECK (jsonb_typeof(capabilities) = 'array' AND jsonb_array_length(capabilities) > 0),
    CONSTRAINT pj_completed_ck CHECK (jsonb_typeof(capabilities_completed) = 'array'),
    CONSTRAINT pj_failed_ck CHECK (jsonb_typeof(capabilities_failed) = 'array'),
    CONSTRAINT pj_attempts_ck CHECK (attempts >= 0 AND max_attempts >= 1 AND attempts <= max_attempts),
    CONSTRAINT pj_retry_config_ck CHECK (jsonb_typeof(retry_config) = 'object'),
    CONSTRAINT pj_lease_ck CHECK (status <> 'PROCESSING' OR (locked_by IS NOT NULL AND lease_expires_at IS NOT NULL)),
    CONSTRAINT pj_finished_ck CHECK (status NOT IN ('COMPLETED', 'CANCELLED') OR finished_at IS NOT NULL)
);
-- The claim query: ready jobs by priority then age (FOR UPDATE SKIP LOCKED).
CREATE INDEX pj_claim_idx ON processing_job (priority DESC, created_at) WHERE status IN ('QUEUED', 'RETRYING');
-- Jobs whose worker stopped renewing its lease.
CREATE INDEX pj_lease_idx ON processing_job (lease_expires_at) WHERE status = 'PROCESSING';
CREATE INDEX pj_status_idx ON processing_job (status, updated_at DESC);
CREATE INDEX pj_asset_idx ON processing_job (asset_id, created_at DESC);
CREATE INDEX pj_workflow_idx ON processing_job (workflow_id);
CREATE INDEX pj_finished_idx ON processing_job (finished_at) WHERE finished_at IS NOT NULL;
CREATE TRIGGER processing_job_touch BEFORE UPDATE ON processing_job
    FOR EACH ROW EXECUTE FUNCTION reelbase_touch_updated_at();

-- Phase and progress history of a job.
CREATE TABLE job_event (
    id            bigserial PRIMARY KEY,
    job_id        uuid        NOT NULL REFERENCES processing_job (id) ON DELETE CASCADE,
    phase         varchar(32) NOT NULL,
    status        varchar(16) NOT NULL,
    progress      double precision,
    duration_ms   bigint,
    message       text,
    error_details jsonb,
    worker        varchar(200),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT je_status_ck CHECK (status IN ('STARTED', 'PROGRESS', 'COMPLETED', 'FAILED', 'RETRY_SCHEDULED', 'CANCELLED', 'SKIPPED')),
    CONSTRAINT je_progress_ck CHECK (progress IS NULL OR progress BETWEEN 0 AND 100),
    CONSTRAINT je_duration_ck CHECK (duration_ms IS NULL OR duration_ms >= 0)
);
CREATE INDEX je_job_idx ON job_event (job_id, created_at);
