-- Reelbase schema, part 6: the audit trail. Append-only, partitioned by month.
-- No foreign keys on purpose: the record of what happened to an asset or by a person
-- outlives the asset and the person.

CREATE SEQUENCE action_record_id_seq AS bigint;

CREATE TABLE action_record (
    id                 bigint       NOT NULL DEFAULT nextval('action_record_id_seq'),
    occurred_at        timestamptz  NOT NULL DEFAULT now(),
    action_type        varchar(32)  NOT NULL,
    direction          varchar(16)  NOT NULL DEFAULT 'INTERNAL',
    status             varchar(16)  NOT NULL DEFAULT 'SUCCESS',
    actor              varchar(200) NOT NULL DEFAULT reelbase_actor(),
    user_id            uuid,
    asset_id           uuid,
    component          varchar(100),
    component_version  varchar(50),
    source_system      varchar(32),
    destination_system varchar(32),
    metadata           jsonb        NOT NULL DEFAULT '{}'::jsonb,
    state_before       jsonb,
    state_after        jsonb,
    PRIMARY KEY (id, occurred_at),
    CONSTRAINT ar_type_ck CHECK (action_type IN (
        'INGRESS', 'EGRESS', 'USER_UPLOAD', 'WATCH_FOLDER_INGEST', 'API_SUBMISSION', 'DUPLICATE_FOUND',
        'ASSET_CREATED', 'ASSET_DELETED', 'METADATA_UPDATE', 'BATCH_EDIT', 'STATUS_CHANGE', 'REVIEW_CHANGE',
        'CONFLICT_RESOLVED', 'ROLLBACK', 'JOB_QUEUED', 'JOB_RETRY', 'JOB_CANCEL', 'JOB_COMPLETED', 'JOB_FAILED',
        'LIFECYCLE_ARCHIVE', 'LIFECYCLE_DELETE', 'LIFECYCLE_MOVE', 'SYNC', 'LOGIN', 'ADMIN_CHANGE', 'MIGRATION')),
    CONSTRAINT ar_direction_ck CHECK (direction IN ('INBOUND', 'OUTBOUND', 'INTERNAL')),
    CONSTRAINT ar_status_ck CHECK (status IN ('SUCCESS', 'FAILED', 'IN_PROGRESS', 'INITIATED')),
    CONSTRAINT ar_metadata_ck CHECK (jsonb_typeof(metadata) = 'object')
) PARTITION BY RANGE (occurred_at);

-- Rows outside every monthly partition land here rather than fail.
CREATE TABLE action_record_default PARTITION OF action_record DEFAULT;

CREATE INDEX ar_asset_idx ON action_record (asset_id, occurred_at DESC);
CREATE INDEX ar_type_idx ON action_record (action_type, occurred_at DESC);
CREATE INDEX ar_occurred_idx ON action_record (occurred_at DESC);
CREATE INDEX ar_actor_idx ON action_record (actor, occurred_at DESC);

-- Creates the monthly partitions from this month to months_ahead months on. Called by
-- every client at start; idempotent. A month whose rows already sit in the default
-- partition is left there (with a notice) rather than failing the start.
CREATE FUNCTION reelbase_ensure_action_record_partitions(months_ahead integer DEFAULT 3) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    month_start date;
    part_name   text;
    created     integer := 0;
BEGIN
    FOR i IN 0..greatest(months_ahead, 0) LOOP
        month_start := (date_trunc('month', now()) + make_interval(months => i))::date;
        part_name := format('action_record_%s', to_char(month_start, 'YYYY_MM'));
        IF to_regclass(part_name) IS NULL THEN
            BEGIN
                EXECUTE format('CREATE TABLE %I PARTITION OF action_record FOR VALUES FROM (%L) TO (%L)',
                               part_name, month_start, (month_start + interval '1 month')::date);
                created := created + 1;
            EXCEPTION WHEN check_violation OR duplicate_table THEN
                RAISE NOTICE 'action_record partition % not created: %', part_name, SQLERRM;
            END;
        END IF;
    END LOOP;
    RETURN created;
END;
$$;
SELECT reelbase_ensure_action_record_partitions(3);

CREATE TRIGGER action_record_append_only BEFORE UPDATE OR DELETE ON action_record
    FOR EACH ROW EXECUTE FUNCTION reelbase_forbid_change();

-- What changes an asset's state leaves in the audit trail, whoever made the change.
CREATE FUNCTION reelbase_audit_asset() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO action_record (action_type, direction, asset_id, component, state_after, metadata)
        VALUES ('ASSET_CREATED', 'INBOUND', NEW.id, 'database',
                jsonb_build_object('status', NEW.status, 'review_status', NEW.review_status, 'version', NEW.version),
                jsonb_build_object('title', NEW.title, 'source_system', NEW.source_system, 'file_hash', NEW.file_hash));
        RETURN NEW;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO action_record (action_type, asset_id, component, state_before, metadata)
        VALUES ('ASSET_DELETED', OLD.id, 'database',
                jsonb_build_object('status', OLD.status, 'review_status', OLD.review_status, 'version', OLD.version),
                jsonb_build_object('title', OLD.title, 'file_hash', OLD.file_hash));
        RETURN OLD;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO action_record (action_type, asset_id, component, state_before, state_after)
        VALUES ('STATUS_CHANGE', NEW.id, 'database',
                jsonb_build_object('status', OLD.status, 'version', OLD.version),
                jsonb_build_object('status', NEW.status, 'version', NEW.version));
    END IF;
    IF NEW.review_status IS DISTINCT FROM OLD.review_status THEN
        INSERT INTO action_record (action_type, asset_id, component, state_before, state_after)
        VALUES ('REVIEW_CHANGE', NEW.id, 'database',
                jsonb_build_object('review_status', OLD.review_status, 'version', OLD.version),
                jsonb_build_object('review_status', NEW.review_status, 'version', NEW.version));
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER asset_audit AFTER INSERT OR UPDATE OF status, review_status OR DELETE ON asset
    FOR EACH ROW EXECUTE FUNCTION reelbase_audit_asset();
