-- Idempotency-Key records: the first answer to a write, replayed for a retry with the same body.
CREATE TABLE idempotency_record (
    owner          VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash   VARCHAR(64)  NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    response_status INT,
    response_type  VARCHAR(255),
    response_body  BYTEA,
    location       VARCHAR(2048),
    created_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (owner, idempotency_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
