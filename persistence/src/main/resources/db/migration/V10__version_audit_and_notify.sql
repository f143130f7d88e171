-- Reelbase schema, part 10: every version a person's edit writes leaves its action record, and every new
-- version of an asset is announced to the other clients (the inspector's "Ann changed the title" banner).

-- The edit pipeline's versions in the audit trail, whoever wrote them. CREATE and JOB versions have their own
-- records already (ASSET_CREATED, STATUS_CHANGE from the asset trigger).
CREATE FUNCTION reelbase_version_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    kind varchar(32);
BEGIN
    -- Copying a server's versions into a laptop's catalogue (offline working sets) is not an edit.
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
        -- The clients that show this asset learn of it at commit (payloads are small: at most 8000 bytes).
        PERFORM pg_notify('reelbase_asset_changed', json_build_object(
                'asset', NEW.asset_id, 'version', NEW.version, 'origin', NEW.origin,
                'author', left(NEW.created_by_name, 200), 'summary', left(NEW.change_summary, 500),
                'client', current_setting('application_name', true))::text);
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER asset_version_written AFTER INSERT ON asset_version
    FOR EACH ROW EXECUTE FUNCTION reelbase_version_written();

-- The version in effect at a moment, for "revert to how they were at ...".
CREATE INDEX asset_version_asset_time_idx ON asset_version (asset_id, created_at DESC);
