-- How to reach the holder of an account: an e-mail address (unique where given), the language of what is sent
-- to them, and whether each notification is also sent by e-mail (NONE or EACH).
ALTER TABLE account ADD COLUMN email VARCHAR(254);
CREATE UNIQUE INDEX account_email ON account (email);
ALTER TABLE account ADD COLUMN preferred_language VARCHAR(2) DEFAULT 'EN' NOT NULL;
ALTER TABLE account ADD COLUMN email_notifications VARCHAR(10) DEFAULT 'NONE' NOT NULL;
-- Opened by invitation: no password yet, so no login until the holder chooses one through the invitation's link.
ALTER TABLE account ADD COLUMN awaiting_password BOOLEAN DEFAULT FALSE NOT NULL;

-- An invitation to choose a password: the link's token is kept only as a SHA-256 hash; good once, until it expires.
CREATE TABLE account_invitation (
    id          UUID PRIMARY KEY,
    account_id  UUID        NOT NULL REFERENCES account (id),
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    version     BIGINT      NOT NULL
);
CREATE INDEX account_invitation_account ON account_invitation (account_id);

-- What needs an account's attention. The message is a key with its arguments, rendered in the reader's language;
-- the audience is that of what it concerns, so that lists and counts pass the same access policy as the thing.
CREATE TABLE notification (
    id             UUID PRIMARY KEY,
    account_id     UUID          NOT NULL REFERENCES account (id),
    message_key    VARCHAR(80)   NOT NULL,
    arguments      VARCHAR(2000) NOT NULL,
    link           VARCHAR(300)  NOT NULL,
    audience_kind  VARCHAR(30)   NOT NULL,
    audience_group UUID,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_account ON notification (account_id, created_at);

-- E-mail waiting to go out, written in the transaction of what it tells. A sender claims a row with a conditional
-- update (so that two nodes never send one row), sends it, and marks it sent; a failure is retried later, with a
-- growing pause, until it is given up. The body of a sent message is cleared (it may hold a one-time link).
CREATE TABLE mail_outbox (
    id              UUID PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    given_up_at     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(300)
);
CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
