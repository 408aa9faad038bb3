-- Who is blocked now (projections/risk): each user ever blocked, whether they are blocked now, and their latest
-- block or unblock. Rebuilt from the standings' events; never the source of truth (command/risk is).
CREATE TABLE user_standing_view (
    user_id       VARCHAR(64)  PRIMARY KEY,
    blocked       BOOLEAN      NOT NULL,
    changed_by    VARCHAR(64)  NOT NULL,
    reason        TEXT         NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL,
    last_sequence BIGINT       NOT NULL
);

CREATE INDEX user_standing_view_blocked ON user_standing_view (blocked, changed_at);
