-- Reelbase schema, part 21: lifecycle rules that run. A rule gets the filters people ask for (a tag, a minimum
-- size), the age it counts from (ingest or last change) and a day count for its move; a run keeps its plan item by
-- item (which asset, which action, which rule, or why it is spared) and each item's progress, so a run killed at any
-- step finishes on the next start without doing anything twice. Legal hold also stops moves: a held asset's tier may
-- not change and none of its copies may be removed.

ALTER TABLE lifecycle_rule
    ADD COLUMN tag_name        text,
    ADD COLUMN min_size_bytes  bigint,
    ADD COLUMN age_basis       varchar(16) NOT NULL DEFAULT 'INGESTED',
    ADD COLUMN move_after_days integer;
ALTER TABLE lifecycle_rule
    ADD CONSTRAINT lr_age_basis_ck CHECK (age_basis IN ('INGESTED', 'CHANGED')),
    ADD CONSTRAINT lr_min_size_ck CHECK (min_size_bytes IS NULL OR min_size_bytes >= 0),
    ADD CONSTRAINT lr_move_after_ck CHECK (move_after_days IS NULL OR (move_after_days >= 0 AND move_to_tier IS NOT NULL)),
    ADD CONSTRAINT lr_tag_ck CHECK (tag_name IS NULL OR length(btrim(tag_name)) > 0);

-- How the runs behave: how long a soft-deleted asset waits before it is purged, the share of the catalogue one run
-- may delete before it stops and asks, and how often the app's scheduler runs the rules. One row.
CREATE TABLE lifecycle_setting (
    id                  boolean PRIMARY KEY DEFAULT true,
    purge_after_days    integer NOT NULL DEFAULT 30,
    max_delete_percent  numeric(5, 2) NOT NULL DEFAULT 10,
    run_every_hours     integer NOT NULL DEFAULT 24,
    CONSTRAINT ls_one_row_ck CHECK (id),
    CONSTRAINT ls_purge_ck CHECK (purge_after_days >= 0),
    CONSTRAINT ls_share_ck CHECK (max_delete_percent > 0 AND max_delete_percent <= 100),
    CONSTRAINT ls_every_ck CHECK (run_every_hours > 0)
);
INSERT INTO lifecycle_setting DEFAULT VALUES;

ALTER TABLE lifecycle_run DROP CONSTRAINT lrun_status_ck;
ALTER TABLE lifecycle_run ADD CONSTRAINT lrun_status_ck
    CHECK (status IN ('PLANNED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED', 'STOPPED'));
ALTER TABLE lifecycle_run
    ADD COLUMN planned_at     timestamptz,
    ADD COLUMN catalogue_size bigint NOT NULL DEFAULT 0,
    ADD COLUMN started_login  text NOT NULL DEFAULT session_user;
CREATE INDEX lrun_started_idx ON lifecycle_run (started_at DESC);

-- One line of a plan: an action on an asset (verdict ACT) or a rule that matched and is due but spares the asset,
-- with the reason. Assets a rule matches that are not due yet are counted on the run, not listed.
CREATE TABLE lifecycle_plan_item (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id        uuid        NOT NULL REFERENCES lifecycle_run (id) ON DELETE CASCADE,
    asset_id      uuid        NOT NULL,
    asset_title   text        NOT NULL,
    rule_id       uuid,
    rule_name     text        NOT NULL,
    action        varchar(16) NOT NULL,
    target_tier   varchar(16),
    bytes         bigint      NOT NULL DEFAULT 0,
    verdict       varchar(8)  NOT NULL,
    reason        varchar(32),
    detail        text,
    state         varchar(16) NOT NULL DEFAULT 'PLANNED',
    target_path   text,
    bytes_freed   bigint      NOT NULL DEFAULT 0,
    message       text,
    finished_at   timestamptz,
    CONSTRAINT lpi_action_ck CHECK (action IN ('MOVE', 'ARCHIVE', 'DELETE', 'PURGE')),
    CONSTRAINT lpi_verdict_ck CHECK (verdict IN ('ACT', 'SPARED')),
    CONSTRAINT lpi_reason_ck CHECK ((verdict = 'ACT') = (reason IS NULL)),
    CONSTRAINT lpi_state_ck CHECK (state IN ('PLANNED', 'COPIED', 'VERIFIED', 'SWITCHED', 'DONE', 'FAILED', 'SKIPPED'))
);
CREATE INDEX lpi_run_idx ON lifecycle_plan_item (run_id, verdict, action);
CREATE INDEX lpi_asset_idx ON lifecycle_plan_item (asset_id);

-- Per rule of a run: how many assets it matched, how many are not due yet, and when the first of those will be.
CREATE TABLE lifecycle_run_rule (
    run_id       uuid    NOT NULL REFERENCES lifecycle_run (id) ON DELETE CASCADE,
    rule_id      uuid    NOT NULL,
    rule_name    text    NOT NULL,
    matched      bigint  NOT NULL,
    not_yet      bigint  NOT NULL,
    next_due_at  timestamptz,
    PRIMARY KEY (run_id, rule_id)
);

-- Legal hold stops moves too: a held asset's tier may not change, and none of its copies may be marked for removal
-- or removed (a laptop's working-set copy may still leave with its set, as in V19).
CREATE FUNCTION reelbase_guard_held_move() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    a   record;
    aid uuid;
BEGIN
    IF TG_TABLE_NAME = 'asset' THEN
        aid := NEW.id;
    ELSE
        aid := OLD.asset_id;
    END IF;
    SELECT id, title, legal_hold INTO a FROM asset WHERE id = aid;
    IF a.id IS NULL OR NOT reelbase_on_hold(a.id, a.legal_hold)
       OR EXISTS (SELECT 1 FROM working_set_asset w WHERE w.asset_id = a.id) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_TABLE_NAME = 'asset' OR TG_OP = 'DELETE' OR NEW.status IN ('PENDING_DELETE', 'DELETED') THEN
        RAISE EXCEPTION '“%” is on legal hold: its files may not be moved or removed.', a.title
            USING ERRCODE = 'object_in_use',
                  HINT = 'When the hold is over, a content manager releases it (reelbase hold ' || a.id || ' --release, or on its collection).',
                  DETAIL = 'asset ' || a.id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER asset_tier_hold BEFORE UPDATE OF storage_tier ON asset
    FOR EACH ROW WHEN (NEW.storage_tier IS DISTINCT FROM OLD.storage_tier) EXECUTE FUNCTION reelbase_guard_held_move();
CREATE TRIGGER storage_location_hold BEFORE UPDATE OF status OR DELETE ON storage_location
    FOR EACH ROW EXECUTE FUNCTION reelbase_guard_held_move();

REVOKE EXECUTE ON FUNCTION reelbase_guard_held_move() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reelbase_guard_held_move() TO reelbase_viewer, reelbase_developer;

GRANT SELECT ON lifecycle_setting, lifecycle_plan_item, lifecycle_run_rule TO reelbase_viewer;
GRANT UPDATE ON lifecycle_setting TO reelbase_admin;
GRANT INSERT, UPDATE, DELETE ON lifecycle_plan_item, lifecycle_run_rule TO reelbase_admin;
