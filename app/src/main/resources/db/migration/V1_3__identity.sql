-- Users who can log in. Identity is not ledger state: it is an ordinary table (see docs/adr).
CREATE SEQUENCE user_account_id_seq START WITH 10000001;

CREATE TABLE user_account (
    id            BIGINT       PRIMARY KEY DEFAULT nextval('user_account_id_seq'),
    email         VARCHAR(254) UNIQUE,
    phone         VARCHAR(20)  UNIQUE,
    nickname      VARCHAR(50)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(100) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT user_account_has_login CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
ALTER SEQUENCE user_account_id_seq OWNED BY user_account.id;

-- One-time login codes sent by SMS: only a hash is kept; a code expires and allows a few tries.
CREATE TABLE login_code (
    phone        VARCHAR(20) PRIMARY KEY,
    code_hash    VARCHAR(100) NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    attempts_left INT         NOT NULL
);
