-- The journal entries as read models see them (projections/account, processing group account-views):
-- statements join their postings to these for the other side, the order and the memo; a seller's
-- settlements are the entries from platform-clearing into the seller's account.
CREATE TABLE journal_transfer_view (
    transfer_id     VARCHAR(128)   PRIMARY KEY,
    from_account    VARCHAR(100)   NOT NULL,
    from_kind       VARCHAR(32)    NOT NULL,
    to_account      VARCHAR(100)   NOT NULL,
    to_kind         VARCHAR(32)    NOT NULL,
    amount          NUMERIC(19, 4) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    order_reference VARCHAR(128),
    memo            TEXT,
    recorded_at     TIMESTAMPTZ    NOT NULL
);

CREATE INDEX journal_transfer_view_to_at ON journal_transfer_view (to_account, recorded_at);
CREATE INDEX journal_transfer_view_from_at ON journal_transfer_view (from_account, recorded_at);
