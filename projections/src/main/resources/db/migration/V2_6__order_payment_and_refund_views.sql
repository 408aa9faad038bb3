-- The pay orders and refunds of the orders (projections/order, processing group order-views).
-- Rebuilt from events; never the source of truth.
CREATE TABLE order_payment_view (
    pay_order_id           VARCHAR(128)   PRIMARY KEY,
    buyer_id               VARCHAR(64)    NOT NULL,
    method                 VARCHAR(32)    NOT NULL,
    status                 VARCHAR(32)    NOT NULL,
    pay_amount             NUMERIC(19, 4) NOT NULL,
    cash_amount            NUMERIC(19, 4) NOT NULL,
    coin_amount            NUMERIC(19, 4) NOT NULL,
    voucher_amount         NUMERIC(19, 4) NOT NULL,
    currency               VARCHAR(3)     NOT NULL,
    gateway_transaction_id VARCHAR(128),
    status_reason          TEXT,
    times                  JSONB          NOT NULL,
    returns                JSONB          NOT NULL,
    created_at             TIMESTAMPTZ    NOT NULL,
    updated_at             TIMESTAMPTZ    NOT NULL,
    last_sequence          BIGINT         NOT NULL
);

-- What a pay order charges each of its orders; an order finds its pay orders here.
CREATE TABLE order_payment_charge (
    pay_order_id   VARCHAR(128)   NOT NULL REFERENCES order_payment_view (pay_order_id) ON DELETE CASCADE,
    charge_index   INTEGER        NOT NULL,
    order_id       VARCHAR(19)    NOT NULL,
    amount         NUMERIC(19, 4) NOT NULL,
    cash_amount    NUMERIC(19, 4) NOT NULL,
    coin_amount    NUMERIC(19, 4) NOT NULL,
    voucher_amount NUMERIC(19, 4) NOT NULL,
    PRIMARY KEY (pay_order_id, charge_index)
);

CREATE INDEX order_payment_charge_order ON order_payment_charge (order_id);

CREATE TABLE order_refund_view (
    refund_id              VARCHAR(128)   PRIMARY KEY,
    order_id               VARCHAR(19)    NOT NULL,
    kind                   VARCHAR(32)    NOT NULL,
    status                 VARCHAR(32)    NOT NULL,
    lines                  JSONB          NOT NULL,
    amount                 NUMERIC(19, 4) NOT NULL,
    currency               VARCHAR(3)     NOT NULL,
    funding                JSONB          NOT NULL,
    return_required        BOOLEAN        NOT NULL,
    reason                 TEXT,
    status_reason          TEXT,
    return_carrier         VARCHAR(50),
    return_tracking_number VARCHAR(64),
    times                  JSONB          NOT NULL,
    requested_at           TIMESTAMPTZ    NOT NULL,
    updated_at             TIMESTAMPTZ    NOT NULL,
    last_sequence          BIGINT         NOT NULL
);

CREATE INDEX order_refund_view_order ON order_refund_view (order_id, requested_at);
