-- Reelbase schema, part 11: offline working sets. On a laptop's own catalogue, the assets taken away from a
-- team's server: which server, which set, and the server version each was copied (or last synced) at.

CREATE TABLE working_set (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name           varchar(200) NOT NULL,
    server_url     text         NOT NULL,
    server_user    varchar(200) NOT NULL,
    history_depth  integer,
    taken_at       timestamptz  NOT NULL DEFAULT now(),
    last_synced_at timestamptz,
    CONSTRAINT working_set_name_ck CHECK (length(btrim(name)) > 0),
    CONSTRAINT working_set_url_ck CHECK (length(server_url) > 0),
    CONSTRAINT working_set_depth_ck CHECK (history_depth IS NULL OR history_depth >= 1)
);
CREATE UNIQUE INDEX working_set_name_uq ON working_set (lower(name));

CREATE TABLE working_set_asset (
    working_set_id     uuid        NOT NULL REFERENCES working_set (id) ON DELETE CASCADE,
    asset_id           uuid        NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    -- The server's version the local copy was made from (the base of the next sync's merge) ...
    base_version       bigint      NOT NULL,
    -- ... and the local version that holds that same record: a higher local version is a local change.
    local_base_version bigint      NOT NULL,
    server_state       varchar(16) NOT NULL DEFAULT 'PRESENT',
    PRIMARY KEY (working_set_id, asset_id),
    CONSTRAINT wsa_base_ck CHECK (base_version >= 1 AND local_base_version >= 1),
    CONSTRAINT wsa_state_ck CHECK (server_state IN ('PRESENT', 'ARCHIVED', 'DELETED', 'MISSING'))
);
-- An asset is in one working set at a time: two sets syncing one asset would each merge against a stale base.
CREATE UNIQUE INDEX working_set_asset_once_uq ON working_set_asset (asset_id);

-- Copying a server's versions into the laptop's catalogue is not an edit: no action records, no notices.
CREATE OR REPLACE FUNCTION reelbase_version_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    kind varchar(32);
BEGIN
    IF current_setting('reelbase.copying', true) = 'on' THEN
        RETURN NEW;
    END IF;
    kind := CASE
        WHEN NEW.conflict_resolved THEN 'CONFLICT_RESOLVED'
        WHEN NEW.origin IN ('EDIT', 'MERGE', 'IMPORT') THEN 'METADATA_UPDATE'
        WHEN NEW.origin = 'BATCH_EDIT' THEN 'BATCH_EDIT'
        WHEN NEW.origin = 'ROLLBACK' THEN 'ROLLBACK'
        WHEN NEW.origin = 'SYNC' THEN 'SYNC'
        ELSE NULL
    END;
    IF kind IS NOT NULL THEN
        INSERT INTO action_record (action_type, asset_id, component, state_before, state_after, metadata)
        VALUES (kind, NEW.asset_id, 'edit pipeline',
                jsonb_build_object('version', NEW.base_version),
                jsonb_build_object('version', NEW.version),
                jsonb_build_object('origin', NEW.origin, 'summary', NEW.change_summary, 'author', NEW.created_by_name));
        PERFORM pg_notify('reelbase_asset_changed', json_build_object(
                'asset', NEW.asset_id, 'version', NEW.version, 'origin', NEW.origin,
                'author', left(NEW.created_by_name, 200), 'summary', left(NEW.change_summary, 500),
                'client', current_setting('application_name', true))::text);
    END IF;
    RETURN NEW;
END;
$$;
