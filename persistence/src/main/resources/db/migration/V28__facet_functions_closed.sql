-- The functions of V27 as every other function here is: a pinned search path, and not for PUBLIC to run
-- (the trigger functions run as their owner; readers fold the tally through reelbase_viewer's grant).
ALTER FUNCTION reelbase_facet_values(text, text, text, text, boolean, text, text, uuid[]) SET search_path = pg_catalog, pg_temp;
REVOKE EXECUTE ON FUNCTION reelbase_facet_values(text, text, text, text, boolean, text, text, uuid[]),
    reelbase_asset_tags_follow(), reelbase_asset_metadata_follow(), reelbase_facet_tally_follow(),
    reelbase_fold_facet_tally() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reelbase_fold_facet_tally() TO reelbase_viewer;
