-- Accounts of what happened in a round, each from its own source, with its own audience.

CREATE TABLE event_account (
    id             UUID PRIMARY KEY,
    round_id       UUID          NOT NULL REFERENCES round (id),
    source_kind    VARCHAR(30)   NOT NULL,
    group_id       UUID REFERENCES participant_group (id),
    outlet         VARCHAR(200)  NOT NULL,
    published      DATE,
    url            VARCHAR(500),
    summary        VARCHAR(2000) NOT NULL,
    audience_kind  VARCHAR(30)   NOT NULL,
    audience_group UUID REFERENCES participant_group (id),
    recorded_by    VARCHAR(40)   NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);

CREATE INDEX event_account_round ON event_account (round_id);
