-- Several ledger nodes share one database (issue 15). Each node holds the lease of its order-id machine id,
-- so that two nodes never make order ids with the same machine id; and the auth rate limit's buckets are
-- shared, so a client's attempts count the same whichever node they reach.
CREATE TABLE node_lease (
    machine_id   INTEGER      PRIMARY KEY,
    node         VARCHAR(300) NOT NULL,
    acquired_at  TIMESTAMPTZ  NOT NULL,
    renewed_at   TIMESTAMPTZ  NOT NULL
);

CREATE TABLE auth_rate_limit (
    client      VARCHAR(400)     PRIMARY KEY,
    tokens      DOUBLE PRECISION NOT NULL,
    updated_at  BIGINT           NOT NULL,
    last_taken  BOOLEAN          NOT NULL
);

CREATE INDEX auth_rate_limit_updated ON auth_rate_limit (updated_at);
