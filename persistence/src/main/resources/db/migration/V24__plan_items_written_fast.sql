-- Reelbase schema, part 24: a plan over a large catalogue writes a million items or more; checking each one's run
-- with a foreign key cost more than writing it. The items still go with their run, through a trigger; nothing looks
-- items up by asset, so that index goes too.

ALTER TABLE lifecycle_plan_item DROP CONSTRAINT lifecycle_plan_item_run_id_fkey;
DROP INDEX lpi_asset_idx;

CREATE FUNCTION reelbase_drop_run_items() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM lifecycle_plan_item WHERE run_id = OLD.id;
    RETURN OLD;
END;
$$;
CREATE TRIGGER lifecycle_run_items AFTER DELETE ON lifecycle_run FOR EACH ROW EXECUTE FUNCTION reelbase_drop_run_items();
REVOKE EXECUTE ON FUNCTION reelbase_drop_run_items() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reelbase_drop_run_items() TO reelbase_viewer, reelbase_developer;
