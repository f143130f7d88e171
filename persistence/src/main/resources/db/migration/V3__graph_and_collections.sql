-- Reelbase schema, part 3: tags and related assets (a small graph), collections, saved searches.

CREATE TABLE graph_node (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    node_type  varchar(16)  NOT NULL,
    name       varchar(300) NOT NULL,
    metadata   jsonb        NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT graph_node_type_ck CHECK (node_type IN ('KEYWORD', 'TOPIC', 'CONTRIBUTOR', 'BRAND', 'SPEAKER', 'PERSONA')),
    CONSTRAINT graph_node_name_ck CHECK (length(btrim(name)) > 0 AND name = btrim(name)),
    CONSTRAINT graph_node_metadata_ck CHECK (jsonb_typeof(metadata) = 'object')
);
-- One node per type and name, whatever the case: "Sunset" and "sunset" are the same tag.
CREATE UNIQUE INDEX graph_node_type_name_uq ON graph_node (node_type, lower(name));
CREATE INDEX graph_node_name_trgm_idx ON graph_node USING gin (name gin_trgm_ops);

CREATE TABLE asset_graph_node (
    asset_id   uuid        NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    node_id    uuid        NOT NULL REFERENCES graph_node (id) ON DELETE CASCADE,
    confidence double precision,
    origin     varchar(16) NOT NULL DEFAULT 'USER',
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (asset_id, node_id),
    CONSTRAINT agn_confidence_ck CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1),
    CONSTRAINT agn_origin_ck CHECK (origin IN ('USER', 'JOB', 'SYNC', 'IMPORT'))
);
CREATE INDEX agn_node_idx ON asset_graph_node (node_id, asset_id);

CREATE TABLE graph_relationship (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    source_asset_id   uuid        NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    target_asset_id   uuid        NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    relationship_type varchar(20) NOT NULL,
    score             double precision,
    data              jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT gr_type_ck CHECK (relationship_type IN ('SHARED_KEYWORD', 'SHARED_TOPIC', 'TEMPORAL', 'SAME_CONTRIBUTOR', 'RELATED_TO', 'DERIVED_FROM')),
    CONSTRAINT gr_not_self_ck CHECK (source_asset_id <> target_asset_id),
    CONSTRAINT gr_score_ck CHECK (score IS NULL OR score BETWEEN 0 AND 1),
    CONSTRAINT gr_uq UNIQUE (source_asset_id, target_asset_id, relationship_type)
);
CREATE INDEX gr_target_idx ON graph_relationship (target_asset_id);

CREATE TABLE collection (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        varchar(200) NOT NULL,
    description text,
    owner_id    uuid REFERENCES app_user (id) ON DELETE SET NULL,
    offline     boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT collection_name_ck CHECK (length(btrim(name)) > 0)
);
CREATE UNIQUE INDEX collection_name_uq ON collection (lower(name));
CREATE TRIGGER collection_touch BEFORE UPDATE ON collection
    FOR EACH ROW EXECUTE FUNCTION reelbase_touch_updated_at();

CREATE TABLE collection_asset (
    collection_id uuid        NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    asset_id      uuid        NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    position      integer     NOT NULL DEFAULT 0,
    added_by      uuid REFERENCES app_user (id) ON DELETE SET NULL,
    added_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (collection_id, asset_id),
    CONSTRAINT ca_position_ck CHECK (position >= 0)
);
CREATE INDEX ca_asset_idx ON collection_asset (asset_id);

CREATE TABLE saved_search (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name       varchar(200) NOT NULL,
    query      text         NOT NULL DEFAULT '',
    filters    jsonb        NOT NULL DEFAULT '{}'::jsonb,
    owner_id   uuid REFERENCES app_user (id) ON DELETE CASCADE,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT saved_search_name_ck CHECK (length(btrim(name)) > 0),
    CONSTRAINT saved_search_filters_ck CHECK (jsonb_typeof(filters) = 'object')
);
CREATE UNIQUE INDEX saved_search_name_uq
    ON saved_search (coalesce(owner_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));
CREATE TRIGGER saved_search_touch BEFORE UPDATE ON saved_search
    FOR EACH ROW EXECUTE FUNCTION reelbase_touch_updated_at();
