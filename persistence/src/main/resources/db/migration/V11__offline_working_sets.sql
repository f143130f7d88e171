-- Reelbase schema, part 11: offline working sets. On a laptop's own catalogue, the assets taken away from a
-- team's server: which server, which set, and the server version each was copied (or last synced) at.

CREATE TABLE working_set (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name           varchar(200) NOT NULL,
    server_url     text         NOT NULL,
    server_user    varchar(200) NOT NULL,
    history_depth  integer,
    taken_at       timestamptz  NOT NULL DEFAULT now(),
    last_synced_at timestamptz,
    CONSTRAINT working_set_name_ck CHECK (length(btrim(name)) > 0),
    CONSTRAINT working_set_url_ck CHECK (length(server_url) > 0),
    CONSTRAINT working_set_depth_ck CHECK (history_depth IS NULL OR history_depth >= 1)
);
CREATE UNIQUE INDEX working_set_name_uq ON working_set (lower(name));

CREATE TABLE working_set_asset (
    working_set_id     uuid        NOT NULL REFERENCES working_set (id) ON DELETE CASCADE,
    asset_id           uuid        NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    -- The server's version the local copy was made from (the base of the next sync's merge) ...
    base_version       bigint      NOT NULL,
    -- ... and the local version that holds that same record: a higher local version is a local change.
    local_base_version bigint      NOT NULL,
    server_state       varchar(16) NOT NULL DEFAULT 'PRESENT',
    PRIMARY KEY (working_set_id, asset_id),
    CONSTRAINT wsa_base_ck CHECK (base_version >= 1 AND local_base_version >= 1),
    CONSTRAINT wsa_state_ck CHECK (server_state IN ('PRESENT', 'ARCHIVED', 'DELETED', 'MISSING'))
);
-- An asset is in one working set at a time: two sets syncing one asset would each merge against a stale base.
CREATE UNIQUE INDEX working_set_asset_once_uq ON working_set_asset (asset_id);
