-- Reelbase schema, part 13: who may do what, enforced by PostgreSQL itself (clients send SQL straight to the
-- database, so a rule checked only in Java is no rule). See docs/decisions/0014-permissions-in-postgresql.md.
--
-- The schema belongs to reelbase_owner (NOLOGIN); the group roles below hold the privileges; each person logs in
-- with a role of their own that is a member of one group role. Ownership of the objects made by earlier
-- migrations is moved to reelbase_owner after every migration run (Database.settleOwnership), so no person's
-- login owns a table. Running this needs a login that may create roles (the server's admin, or the embedded
-- server's superuser).

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['reelbase_owner', 'reelbase_viewer', 'reelbase_developer', 'reelbase_editor',
                             'reelbase_content_manager', 'reelbase_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database on this server made it at the same moment
            END;
        END IF;
    END LOOP;
END
$$;

-- Each role holds the one below: viewer < editor < content manager < admin; a developer (headless workers)
-- reads as a viewer and runs jobs; an admin may also run jobs (the desktop app's own workers).
GRANT reelbase_viewer TO reelbase_editor;
GRANT reelbase_editor TO reelbase_content_manager;
GRANT reelbase_content_manager TO reelbase_admin;
GRANT reelbase_viewer TO reelbase_developer;
GRANT reelbase_developer TO reelbase_admin;

-- Nobody but the owner creates objects here; the group roles may use the schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO reelbase_viewer, reelbase_developer;
-- Functions are callable by PUBLIC unless revoked: every one of ours is granted below, on purpose.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- ---- who is asking ---------------------------------------------------------------------------------------

-- True when the login behind this session holds group role r (a superuser holds every role).
CREATE FUNCTION reelbase_has_role(r text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(session_user, r, 'MEMBER')
$$;

-- The profile (app_user) of the login behind this session, or null. SECURITY DEFINER: it reads app_user past
-- the row-level security that keeps other people's profiles from view.
CREATE FUNCTION reelbase_current_user_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM public.app_user WHERE login_role = session_user::text AND active
$$;

-- ---- privileged transitions ------------------------------------------------------------------------------

-- Approving, rejecting, archiving, restoring and deleting go through the one edit pipeline (a new version,
-- merged like any edit), so they are guarded where every path meets: the asset row. The message names the
-- role that may do it; the application shows it as it is.
CREATE FUNCTION reelbase_guard_asset() RETURNS trigger
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
                  HINT = 'Ask an admin to give you the ' || needed || ' role, or ask someone who has it.';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER asset_guard BEFORE INSERT OR UPDATE OF review_status, status ON asset
    FOR EACH ROW EXECUTE FUNCTION reelbase_guard_asset();

-- Claiming a job (taking its lease) is a worker's: a content manager may retry and cancel, not run.
CREATE FUNCTION reelbase_guard_job() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.locked_by IS NOT NULL AND NEW.locked_by IS DISTINCT FROM OLD.locked_by
       AND NOT reelbase_has_role('reelbase_developer') THEN
        RAISE EXCEPTION 'Running jobs needs the Developer role (a worker''s login).'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Start reelbase worker with its own Developer login, or ask an admin.';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER processing_job_guard BEFORE UPDATE OF locked_by ON processing_job
    FOR EACH ROW EXECUTE FUNCTION reelbase_guard_job();

-- ---- owners of collections and saved searches ------------------------------------------------------------

CREATE FUNCTION reelbase_default_owner() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    NEW.owner_id := coalesce(NEW.owner_id, reelbase_current_user_id());
    RETURN NEW;
END;
$$;
CREATE TRIGGER collection_owner BEFORE INSERT ON collection FOR EACH ROW EXECUTE FUNCTION reelbase_default_owner();
CREATE TRIGGER saved_search_owner BEFORE INSERT ON saved_search FOR EACH ROW EXECUTE FUNCTION reelbase_default_owner();

-- True when the person may change a collection or saved search owned by owner: their own, or any as a
-- content manager (collections without an owner are the team's).
CREATE FUNCTION reelbase_may_manage(owner uuid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT (owner IS NOT NULL AND owner = reelbase_current_user_id()) OR reelbase_has_role('reelbase_content_manager')
$$;

-- Collections are the team's to see; each person changes their own.
ALTER TABLE collection ENABLE ROW LEVEL SECURITY;
ALTER TABLE collection FORCE ROW LEVEL SECURITY;
CREATE POLICY collection_read ON collection FOR SELECT USING (true);
CREATE POLICY collection_add ON collection FOR INSERT WITH CHECK (reelbase_may_manage(owner_id));
CREATE POLICY collection_change ON collection FOR UPDATE USING (reelbase_may_manage(owner_id))
    WITH CHECK (reelbase_may_manage(owner_id));
CREATE POLICY collection_remove ON collection FOR DELETE USING (reelbase_may_manage(owner_id));

ALTER TABLE collection_asset ENABLE ROW LEVEL SECURITY;
ALTER TABLE collection_asset FORCE ROW LEVEL SECURITY;
CREATE POLICY collection_asset_read ON collection_asset FOR SELECT USING (true);
CREATE POLICY collection_asset_add ON collection_asset FOR INSERT WITH CHECK (
    EXISTS (SELECT 1 FROM collection c WHERE c.id = collection_id AND reelbase_may_manage(c.owner_id)));
CREATE POLICY collection_asset_change ON collection_asset FOR UPDATE USING (
    EXISTS (SELECT 1 FROM collection c WHERE c.id = collection_id AND reelbase_may_manage(c.owner_id)));
CREATE POLICY collection_asset_remove ON collection_asset FOR DELETE USING (
    EXISTS (SELECT 1 FROM collection c WHERE c.id = collection_id AND reelbase_may_manage(c.owner_id)));

-- Saved searches are each person's own (those without an owner are the team's); an admin sees them all.
ALTER TABLE saved_search ENABLE ROW LEVEL SECURITY;
ALTER TABLE saved_search FORCE ROW LEVEL SECURITY;
CREATE POLICY saved_search_read ON saved_search FOR SELECT USING (
    owner_id IS NULL OR owner_id = reelbase_current_user_id() OR reelbase_has_role('reelbase_admin'));
CREATE POLICY saved_search_add ON saved_search FOR INSERT WITH CHECK (reelbase_may_manage(owner_id));
CREATE POLICY saved_search_change ON saved_search FOR UPDATE USING (reelbase_may_manage(owner_id))
    WITH CHECK (reelbase_may_manage(owner_id));
CREATE POLICY saved_search_remove ON saved_search FOR DELETE USING (reelbase_may_manage(owner_id));

-- A person sees their own profile; an admin sees and manages everyone's.
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY app_user_self ON app_user FOR SELECT USING (login_role = session_user::text);
CREATE POLICY app_user_admin ON app_user FOR ALL USING (reelbase_has_role('reelbase_admin'))
    WITH CHECK (reelbase_has_role('reelbase_admin'));

-- ---- the audit trail's partitions, made by whichever client starts first ----------------------------------

ALTER FUNCTION reelbase_ensure_action_record_partitions(integer) SECURITY DEFINER;
ALTER FUNCTION reelbase_ensure_action_record_partitions(integer) SET search_path = public, pg_temp;

-- Every function runs with a search path no session can bend (a temporary table named like one of ours
-- would otherwise catch what a trigger writes).
ALTER FUNCTION reelbase_touch_updated_at() SET search_path = public, pg_temp;
ALTER FUNCTION reelbase_actor() SET search_path = public, pg_temp;
ALTER FUNCTION reelbase_forbid_change() SET search_path = public, pg_temp;
ALTER FUNCTION reelbase_audit_asset() SET search_path = public, pg_temp;
ALTER FUNCTION reelbase_version_written() SET search_path = public, pg_temp;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reelbase_has_role(text), reelbase_current_user_id(), reelbase_may_manage(uuid),
    reelbase_actor(), reelbase_ensure_action_record_partitions(integer), reelbase_touch_updated_at(),
    reelbase_forbid_change(), reelbase_audit_asset(), reelbase_version_written(), reelbase_guard_asset(),
    reelbase_guard_job(), reelbase_default_owner()
    TO reelbase_viewer, reelbase_developer;
-- pg_trgm's functions (similarity, the % operator) stay callable: they belong to the extension.
DO $$
BEGIN
    EXECUTE (SELECT 'GRANT EXECUTE ON FUNCTION ' || string_agg(p.oid::regprocedure::text, ', ')
                    || ' TO reelbase_viewer, reelbase_developer'
             FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
             JOIN pg_extension x ON x.oid = d.refobjid AND x.extname = 'pg_trgm');
END
$$;

-- ---- table privileges ------------------------------------------------------------------------------------

-- VIEWER: reads the library, its history, collections, jobs and workflows; not the audit trail.
GRANT SELECT ON asset, asset_version, technical_metadata, storage_location, derivative, graph_node,
    asset_graph_node, graph_relationship, collection, collection_asset, saved_search, workflow_definition,
    ingest_source, processing_job, job_event, lifecycle_rule, lifecycle_run, working_set, working_set_asset,
    sync_journal, app_user, flyway_schema_history
    TO reelbase_viewer;

-- EDITOR: ingests, edits metadata and tags, manages own collections and saved searches, takes sets offline.
GRANT INSERT, UPDATE ON asset TO reelbase_editor;
GRANT INSERT ON asset_version TO reelbase_editor;
GRANT INSERT, UPDATE, DELETE ON graph_node, asset_graph_node, graph_relationship TO reelbase_editor;
GRANT INSERT, UPDATE, DELETE ON collection, collection_asset, saved_search TO reelbase_editor;
GRANT INSERT, UPDATE ON technical_metadata, storage_location, derivative TO reelbase_editor;
GRANT INSERT ON processing_job, job_event TO reelbase_editor;
GRANT UPDATE (last_sync_at, last_sync_status, last_sync_message, updated_at) ON ingest_source TO reelbase_editor;
GRANT INSERT, UPDATE, DELETE ON working_set, working_set_asset, sync_journal TO reelbase_editor;
GRANT USAGE ON SEQUENCE sync_journal_id_seq, job_event_id_seq TO reelbase_editor;

-- CONTENT MANAGER: also retries and cancels jobs and reads the audit trail (approving and archiving are
-- the guard above).
GRANT UPDATE ON processing_job TO reelbase_content_manager;
GRANT SELECT ON action_record TO reelbase_content_manager;

-- DEVELOPER: claims and runs jobs, writes technical metadata, derivatives and job results: nothing else.
GRANT INSERT, UPDATE ON processing_job TO reelbase_developer;
GRANT INSERT ON job_event TO reelbase_developer;
GRANT USAGE ON SEQUENCE job_event_id_seq TO reelbase_developer;
GRANT INSERT, UPDATE, DELETE ON technical_metadata, derivative, storage_location TO reelbase_developer;
GRANT UPDATE (status, duration_ms, mime_type, recorded_at, file_size, enriched_metadata, version, version_id,
    updated_at) ON asset TO reelbase_developer;
GRANT INSERT ON asset_version TO reelbase_developer;

-- The audit trail: written by the triggers and the application (editor and developer paths), never changed.
GRANT INSERT ON action_record TO reelbase_editor, reelbase_developer;
GRANT USAGE ON SEQUENCE action_record_id_seq TO reelbase_editor, reelbase_developer;

-- ADMIN: also people, workflows, watch folders, lifecycle rules, and deleting.
GRANT INSERT, UPDATE, DELETE ON app_user, workflow_definition, ingest_source, lifecycle_rule, lifecycle_run
    TO reelbase_admin;
GRANT DELETE ON asset TO reelbase_admin;
