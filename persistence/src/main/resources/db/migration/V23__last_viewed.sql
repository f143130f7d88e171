-- Reelbase schema, part 23: when each asset was last looked at in the inspector, for lifecycle rules that count
-- "since last viewed" (an asset nobody has opened counts from its ingest). One row an asset, kept apart from the
-- asset row so looking at an asset writes no version, touches no updated_at and notifies nobody.

CREATE TABLE asset_view (
    asset_id  uuid PRIMARY KEY REFERENCES asset (id) ON DELETE CASCADE,
    viewed_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE lifecycle_rule DROP CONSTRAINT lr_age_basis_ck;
ALTER TABLE lifecycle_rule ADD CONSTRAINT lr_age_basis_ck CHECK (age_basis IN ('INGESTED', 'CHANGED', 'VIEWED'));

GRANT SELECT, INSERT, UPDATE ON asset_view TO reelbase_viewer;
