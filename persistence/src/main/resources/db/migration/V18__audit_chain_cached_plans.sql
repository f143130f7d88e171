-- Reelbase schema, part 18: the audit chain's hash, computed with cached plans. A SQL function with a SET clause is
-- planned again at every call and never inlined; as PL/pgSQL the same expressions are planned once per session,
-- which makes the chain trigger about three times cheaper. The results are the same bytes (same expressions), so
-- every hash already written still checks.

CREATE OR REPLACE FUNCTION reelbase_audit_content(r action_record) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
BEGIN
    RETURN concat_ws(E'\x1f', r.id, (extract(epoch FROM r.occurred_at) * 1000000)::bigint, r.action_type, r.direction,
                     r.status, r.actor, r.login, r.user_id, r.asset_id, r.component, r.component_version, r.source_system,
                     r.destination_system, r.metadata::text, r.state_before::text, r.state_after::text, r.prev_id);
END;
$$;

CREATE OR REPLACE FUNCTION reelbase_audit_hash(prev bytea, r action_record) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
BEGIN
    RETURN sha256(coalesce(prev, ''::bytea) || convert_to(reelbase_audit_content(r), 'UTF8'));
END;
$$;

-- The head row is there after the first record of a partition: look for it first, make it only when missing.
CREATE OR REPLACE FUNCTION reelbase_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head audit_chain_head%ROWTYPE;
BEGIN
    SELECT * INTO head FROM audit_chain_head WHERE partition = TG_RELID::regclass FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO audit_chain_head (partition, last_id, last_hash) VALUES (TG_RELID, 0, ''::bytea)
            ON CONFLICT (partition) DO NOTHING;
        SELECT * INTO head FROM audit_chain_head WHERE partition = TG_RELID::regclass FOR UPDATE;
    END IF;
    NEW.prev_id := nullif(head.last_id, 0);
    NEW.row_hash := reelbase_audit_hash(nullif(head.last_hash, ''::bytea), NEW);
    UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.row_hash WHERE partition = TG_RELID::regclass;
    RETURN NEW;
END;
$$;
