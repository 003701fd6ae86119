-- Failed logins, counted by account and client address ("subject" the normalised username) and by address
-- alone ("subject" '*'): each row says until when that pair, or that address, must wait before trying again.
-- Kept in the database so that several nodes share it. A row whose last failure is older than a day counts
-- as none.
CREATE TABLE login_throttle (
    subject         VARCHAR(100) NOT NULL,
    address         VARCHAR(64)  NOT NULL,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subject, address)
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);

-- An account opened or reset by an administrator must choose its own password at its first login.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
-- The second factor: a shared secret for time-based one-time codes (RFC 6238, base32), since when it is
-- used, and the last time step accepted (a code is accepted once).
ALTER TABLE account ADD COLUMN second_factor_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN second_factor_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN second_factor_last_step BIGINT;

-- Recovery codes for a lost authenticator: shown once, stored only as a SHA-256 hash, each good once.
CREATE TABLE recovery_code (
    account_id UUID         NOT NULL REFERENCES account (id),
    code_hash  VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, code_hash)
);
