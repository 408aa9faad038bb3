-- Notifications (issue 14, part 3; ADR 0025). The notifications processor writes the parties, the inbox
-- and the two outboxes in the transaction that moves its token. Every row made from an event has a
-- name-based id of the event and its destination, so an event handled twice adds nothing.

-- Who is party to an order, from OrderPlacedEvent, and which order a refund is of, from
-- RefundOpenedEvent: the later events name only the order or the refund.
CREATE TABLE notification_order_party (
    order_id   VARCHAR(19) PRIMARY KEY,
    buyer_id   VARCHAR(64) NOT NULL,
    seller_id  VARCHAR(64) NOT NULL
);

CREATE TABLE notification_refund_order (
    refund_id  VARCHAR(64) PRIMARY KEY,
    order_id   VARCHAR(19) NOT NULL
);

-- The in-app inbox: one row per recipient and piece of news.
CREATE TABLE notification (
    id            UUID         PRIMARY KEY,
    recipient_id  VARCHAR(64)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    order_id      VARCHAR(19),
    refund_id     VARCHAR(64),
    order_status  VARCHAR(32),
    text          VARCHAR(500) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    read_at       TIMESTAMPTZ
);

-- a recipient's inbox: unread first, then newest first
CREATE INDEX notification_inbox ON notification (recipient_id, (read_at IS NOT NULL), created_at DESC, id);

-- A seller's webhook endpoints. The secret signs the deliveries; the API never shows it again.
CREATE TABLE webhook_endpoint (
    id                    VARCHAR(40)   PRIMARY KEY,
    seller_id             VARCHAR(64)   NOT NULL,
    url                   VARCHAR(2048) NOT NULL,
    secret                VARCHAR(200)  NOT NULL,
    kinds                 VARCHAR(500)  NOT NULL,
    enabled               BOOLEAN       NOT NULL,
    consecutive_failures  INTEGER       NOT NULL DEFAULT 0,
    disabled_at           TIMESTAMPTZ,
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL
);

CREATE INDEX webhook_endpoint_seller ON webhook_endpoint (seller_id, created_at);

-- The webhook outbox: one delivery per endpoint and piece of news, its id the one the receiver
-- deduplicates on. PENDING until DELIVERED, or FAILED when its attempts ran out (a redelivery makes it
-- PENDING again, with a new round of attempts). A worker claims a due delivery for a while (claim,
-- next_attempt_at), so that several ledger nodes can share the work.
CREATE TABLE webhook_delivery (
    id               UUID        PRIMARY KEY,
    endpoint_id      VARCHAR(40) NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    kind             VARCHAR(32) NOT NULL,
    order_id         VARCHAR(19),
    payload          TEXT        NOT NULL,
    status           VARCHAR(16) NOT NULL,
    attempts         INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    claim            UUID,
    created_at       TIMESTAMPTZ NOT NULL,
    delivered_at     TIMESTAMPTZ
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (endpoint_id, created_at DESC, id);

-- Every attempt of a delivery: the receiver's status code or the error, and how long it took.
CREATE TABLE webhook_attempt (
    id            BIGSERIAL    PRIMARY KEY,
    delivery_id   UUID         NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at  TIMESTAMPTZ  NOT NULL,
    status_code   INTEGER,
    error         VARCHAR(300),
    duration_ms   INTEGER      NOT NULL,
    succeeded     BOOLEAN      NOT NULL
);

CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, id);

-- The SMS outbox: PENDING until SENT, NO_PHONE when the recipient has no phone, FAILED when the
-- attempts ran out. The phone is looked up when the message is sent, not kept here.
CREATE TABLE sms_message (
    id               UUID         PRIMARY KEY,
    recipient_id     VARCHAR(64)  NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    order_id         VARCHAR(19),
    text             VARCHAR(500) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    claim            UUID,
    last_error       VARCHAR(300),
    created_at       TIMESTAMPTZ  NOT NULL,
    sent_at          TIMESTAMPTZ
);

CREATE INDEX sms_message_due ON sms_message (next_attempt_at) WHERE status = 'PENDING';
