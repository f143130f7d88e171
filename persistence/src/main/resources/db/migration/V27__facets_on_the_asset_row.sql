-- Everything the library filters and counts by now stands on the asset row itself, so that a tag plus words,
-- or a codec plus a type, is one intersection of indexes, and a whole list's facet counts are one pass over
-- its rows. Kept by triggers in the same transaction as the change that causes them:
--   tag_ids              the asset's keyword tags (graph nodes of type KEYWORD), from asset_graph_node
--   codec                coalesce(video_codec, audio_codec) of its technical metadata
--   resolution_category  that of its technical metadata
-- and the counts of every facet value for the whole catalogue, by type and status, in facet_tally: changes
-- are appended to facet_tally_change (no row is ever contended by two writers) and folded into facet_tally
-- now and then; the count is the sum of both.
ALTER TABLE asset ADD COLUMN tag_ids uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN codec varchar(50),
    ADD COLUMN resolution_category varchar(20);

-- One pass over the catalogue (a row is rewritten once, not once per copy).
UPDATE asset a SET codec = s.codec, resolution_category = s.resolution_category, tag_ids = coalesce(s.ids, '{}')
FROM (SELECT x.id, coalesce(t.video_codec, t.audio_codec) AS codec, t.resolution_category, k.ids
      FROM asset x
      LEFT JOIN technical_metadata t ON t.asset_id = x.id
      LEFT JOIN (SELECT g.asset_id, array_agg(g.node_id ORDER BY g.node_id) AS ids
                 FROM asset_graph_node g JOIN graph_node n ON n.id = g.node_id AND n.node_type = 'KEYWORD'
                 GROUP BY g.asset_id) k ON k.asset_id = x.id) s
WHERE s.id = a.id AND (s.codec IS NOT NULL OR s.resolution_category IS NOT NULL OR s.ids IS NOT NULL);

CREATE INDEX asset_tag_ids_idx ON asset USING gin (tag_ids);
CREATE INDEX asset_codec_idx ON asset (codec, created_at DESC) WHERE codec IS NOT NULL;
CREATE INDEX asset_resolution_idx ON asset (resolution_category, created_at DESC) WHERE resolution_category IS NOT NULL;

-- ---- the row's copies, kept by triggers (SECURITY DEFINER: whoever may tag or write metadata keeps them) ----

-- Statement by statement, so that tagging many assets at once is one update of their rows.
CREATE FUNCTION reelbase_asset_tags_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE asset a SET tag_ids = (SELECT array_agg(DISTINCT x) FROM unnest(a.tag_ids || c.ids) x)
        FROM (SELECT r.asset_id, array_agg(r.node_id) AS ids FROM new_rows r
              JOIN graph_node n ON n.id = r.node_id AND n.node_type = 'KEYWORD' GROUP BY r.asset_id) c
        WHERE a.id = c.asset_id AND NOT a.tag_ids @> c.ids;
    ELSE
        -- also the cascade of an asset's own delete, when its row is already gone: nothing to do then
        UPDATE asset a SET tag_ids = coalesce((SELECT array_agg(x) FROM unnest(a.tag_ids) x WHERE x <> ALL (c.ids)), '{}')
        FROM (SELECT r.asset_id, array_agg(r.node_id) AS ids FROM old_rows r GROUP BY r.asset_id) c
        WHERE a.id = c.asset_id AND a.tag_ids && c.ids;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER asset_graph_node_tags_added AFTER INSERT ON asset_graph_node REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reelbase_asset_tags_follow();
CREATE TRIGGER asset_graph_node_tags_removed AFTER DELETE ON asset_graph_node REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reelbase_asset_tags_follow();

CREATE FUNCTION reelbase_asset_metadata_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE asset a SET codec = NULL, resolution_category = NULL FROM old_rows r
        WHERE a.id = r.asset_id AND (a.codec IS NOT NULL OR a.resolution_category IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM technical_metadata t WHERE t.asset_id = r.asset_id);
    ELSE
        UPDATE asset a SET codec = coalesce(r.video_codec, r.audio_codec), resolution_category = r.resolution_category
        FROM new_rows r
        WHERE a.id = r.asset_id
          AND (a.codec IS DISTINCT FROM coalesce(r.video_codec, r.audio_codec)
               OR a.resolution_category IS DISTINCT FROM r.resolution_category);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER technical_metadata_facets_added AFTER INSERT ON technical_metadata REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reelbase_asset_metadata_follow();
CREATE TRIGGER technical_metadata_facets_changed AFTER UPDATE ON technical_metadata REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reelbase_asset_metadata_follow();
CREATE TRIGGER technical_metadata_facets_removed AFTER DELETE ON technical_metadata REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reelbase_asset_metadata_follow();

-- ---- facet counts ----------------------------------------------------------------------------------------

CREATE TABLE facet_tally (
    asset_type varchar(16) NOT NULL,
    status     varchar(16) NOT NULL,
    facet      varchar(16) NOT NULL,
    value      text        NOT NULL,
    n          bigint      NOT NULL,
    PRIMARY KEY (asset_type, status, facet, value)
);
CREATE TABLE facet_tally_change (
    asset_type varchar(16) NOT NULL,
    status     varchar(16) NOT NULL,
    facet      varchar(16) NOT NULL,
    value      text        NOT NULL,
    n          bigint      NOT NULL
);
GRANT SELECT ON facet_tally, facet_tally_change TO reelbase_viewer;

-- What one asset row adds to the counts: a (facet, value) for each facet it has a value for. Tags are
-- counted by node id (a renamed tag keeps its counts).
CREATE FUNCTION reelbase_facet_values(asset_type text, status text, review_status text, source_system text,
                                      damaged boolean, codec text, resolution_category text, tag_ids uuid[])
RETURNS TABLE (facet text, value text)
LANGUAGE sql IMMUTABLE AS $$
    SELECT v.facet, v.value
    FROM (VALUES ('TYPE', asset_type), ('STATUS', status), ('REVIEW', review_status), ('SOURCE', source_system),
                 ('CONDITION', CASE WHEN damaged THEN 'DAMAGED' ELSE 'INTACT' END),
                 ('CODEC', codec), ('RESOLUTION', resolution_category)) v (facet, value)
    WHERE v.value IS NOT NULL
    UNION ALL
    SELECT 'TAG', t::text FROM unnest(tag_ids) t
$$;

-- One statement's changes, summed: an update that changes nothing counted writes nothing.
CREATE FUNCTION reelbase_facet_tally_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO facet_tally_change
        SELECT r.asset_type, r.status, v.facet, v.value, count(*) FROM new_rows r, reelbase_facet_values(r.asset_type, r.status, r.review_status, r.source_system,
                r.damage IS NOT NULL, r.codec, r.resolution_category, r.tag_ids) v GROUP BY 1, 2, 3, 4;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO facet_tally_change
        SELECT r.asset_type, r.status, v.facet, v.value, -count(*) FROM old_rows r, reelbase_facet_values(r.asset_type, r.status, r.review_status, r.source_system,
                r.damage IS NOT NULL, r.codec, r.resolution_category, r.tag_ids) v GROUP BY 1, 2, 3, 4;
    ELSE
        INSERT INTO facet_tally_change
        SELECT asset_type, status, facet, value, sum(n) FROM (
            SELECT r.asset_type, r.status, v.facet, v.value, 1 AS n FROM new_rows r, reelbase_facet_values(r.asset_type, r.status, r.review_status, r.source_system,
                r.damage IS NOT NULL, r.codec, r.resolution_category, r.tag_ids) v
            UNION ALL
            SELECT r.asset_type, r.status, v.facet, v.value, -1 FROM old_rows r, reelbase_facet_values(r.asset_type, r.status, r.review_status, r.source_system,
                r.damage IS NOT NULL, r.codec, r.resolution_category, r.tag_ids) v) d
        GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER asset_facet_tally_insert AFTER INSERT ON asset REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reelbase_facet_tally_follow();
CREATE TRIGGER asset_facet_tally_update AFTER UPDATE ON asset REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reelbase_facet_tally_follow();
CREATE TRIGGER asset_facet_tally_delete AFTER DELETE ON asset REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reelbase_facet_tally_follow();

-- Folds the changes into the counts. Called by readers now and then; one at a time (the others skip it).
-- A change not yet committed is not seen, so stays for a later fold.
CREATE FUNCTION reelbase_fold_facet_tally() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    folded bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('reelbase_fold_facet_tally')) THEN
        RETURN 0;
    END IF;
    WITH moved AS (DELETE FROM facet_tally_change RETURNING *),
         summed AS (SELECT asset_type, status, facet, value, sum(n) AS n, count(*) AS rows FROM moved GROUP BY 1, 2, 3, 4),
         upserted AS (INSERT INTO facet_tally AS t SELECT asset_type, status, facet, value, n FROM summed
                      ON CONFLICT (asset_type, status, facet, value) DO UPDATE SET n = t.n + excluded.n)
    SELECT coalesce(sum(rows), 0) INTO folded FROM summed;
    DELETE FROM facet_tally WHERE n = 0;
    RETURN folded;
END
$$;
GRANT EXECUTE ON FUNCTION reelbase_fold_facet_tally() TO reelbase_viewer;

INSERT INTO facet_tally
SELECT a.asset_type, a.status, v.facet, v.value, count(*) FROM asset a, reelbase_facet_values(a.asset_type, a.status, a.review_status, a.source_system,
    a.damage IS NOT NULL, a.codec, a.resolution_category, a.tag_ids) v GROUP BY 1, 2, 3, 4;
