-- The public log of what changed about a round (convened, postponed, its status recorded), with when it was
-- recorded: what the public feeds announce. Written from the process's own public events; it carries nothing
-- that the round's public page does not show.
CREATE TABLE round_change (
    id                   UUID PRIMARY KEY,
    round_number         INTEGER      NOT NULL,
    change_kind          VARCHAR(30)  NOT NULL,
    happened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    start_date           DATE,
    end_date             DATE,
    pending_confirmation BOOLEAN      NOT NULL,
    reason               VARCHAR(1000)
);
CREATE INDEX round_change_happened ON round_change (happened_at);

-- Personal feed addresses: a secret in the address stands for its account when a calendar or feed reader
-- fetches it. Only the SHA-256 hash of the secret is stored; revoked addresses answer nothing.
CREATE TABLE feed_address (
    id          UUID PRIMARY KEY,
    account_id  UUID         NOT NULL REFERENCES account (id),
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT       NOT NULL
);
CREATE INDEX feed_address_account ON feed_address (account_id);
