-- Reelbase schema, part 16: the audit trail as a hash chain, one chain per partition. Each row stores the row it
-- follows (prev_id) and sha256(previous row's hash || the row's own content), so a row changed, removed or slipped
-- in later (past the triggers) breaks the chain where it happened; reelbase_audit_problems names each such row by
-- its id. The head of each chain (its last row and hash) is kept in audit_chain_head, taken under a row lock so
-- concurrent writers form one chain, not forks.

ALTER TABLE action_record ADD COLUMN prev_id bigint;
ALTER TABLE action_record ADD COLUMN row_hash bytea;

CREATE TABLE audit_chain_head (
    partition regclass PRIMARY KEY,
    last_id   bigint NOT NULL,
    last_hash bytea  NOT NULL
);
-- Nobody but the owner (the triggers) touches it; readers of the trail may see it, to check it.
GRANT SELECT ON audit_chain_head TO reelbase_content_manager;

-- A row's content, in a form that does not depend on the session (time zone, date style).
CREATE FUNCTION reelbase_audit_content(r action_record) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
    SELECT concat_ws(E'\x1f', r.id, (extract(epoch FROM r.occurred_at) * 1000000)::bigint, r.action_type, r.direction,
                     r.status, r.actor, r.login, r.user_id, r.asset_id, r.component, r.component_version, r.source_system,
                     r.destination_system, r.metadata::text, r.state_before::text, r.state_after::text, r.prev_id)
$$;

CREATE FUNCTION reelbase_audit_hash(prev bytea, r action_record) RETURNS bytea
LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
    SELECT sha256(coalesce(prev, ''::bytea) || convert_to(reelbase_audit_content(r), 'UTF8'))
$$;

-- Runs after the login is stamped (trigger names sort: action_record_login < action_record_zchain).
CREATE FUNCTION reelbase_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head audit_chain_head%ROWTYPE;
BEGIN
    INSERT INTO audit_chain_head (partition, last_id, last_hash) VALUES (TG_RELID, 0, ''::bytea)
        ON CONFLICT (partition) DO NOTHING;
    SELECT * INTO head FROM audit_chain_head WHERE partition = TG_RELID::regclass FOR UPDATE;
    NEW.prev_id := nullif(head.last_id, 0);
    NEW.row_hash := reelbase_audit_hash(nullif(head.last_hash, ''::bytea), NEW);
    UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.row_hash WHERE partition = TG_RELID::regclass;
    RETURN NEW;
END;
$$;
CREATE TRIGGER action_record_zchain BEFORE INSERT ON action_record
    FOR EACH ROW EXECUTE FUNCTION reelbase_audit_chain();

-- The rows written before this migration join the chain in the order of their ids (the append-only trigger is
-- off for this one rewrite, by the migration alone).
ALTER TABLE action_record DISABLE TRIGGER action_record_append_only;
DO $$
DECLARE
    rec record;
    r action_record;
    last_part regclass;
    prev_hash bytea;
    prev_row bigint;
BEGIN
    FOR rec IN SELECT a.tableoid::regclass AS part, a AS whole FROM action_record a ORDER BY a.tableoid, a.id LOOP
        IF last_part IS DISTINCT FROM rec.part THEN
            IF last_part IS NOT NULL THEN
                INSERT INTO audit_chain_head VALUES (last_part, prev_row, prev_hash);
            END IF;
            last_part := rec.part;
            prev_hash := NULL;
            prev_row := NULL;
        END IF;
        r := rec.whole;
        r.prev_id := prev_row;
        r.row_hash := reelbase_audit_hash(prev_hash, r);
        UPDATE action_record SET prev_id = r.prev_id, row_hash = r.row_hash WHERE id = r.id AND occurred_at = r.occurred_at;
        prev_hash := r.row_hash;
        prev_row := r.id;
    END LOOP;
    IF last_part IS NOT NULL THEN
        INSERT INTO audit_chain_head VALUES (last_part, prev_row, prev_hash);
    END IF;
END
$$;
ALTER TABLE action_record ENABLE TRIGGER action_record_append_only;

-- Every break in the chains: a row whose content no longer gives its hash (changed), a row that points at a row
-- that is gone (the one before it was removed), a last row that is gone, rows with no hash or sharing a place in
-- the chain (slipped in past the triggers). Readable by those who may read the trail.
CREATE FUNCTION reelbase_audit_problems() RETURNS TABLE (row_id bigint, problem text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH rows AS (
        SELECT a.tableoid::regclass AS part, a AS whole, a.id, a.prev_id, a.row_hash, p.row_hash AS prev_hash,
               (p.id IS NOT NULL) AS prev_found
        FROM action_record a LEFT JOIN action_record p ON p.tableoid = a.tableoid AND p.id = a.prev_id
    )
    SELECT id, 'inserted past the audit triggers (it has no hash)' FROM rows WHERE row_hash IS NULL
    UNION ALL
    SELECT id, 'changed after it was written (its content no longer gives its hash)' FROM rows
        WHERE row_hash IS NOT NULL AND (prev_id IS NULL OR prev_found) AND row_hash <> reelbase_audit_hash(prev_hash, whole)
    UNION ALL
    SELECT prev_id, 'removed (row ' || id || ' came after it)' FROM rows WHERE prev_id IS NOT NULL AND NOT prev_found
    UNION ALL
    SELECT id, 'inserted out of order (it shares its place in the chain with row ' || first_id || ')'
        FROM (SELECT id, row_hash, min(id) OVER w AS first_id, count(*) OVER w AS n FROM rows
              WINDOW w AS (PARTITION BY part, prev_id)) shared
        WHERE n > 1 AND id <> first_id AND row_hash IS NOT NULL
    UNION ALL
    SELECT h.last_id, 'removed (it was the last row of ' || h.partition || ')' FROM audit_chain_head h
        WHERE h.last_id <> 0 AND NOT EXISTS (SELECT 1 FROM action_record a WHERE a.tableoid = h.partition AND a.id = h.last_id)
    ORDER BY 1
$$;

-- How many rows the chains hold, and the heads: write them down elsewhere to check later that nothing before them
-- was rewritten wholesale (a superuser can recompute a whole chain; not one that was written down).
CREATE FUNCTION reelbase_audit_heads() RETURNS TABLE (partition text, rows bigint, last_id bigint, last_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT h.partition::text, (SELECT count(*) FROM action_record a WHERE a.tableoid = h.partition), h.last_id,
           encode(h.last_hash, 'hex')
    FROM audit_chain_head h ORDER BY 1
$$;

REVOKE EXECUTE ON FUNCTION reelbase_audit_content(action_record), reelbase_audit_hash(bytea, action_record),
    reelbase_audit_chain(), reelbase_audit_problems(), reelbase_audit_heads() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reelbase_audit_content(action_record), reelbase_audit_hash(bytea, action_record),
    reelbase_audit_chain() TO reelbase_viewer, reelbase_developer;
GRANT EXECUTE ON FUNCTION reelbase_audit_problems(), reelbase_audit_heads() TO reelbase_content_manager;
