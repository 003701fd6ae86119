-- Negotiating texts: provisions in order, rival alternatives with their sponsors, each group's stance on each
-- alternative (appended, never changed: the latest is the group's stance), and immutable revisions.
CREATE TABLE negotiating_text (
    id              UUID PRIMARY KEY,
    symbol          VARCHAR(100)  NOT NULL UNIQUE,
    title           VARCHAR(300)  NOT NULL,
    title_ru        VARCHAR(300),
    chapeau         VARCHAR(4000),
    audience_kind   VARCHAR(30)   NOT NULL,
    audience_group  UUID,
    status          VARCHAR(30)   NOT NULL,
    revision        INT           NOT NULL,
    required_groups VARCHAR(200)  NOT NULL,
    revealed_at     TIMESTAMP WITH TIME ZONE,
    next_provision  INT           NOT NULL,
    created_by      VARCHAR(40)   NOT NULL,
    version         BIGINT        NOT NULL
);

CREATE TABLE text_provision (
    id       UUID PRIMARY KEY,
    text_id  UUID        NOT NULL REFERENCES negotiating_text (id),
    e_id     VARCHAR(30) NOT NULL,
    position INT         NOT NULL,
    removed  BOOLEAN     NOT NULL,
    UNIQUE (text_id, e_id)
);

CREATE TABLE text_alternative (
    id            UUID PRIMARY KEY,
    text_id       UUID          NOT NULL REFERENCES negotiating_text (id),
    provision_eid VARCHAR(30)   NOT NULL,
    sponsor       VARCHAR(20)   NOT NULL,
    text_en       VARCHAR(4000) NOT NULL,
    text_ru       VARCHAR(4000),
    introduced_in INT           NOT NULL,
    confidential  BOOLEAN       NOT NULL,
    created_by    VARCHAR(40)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX text_alternative_text ON text_alternative (text_id);

-- Groups that joined an alternative's sponsor after it was proposed.
CREATE TABLE text_cosponsor (
    alternative_id UUID        NOT NULL REFERENCES text_alternative (id),
    group_code     VARCHAR(20) NOT NULL,
    PRIMARY KEY (alternative_id, group_code)
);

CREATE TABLE text_stance (
    id             UUID PRIMARY KEY,
    text_id        UUID          NOT NULL REFERENCES negotiating_text (id),
    alternative_id UUID          NOT NULL REFERENCES text_alternative (id),
    group_code     VARCHAR(20)   NOT NULL,
    stance         VARCHAR(20)   NOT NULL,
    comment        VARCHAR(1000),
    stated_by      VARCHAR(40)   NOT NULL,
    stated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX text_stance_text ON text_stance (text_id, alternative_id);

CREATE TABLE text_revision (
    text_id       UUID          NOT NULL REFERENCES negotiating_text (id),
    number        INT           NOT NULL,
    circulated_on DATE          NOT NULL,
    snapshot      TEXT          NOT NULL,
    PRIMARY KEY (text_id, number)
);
