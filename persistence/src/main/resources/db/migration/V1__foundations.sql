-- Reelbase schema, part 1: extensions and shared functions.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Keeps updated_at true on every UPDATE, whoever writes the row.
CREATE FUNCTION reelbase_touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- The person behind a change: the application sets reelbase.actor per transaction
-- (SET LOCAL); without it, the database login role is the actor.
CREATE FUNCTION reelbase_actor() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('reelbase.actor', true), ''), session_user::text)
$$;

-- For rows that must never change once written (version snapshots, audit records).
CREATE FUNCTION reelbase_forbid_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Write a new row instead of changing an old one.';
END;
$$;
