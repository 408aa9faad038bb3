-- The account read models (projections/account), processing group account-views. Rebuilt from events;
-- never the source of truth: the journal is.

-- One row per account: the balance its latest posting left (last_sequence), how many postings it has.
CREATE TABLE account_balance_view (
    account_id    VARCHAR(100)   PRIMARY KEY,
    kind          VARCHAR(32)    NOT NULL,
    owner         VARCHAR(64)    NOT NULL,
    currency      VARCHAR(3)     NOT NULL,
    balance       NUMERIC(19, 4) NOT NULL,
    entries       BIGINT         NOT NULL,
    updated_at    TIMESTAMPTZ    NOT NULL,
    last_sequence BIGINT         NOT NULL
);

CREATE INDEX account_balance_view_kind ON account_balance_view (kind);

-- One row per posting (debit or credit) on an account, numbered by the account's event sequence.
CREATE TABLE account_entry_view (
    account_id    VARCHAR(100)   NOT NULL,
    entry_no      BIGINT         NOT NULL,
    transfer_id   VARCHAR(128)   NOT NULL,
    direction     VARCHAR(6)     NOT NULL,
    amount        NUMERIC(19, 4) NOT NULL,
    balance_after NUMERIC(19, 4) NOT NULL,
    currency      VARCHAR(3)     NOT NULL,
    posted_at     TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (account_id, entry_no)
);

CREATE INDEX account_entry_view_account_at ON account_entry_view (account_id, posted_at);
