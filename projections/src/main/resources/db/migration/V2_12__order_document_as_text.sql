-- The order document is answered to readers byte for byte as the projection wrote it (ADR 0018), so
-- it is kept as text: jsonb would parse it on every write and give it back with its keys reordered.
-- detail_shape is the fingerprint of the order detail's type the document was written under; a
-- document of another shape (or none, as every row converted here) is read and written again before
-- it is answered, until its order changes or the projection is rebuilt.
ALTER TABLE order_view ALTER COLUMN detail TYPE TEXT;
ALTER TABLE order_view ADD COLUMN detail_shape TEXT;
