-- Reelbase schema, part 22: a watch folder may keep a checked copy of each original it brings in inside a storage
-- root (as `ingest --copy-to` does), and one storage root may be where every worker writes proxies, so a proxy made on
-- one workstation plays on every other.

ALTER TABLE ingest_source ADD COLUMN copy_to_root_id uuid REFERENCES storage_root (id) ON DELETE SET NULL;

ALTER TABLE storage_root ADD COLUMN holds_proxies boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX sr_one_proxy_root_uq ON storage_root (holds_proxies) WHERE holds_proxies;

-- A proxy (or any derived file) written inside a storage root belongs to it: its location says so, with the root's
-- tier, so storage list counts it, storage verify checks it and a purge removes it. Originals inside a root's folder
-- become the root's only when adopted (storage add --adopt) or copied there by Reelbase.
CREATE FUNCTION reelbase_location_in_root() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    r record;
BEGIN
    IF NEW.root_id IS NULL AND NEW.purpose <> 'ORIGINAL' THEN
        SELECT id, tier INTO r FROM storage_root WHERE starts_with(NEW.path, rtrim(path, '/') || '/') LIMIT 1;
        IF r.id IS NOT NULL THEN
            NEW.root_id := r.id;
            NEW.tier := r.tier;
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER storage_location_root BEFORE INSERT OR UPDATE OF path ON storage_location
    FOR EACH ROW EXECUTE FUNCTION reelbase_location_in_root();
REVOKE EXECUTE ON FUNCTION reelbase_location_in_root() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reelbase_location_in_root() TO reelbase_viewer, reelbase_developer;
