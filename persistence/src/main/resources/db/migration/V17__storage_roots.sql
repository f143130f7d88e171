-- Reelbase schema, part 17: storage roots. A root is a directory or mount Reelbase manages, with a tier and an
-- optional capacity; every copy of an original that lies in one says so (storage_location.root_id). Reelbase never
-- deletes a file outside a managed root. Verifying a root re-hashes every copy there: a file that is gone is MISSING,
-- one whose bytes no longer give its checksum is CHANGED.

CREATE TABLE storage_root (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name           varchar(100) NOT NULL,
    path           text         NOT NULL,
    tier           varchar(16)  NOT NULL,
    capacity_bytes bigint,
    verified_at    timestamptz,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT sr_name_ck CHECK (length(btrim(name)) > 0),
    CONSTRAINT sr_path_ck CHECK (length(path) > 0),
    CONSTRAINT sr_tier_ck CHECK (tier IN ('HOT', 'WARM', 'COLD', 'ARCHIVE')),
    CONSTRAINT sr_capacity_ck CHECK (capacity_bytes IS NULL OR capacity_bytes > 0),
    CONSTRAINT sr_path_uq UNIQUE (path)
);
CREATE UNIQUE INDEX sr_name_uq ON storage_root (lower(name));

ALTER TABLE storage_location ADD COLUMN root_id uuid REFERENCES storage_root (id) ON DELETE RESTRICT;
CREATE INDEX sl_root_idx ON storage_location (root_id) WHERE root_id IS NOT NULL;
ALTER TABLE storage_location DROP CONSTRAINT sl_status_ck;
ALTER TABLE storage_location ADD CONSTRAINT sl_status_ck
    CHECK (status IN ('AVAILABLE', 'MISSING', 'CHANGED', 'MOVING', 'PENDING_DELETE', 'DELETED'));

GRANT SELECT ON storage_root TO reelbase_viewer;
GRANT INSERT, UPDATE, DELETE ON storage_root TO reelbase_admin;
