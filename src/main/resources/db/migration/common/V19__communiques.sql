-- The co-chairs' communiqués: one row per edition of a round's communiqué (the first, then each correction),
-- with its English, Russian and Georgian versions (a missing version is NULL, never a copy of another).
CREATE TABLE communique (
    id             UUID          PRIMARY KEY,
    round_number   INT           NOT NULL,
    edition        INT           NOT NULL,
    corrects       INT,
    status         VARCHAR(20)   NOT NULL,
    text_en        VARCHAR(20000),
    text_ru        VARCHAR(20000),
    text_ka        VARCHAR(20000),
    shared         BOOLEAN       NOT NULL,
    embargo_until  TIMESTAMP WITH TIME ZONE,
    published_at   TIMESTAMP WITH TIME ZONE,
    created_by     VARCHAR(40)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_by      VARCHAR(40),
    edited_at      TIMESTAMP WITH TIME ZONE,
    version        BIGINT        NOT NULL,
    CONSTRAINT communique_edition UNIQUE (round_number, edition)
);

CREATE INDEX communique_due ON communique (status, embargo_until);

-- Each institution's approval of the exact text (its SHA-256); an edit withdraws every approval, which stays here
-- with the time it was withdrawn, so that those who had approved are told.
CREATE TABLE communique_approval (
    communique     UUID          NOT NULL REFERENCES communique (id),
    institution    VARCHAR(10)   NOT NULL,
    approved_by    VARCHAR(40)   NOT NULL,
    approved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    text_hash      VARCHAR(64)   NOT NULL,
    withdrawn_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX communique_approval_communique ON communique_approval (communique);
