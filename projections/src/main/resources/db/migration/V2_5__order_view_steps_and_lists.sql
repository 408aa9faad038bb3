-- The order view keeps the time of each step of the order and its fulfillment, and why it was
-- cancelled; the lists (a buyer's, a seller's, the admin search) read it newest placed first.
ALTER TABLE order_view
    ADD COLUMN cancellation_detail        TEXT,
    ADD COLUMN cancelled_at               TIMESTAMPTZ,
    ADD COLUMN paid_at                    TIMESTAMPTZ,
    ADD COLUMN completion_kind            VARCHAR(32),
    ADD COLUMN completed_at               TIMESTAMPTZ,
    ADD COLUMN closed_at                  TIMESTAMPTZ,
    ADD COLUMN fulfillment_reference      VARCHAR(128),
    ADD COLUMN fulfillment_started_at     TIMESTAMPTZ,
    ADD COLUMN fulfillment_accepted_at    TIMESTAMPTZ,
    ADD COLUMN shipped_at                 TIMESTAMPTZ,
    ADD COLUMN tracking_updated_at        TIMESTAMPTZ,
    ADD COLUMN delivered_at               TIMESTAMPTZ,
    ADD COLUMN fulfillment_failed_at      TIMESTAMPTZ,
    ADD COLUMN fulfillment_failure_reason TEXT;

-- buyer_id / seller_id with placed_at exist (V2_1); these serve the status filter and the admin search.
CREATE INDEX order_view_buyer_status_placed ON order_view (buyer_id, status, placed_at DESC);
CREATE INDEX order_view_seller_status_placed ON order_view (seller_id, status, placed_at DESC);
CREATE INDEX order_view_status_placed ON order_view (status, placed_at DESC);
CREATE INDEX order_view_placed ON order_view (placed_at DESC);
