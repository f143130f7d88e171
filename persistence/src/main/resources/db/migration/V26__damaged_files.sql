-- A file whose header reads but whose data is incomplete (a download cut short, a card pulled out) is processed
-- as far as it goes and marked with what is wrong, instead of failing: "the file ends at 38% of its stated
-- duration". Null when the file is whole. Written by the job that processes the asset.
ALTER TABLE asset ADD COLUMN damage text;
CREATE INDEX asset_damaged ON asset (id) WHERE damage IS NOT NULL;
GRANT UPDATE (damage) ON asset TO reelbase_developer;
