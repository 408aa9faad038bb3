-- Every order's timeline and the item snapshots its lines were sold as (projections/order,
-- processing group order-views). Rebuilt from events; never the source of truth.
CREATE TABLE order_timeline (
    order_id        VARCHAR(19)  NOT NULL,
    reference       VARCHAR(128) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    global_index    BIGINT       NOT NULL,
    source          VARCHAR(16)  NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    event           VARCHAR(64)  NOT NULL,
    status          VARCHAR(32),
    actor           VARCHAR(64),
    reason          TEXT,
    detail          TEXT,
    PRIMARY KEY (order_id, reference, sequence_number)
);

CREATE INDEX order_timeline_order ON order_timeline (order_id, global_index);

CREATE TABLE order_item_snapshot (
    snapshot_id      VARCHAR(64) PRIMARY KEY,
    product_id       VARCHAR(64) NOT NULL,
    name             TEXT        NOT NULL,
    description      TEXT,
    brand_name       TEXT,
    category_id      VARCHAR(64),
    basic_attributes JSONB       NOT NULL,
    skus             JSONB       NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE order_item_snapshot_source (
    product_id    VARCHAR(64) PRIMARY KEY,
    snapshot_id   VARCHAR(64) NOT NULL,
    last_sequence BIGINT      NOT NULL
);

-- The order views gained columns and tables that existing rows know nothing of: empty them and
-- drop their processor's token and dead letters, so the processor rebuilds them from the first event.
DELETE FROM order_view;
DELETE FROM deadletterentry WHERE processinggroup = 'order-views';
DELETE FROM tokenentry WHERE processorname = 'order-views';
