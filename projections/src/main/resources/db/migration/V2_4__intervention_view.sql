-- The manual intervention queue read model (projections/intervention). Rebuilt from events; never the source of truth.
CREATE TABLE intervention_view (
    id            VARCHAR(128) PRIMARY KEY,
    process       VARCHAR(16)  NOT NULL,
    reference     VARCHAR(128) NOT NULL,
    reason        VARCHAR(128),
    detail        TEXT,
    status        VARCHAR(16)  NOT NULL,
    raised_at     TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    times_raised  INTEGER      NOT NULL,
    retries       INTEGER      NOT NULL,
    resolved_by   VARCHAR(64),
    note          TEXT,
    last_sequence BIGINT       NOT NULL
);

CREATE INDEX intervention_view_status_raised ON intervention_view (status, raised_at DESC);
CREATE INDEX intervention_view_process_raised ON intervention_view (process, raised_at DESC);
