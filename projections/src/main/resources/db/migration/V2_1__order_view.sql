-- The order detail read model (projections/order). Rebuilt from events; never the source of truth.
CREATE TABLE order_view (
    order_id            VARCHAR(19)    PRIMARY KEY,
    buyer_id            VARCHAR(64)    NOT NULL,
    seller_id           VARCHAR(64)    NOT NULL,
    order_type          VARCHAR(16)    NOT NULL,
    status              VARCHAR(32)    NOT NULL,
    lines               JSONB          NOT NULL,
    total_amount        NUMERIC(19, 4) NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    shipping_address    JSONB,
    placed_at           TIMESTAMPTZ    NOT NULL,
    payment_deadline    TIMESTAMPTZ,
    cancellation_reason VARCHAR(32),
    updated_at          TIMESTAMPTZ    NOT NULL,
    last_sequence       BIGINT         NOT NULL
);

CREATE INDEX order_view_buyer_placed ON order_view (buyer_id, placed_at DESC);
CREATE INDEX order_view_seller_placed ON order_view (seller_id, placed_at DESC);
