-- Reelbase schema, part 15: the audit trail is written only by the database. No application role may insert into
-- action_record; the audit triggers and reelbase_record_action (the application's own records: ingest, sync, job
-- steps) do it as the schema's owner. Each row carries the login that made it (session_user, stamped by a trigger
-- whatever a client sends); "actor" stays the name the application gave (a person, a worker, "lifecycle").

ALTER TABLE action_record ADD COLUMN login varchar(63);
CREATE INDEX ar_login_idx ON action_record (login, occurred_at DESC);

CREATE FUNCTION reelbase_stamp_login() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    NEW.login := session_user::text;
    RETURN NEW;
END;
$$;
CREATE TRIGGER action_record_login BEFORE INSERT ON action_record
    FOR EACH ROW EXECUTE FUNCTION reelbase_stamp_login();

-- The application's own records. The caller must be one who writes (an editor or a worker); the row says who
-- logged in, whatever actor name is given.
CREATE FUNCTION reelbase_record_action(p_type text, p_direction text, p_status text, p_actor text, p_asset uuid,
    p_component text, p_component_version text, p_metadata jsonb, p_before jsonb, p_after jsonb)
RETURNS TABLE (id bigint, occurred_at timestamptz, actor text, login text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    IF NOT (reelbase_has_role('reelbase_editor') OR reelbase_has_role('reelbase_developer')) THEN
        RAISE EXCEPTION 'Recording in the audit trail needs the Editor or Developer role.'
            USING ERRCODE = 'insufficient_privilege', HINT = 'Ask an admin for a role that may write.';
    END IF;
    RETURN QUERY
        INSERT INTO action_record AS a (action_type, direction, status, actor, asset_id, component, component_version,
                                        metadata, state_before, state_after)
        VALUES (p_type, coalesce(p_direction, 'INTERNAL'), coalesce(p_status, 'SUCCESS'), coalesce(nullif(p_actor, ''), reelbase_actor()),
                p_asset, p_component, p_component_version, coalesce(p_metadata, '{}'::jsonb), p_before, p_after)
        RETURNING a.id, a.occurred_at, a.actor::text, a.login::text;
END;
$$;

-- The triggers write the trail as the owner, so the people whose changes they record need no INSERT on it.
ALTER FUNCTION reelbase_audit_asset() SECURITY DEFINER;
CREATE OR REPLACE FUNCTION reelbase_version_written() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    kind varchar(32);
BEGIN
    -- Copying a server's versions into a laptop's catalogue (offline working sets) is not an edit. Only an admin's
    -- session may say so (the laptop's own person is one): anyone else's versions are recorded, whatever they set.
    IF current_setting('reelbase.copying', true) = 'on' AND reelbase_has_role('reelbase_admin') THEN
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

REVOKE INSERT ON action_record FROM reelbase_editor, reelbase_developer;
REVOKE USAGE ON SEQUENCE action_record_id_seq FROM reelbase_editor, reelbase_developer;

REVOKE EXECUTE ON FUNCTION reelbase_stamp_login(), reelbase_record_action(text, text, text, text, uuid, text, text, jsonb, jsonb, jsonb)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reelbase_stamp_login(), reelbase_record_action(text, text, text, text, uuid, text, text, jsonb, jsonb, jsonb)
    TO reelbase_viewer, reelbase_developer;

-- ---- refusals are recorded -------------------------------------------------------------------------------

ALTER TABLE action_record DROP CONSTRAINT ar_type_ck;
ALTER TABLE action_record ADD CONSTRAINT ar_type_ck CHECK (action_type IN (
    'INGRESS', 'EGRESS', 'USER_UPLOAD', 'WATCH_FOLDER_INGEST', 'API_SUBMISSION', 'DUPLICATE_FOUND',
    'ASSET_CREATED', 'ASSET_DELETED', 'METADATA_UPDATE', 'BATCH_EDIT', 'STATUS_CHANGE', 'REVIEW_CHANGE',
    'CONFLICT_RESOLVED', 'ROLLBACK', 'JOB_QUEUED', 'JOB_RETRY', 'JOB_CANCEL', 'JOB_COMPLETED', 'JOB_FAILED',
    'LIFECYCLE_ARCHIVE', 'LIFECYCLE_DELETE', 'LIFECYCLE_MOVE', 'SYNC', 'LOGIN', 'ADMIN_CHANGE', 'MIGRATION',
    'ACCESS_DENIED'));

-- The guard names the asset it refused (DETAIL "asset <id>"), so the refusal can be recorded against it.
CREATE OR REPLACE FUNCTION reelbase_guard_asset() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    old_review text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.review_status END;
    old_status text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END;
    needed     text;
    act        text;
BEGIN
    IF NEW.review_status IS DISTINCT FROM old_review
       AND (NEW.review_status IN ('APPROVED', 'REJECTED') OR old_review IN ('APPROVED', 'REJECTED'))
       AND NOT reelbase_has_role('reelbase_content_manager') THEN
        needed := 'Content manager';
        act := CASE NEW.review_status WHEN 'APPROVED' THEN 'Approving' WHEN 'REJECTED' THEN 'Rejecting'
               ELSE 'Reopening an approved or rejected asset' END;
    ELSIF NEW.status IS DISTINCT FROM old_status THEN
        IF (NEW.status = 'DELETED' OR old_status = 'DELETED') AND NOT reelbase_has_role('reelbase_admin') THEN
            needed := 'Admin';
            act := CASE WHEN NEW.status = 'DELETED' THEN 'Deleting' ELSE 'Restoring a deleted asset' END;
        ELSIF (NEW.status = 'ARCHIVED' OR old_status = 'ARCHIVED') AND NOT reelbase_has_role('reelbase_content_manager') THEN
            needed := 'Content manager';
            act := CASE WHEN NEW.status = 'ARCHIVED' THEN 'Archiving' ELSE 'Restoring an archived asset' END;
        END IF;
    END IF;
    IF needed IS NOT NULL THEN
        RAISE EXCEPTION '% needs the % role.', act, needed
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Ask an admin to give you the ' || needed || ' role, or ask someone who has it.',
                  DETAIL = 'asset ' || NEW.id;
    END IF;
    RETURN NEW;
END;
$$;

-- What the database refused a login, recorded in a transaction of its own (the refused one rolled back). Anyone
-- may record their own refusals; the row says who logged in.
CREATE FUNCTION reelbase_record_denial(p_what text, p_asset uuid, p_actor text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO public.action_record (action_type, status, actor, asset_id, component, metadata)
    VALUES ('ACCESS_DENIED', 'FAILED', coalesce(nullif(p_actor, ''), session_user::text), p_asset, 'database',
            jsonb_build_object('denied', left(p_what, 500)))
$$;
REVOKE EXECUTE ON FUNCTION reelbase_record_denial(text, uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reelbase_record_denial(text, uuid, text) TO reelbase_viewer, reelbase_developer;
