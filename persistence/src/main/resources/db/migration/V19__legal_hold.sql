-- Reelbase schema, part 19: legal hold. An asset on hold, or in a collection on hold, may not be archived or
-- deleted (nor, once lifecycle rules move files, moved) by anyone, by any path: the database refuses it and says
-- why. Placing and releasing a hold is a content manager's; a held collection may not be deleted, nor its assets
-- taken out of it, while the hold lasts.

ALTER TABLE collection ADD COLUMN legal_hold boolean NOT NULL DEFAULT false;

-- True when the asset is held, itself or through a collection it is in.
CREATE FUNCTION reelbase_on_hold(p_asset uuid, p_own boolean) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN p_own OR EXISTS (SELECT 1 FROM collection_asset ca JOIN collection c ON c.id = ca.collection_id
                            WHERE ca.asset_id = p_asset AND c.legal_hold);
END;
$$;

CREATE FUNCTION reelbase_guard_hold() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.legal_hold IS DISTINCT FROM OLD.legal_hold AND NOT reelbase_has_role('reelbase_content_manager') THEN
        RAISE EXCEPTION 'Placing or releasing a legal hold needs the Content manager role.'
            USING ERRCODE = 'insufficient_privilege', HINT = 'Ask a content manager or an admin.', DETAIL = 'asset ' || NEW.id;
    END IF;
    -- A laptop's copy of a held asset (an offline working set) may leave the laptop when the set is returned:
    -- that destroys nothing; the asset stays held on its server.
    IF (TG_OP = 'DELETE' OR (NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('ARCHIVED', 'DELETED')))
       AND reelbase_on_hold(OLD.id, OLD.legal_hold)
       AND NOT (TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM working_set_asset w WHERE w.asset_id = OLD.id)) THEN
        RAISE EXCEPTION '“%” is on legal hold: it may not be archived or deleted.', OLD.title
            USING ERRCODE = 'object_in_use',
                  HINT = 'When the hold is over, a content manager releases it (reelbase hold ' || OLD.id || ' --release, or on its collection).',
                  DETAIL = 'asset ' || OLD.id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER asset_hold BEFORE UPDATE OF status, legal_hold OR DELETE ON asset
    FOR EACH ROW EXECUTE FUNCTION reelbase_guard_hold();

CREATE FUNCTION reelbase_guard_collection_hold() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.legal_hold IS DISTINCT FROM OLD.legal_hold AND NOT reelbase_has_role('reelbase_content_manager') THEN
        RAISE EXCEPTION 'Placing or releasing a legal hold needs the Content manager role.'
            USING ERRCODE = 'insufficient_privilege', HINT = 'Ask a content manager or an admin.';
    END IF;
    IF TG_OP = 'DELETE' AND OLD.legal_hold THEN
        RAISE EXCEPTION 'The collection “%” is on legal hold: it may not be deleted.', OLD.name
            USING ERRCODE = 'object_in_use', HINT = 'When the hold is over, release it first (reelbase hold --collection NAME --release).';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER collection_hold BEFORE UPDATE OF legal_hold OR DELETE ON collection
    FOR EACH ROW EXECUTE FUNCTION reelbase_guard_collection_hold();

-- Taking an asset out of a held collection would end its hold by the back door.
CREATE FUNCTION reelbase_guard_held_membership() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM collection c WHERE c.id = OLD.collection_id AND c.legal_hold) THEN
        RAISE EXCEPTION 'That collection is on legal hold: its assets may not be taken out of it.'
            USING ERRCODE = 'object_in_use', HINT = 'When the hold is over, release it first (reelbase hold --collection NAME --release).';
    END IF;
    RETURN OLD;
END;
$$;
CREATE TRIGGER collection_asset_hold BEFORE DELETE ON collection_asset
    FOR EACH ROW EXECUTE FUNCTION reelbase_guard_held_membership();

REVOKE EXECUTE ON FUNCTION reelbase_on_hold(uuid, boolean), reelbase_guard_hold(), reelbase_guard_collection_hold(),
    reelbase_guard_held_membership() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reelbase_on_hold(uuid, boolean), reelbase_guard_hold(), reelbase_guard_collection_hold(),
    reelbase_guard_held_membership() TO reelbase_viewer, reelbase_developer;
