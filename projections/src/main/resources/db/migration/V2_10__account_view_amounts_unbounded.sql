-- The account views take any amount an event carries (account-views). Requests are bounded
-- (api.bounds), but events stored before the bounds (an admin transfer of 1e20), or a balance that
-- adds up past 10^15, overflowed NUMERIC(19, 4) and parked every later posting of that account.
-- 1000 digits is PostgreSQL's largest precision; the scale stays 4, so rows read as before.
ALTER TABLE account_balance_view ALTER COLUMN balance TYPE NUMERIC(1000, 4);
ALTER TABLE account_entry_view ALTER COLUMN amount TYPE NUMERIC(1000, 4);
ALTER TABLE account_entry_view ALTER COLUMN balance_after TYPE NUMERIC(1000, 4);
ALTER TABLE journal_transfer_view ALTER COLUMN amount TYPE NUMERIC(1000, 4);
