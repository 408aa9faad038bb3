-- The instance (process) holding an IN_FLIGHT claim. While it lives it holds the PostgreSQL advisory
-- lock (1279543122, instance_id); a claim whose instance no longer holds it was orphaned by a crash.
ALTER TABLE idempotency_record ADD COLUMN instance_id INT;
