-- Each claim of an idempotency key gets a token, so that a request that lost its claim (it ran past
-- the abandonment time and a retry took over) can no longer complete or release the record.
ALTER TABLE idempotency_record ADD COLUMN claim_token VARCHAR(36);
