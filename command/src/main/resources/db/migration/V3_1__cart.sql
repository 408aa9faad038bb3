-- Carts (issue 14, ADR 0021): not ledger state, so plain rows rather than events. A buyer's cart is
-- keyed by their user id, a guest's by the SHA-256 of the token it was given (the token itself is
-- a bearer secret and is not stored).
CREATE TABLE cart (
    cart_key    VARCHAR(80) PRIMARY KEY,
    owner_id    VARCHAR(64),
    expires_at  TIMESTAMPTZ,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX cart_expiry ON cart (expires_at) WHERE expires_at IS NOT NULL;

CREATE TABLE cart_line (
    cart_key    VARCHAR(80) NOT NULL REFERENCES cart (cart_key) ON DELETE CASCADE,
    product_id  VARCHAR(64) NOT NULL,
    sku_id      VARCHAR(64) NOT NULL,
    quantity    INTEGER     NOT NULL CHECK (quantity > 0),
    selected    BOOLEAN     NOT NULL,
    added_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (cart_key, product_id, sku_id)
);
