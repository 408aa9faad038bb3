-- How an item was shown (images, tags, promotion text, release date) is part of its snapshot
-- (ADR 0024). Snapshots recorded before had none: null.
ALTER TABLE order_item_snapshot ADD COLUMN presentation JSONB;
