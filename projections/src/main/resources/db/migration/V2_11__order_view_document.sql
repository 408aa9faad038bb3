-- Each order's whole detail as readers get it (GET /api/orders/{id}), kept by the order-views
-- projection in the same transaction as the rest of the row: a read is one lookup by primary key.
-- detail_position is the global position of the last timeline step the document holds, so that the
-- projection knows when it may append a step and when it must rebuild the document from the views.
-- Rows written before this column existed have no document: they are rendered from the views until
-- their order changes again or the projection is rebuilt.
ALTER TABLE order_view ADD COLUMN detail JSONB;
ALTER TABLE order_view ADD COLUMN detail_position BIGINT NOT NULL DEFAULT -1;
