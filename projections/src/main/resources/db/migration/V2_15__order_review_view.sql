-- The review queue read model (projections/risk): the orders review rules stopped, and how each was decided.
-- Rebuilt from the orders' events; never the source of truth.
CREATE TABLE order_review_view (
    order_id         VARCHAR(19)    PRIMARY KEY,
    buyer_id         VARCHAR(64)    NOT NULL,
    seller_id        VARCHAR(64)    NOT NULL,
    total_amount     NUMERIC(19, 4) NOT NULL,
    currency         VARCHAR(3)     NOT NULL,
    fired            VARCHAR(200)   NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    under_review_at  TIMESTAMPTZ    NOT NULL,
    decide_by        TIMESTAMPTZ    NOT NULL,
    default_decision VARCHAR(16)    NOT NULL,
    decided_by       VARCHAR(64),
    note             TEXT,
    by_default       BOOLEAN        NOT NULL DEFAULT FALSE,
    decided_at       TIMESTAMPTZ,
    last_sequence    BIGINT         NOT NULL
);

CREATE INDEX order_review_view_status_waiting ON order_review_view (status, under_review_at);
