-- The order view follows the whole order life cycle: discount, payment, fulfillment and shipping.
ALTER TABLE order_view
    ADD COLUMN fulfillment_status VARCHAR(16)    NOT NULL DEFAULT 'F0_NOT_STARTED',
    ADD COLUMN discount_amount    NUMERIC(19, 4) NOT NULL DEFAULT 0,
    ADD COLUMN pay_order_id       VARCHAR(64),
    ADD COLUMN carrier            VARCHAR(50),
    ADD COLUMN tracking_number    VARCHAR(64),
    ADD COLUMN shipping_version   BIGINT         NOT NULL DEFAULT 0;
