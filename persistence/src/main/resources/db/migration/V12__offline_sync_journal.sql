-- Reelbase schema, part 12: what an offline sync needs to carry on after a stop, and what it tells the person.

-- The sync's mark on each version it writes, on either side: on the server "ws:<working set>:<local version>" (this
-- laptop's changes up to that local version are in this server version), on the laptop "srv:<server version>:<local
-- version it was written on>" (this local version holds that server version's record). The mark is written in the
-- same transaction as the version, so a sync stopped at any moment can tell afterwards what it had done.
ALTER TABLE asset_version ADD COLUMN sync_mark varchar(120);
CREATE UNIQUE INDEX asset_version_sync_mark_uq ON asset_version (asset_id, sync_mark) WHERE sync_mark IS NOT NULL;

-- An asset made on this computer and added to a working set has no server version yet: the sync creates it there.
ALTER TABLE working_set_asset ALTER COLUMN base_version DROP NOT NULL;
ALTER TABLE working_set_asset DROP CONSTRAINT wsa_base_ck;
ALTER TABLE working_set_asset ADD CONSTRAINT wsa_base_ck
    CHECK ((base_version IS NULL OR base_version >= 1) AND local_base_version >= 1);

-- One row per sync of a set: started, finished (null: it stopped before the end, and the next sync carries on),
-- and what it did.
CREATE TABLE sync_journal (
    id             bigserial PRIMARY KEY,
    working_set_id uuid        NOT NULL REFERENCES working_set (id) ON DELETE CASCADE,
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    resumed        boolean     NOT NULL DEFAULT false,
    sent           integer     NOT NULL DEFAULT 0,
    received       integer     NOT NULL DEFAULT 0,
    created        integer     NOT NULL DEFAULT 0,
    clashes        integer     NOT NULL DEFAULT 0,
    not_synced     integer     NOT NULL DEFAULT 0,
    CONSTRAINT sync_journal_counts_ck CHECK (sent >= 0 AND received >= 0 AND created >= 0 AND clashes >= 0 AND not_synced >= 0)
);
CREATE INDEX sync_journal_set_idx ON sync_journal (working_set_id, started_at DESC);
