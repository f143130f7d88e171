-- Reelbase schema, part 25: where a rule would act on an asset that a rule of higher priority takes, the plan keeps a
-- count per pair of rules instead of a row per asset: the acting item names the other rules that were due ("also
-- due"). A plan over a large catalogue writes half as many rows.

CREATE TABLE lifecycle_run_overlap (
    run_id    uuid    NOT NULL,
    rule_name text    NOT NULL,
    winner    text    NOT NULL,
    assets    bigint  NOT NULL,
    PRIMARY KEY (run_id, rule_name, winner)
);

CREATE OR REPLACE FUNCTION reelbase_drop_run_items() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM lifecycle_plan_item WHERE run_id = OLD.id;
    DELETE FROM lifecycle_run_overlap WHERE run_id = OLD.id;
    RETURN OLD;
END;
$$;

GRANT SELECT ON lifecycle_run_overlap TO reelbase_viewer;
GRANT INSERT, UPDATE, DELETE ON lifecycle_run_overlap TO reelbase_admin;
