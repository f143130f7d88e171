-- Jobs are claimed by priority (lower first, like workflow priorities) then age; the claim index follows.
DROP INDEX pj_claim_idx;
CREATE INDEX pj_claim_idx ON processing_job (priority, created_at) WHERE status IN ('QUEUED', 'RETRYING');
-- Jobs whose lease may have run out, for the claim's second branch.
CREATE INDEX IF NOT EXISTS pj_processing_lease_idx ON processing_job (lease_expires_at) WHERE status = 'PROCESSING';
DROP INDEX IF EXISTS pj_lease_idx;
