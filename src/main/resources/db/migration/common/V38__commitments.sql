-- commitments: what was agreed (or demanded) and what became of it, round by round (the commitments module)
CREATE TABLE commitment (
    id                UUID PRIMARY KEY,
    code              VARCHAR(60),
    title             VARCHAR(200)  NOT NULL,
    title_ru          VARCHAR(200),
    title_ka          VARCHAR(200),
    text              VARCHAR(4000) NOT NULL,
    text_ru           VARCHAR(4000),
    text_ka           VARCHAR(4000),
    maker_groups      VARCHAR(300),
    co_chairs         BOOLEAN       NOT NULL,
    mechanism         VARCHAR(20),
    source_kind       VARCHAR(30)   NOT NULL,
    source_round      INT,
    source_reference  VARCHAR(300),
    source_link       VARCHAR(1000),
    audience_kind     VARCHAR(30)   NOT NULL,
    audience_group    UUID,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE UNIQUE INDEX commitment_code ON commitment (code);

-- a round that discussed a commitment: the status it left with and a neutral note per language
CREATE TABLE commitment_step (
    commitment      UUID          NOT NULL REFERENCES commitment (id),
    commitment_key  INT           NOT NULL,
    round_number    INT           NOT NULL,
    status          VARCHAR(40)   NOT NULL,
    note            VARCHAR(1000) NOT NULL,
    note_ru         VARCHAR(1000),
    note_ka         VARCHAR(1000),
    confidential    BOOLEAN       NOT NULL,
    source_link     VARCHAR(1000),
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (commitment, commitment_key)
);
CREATE INDEX commitment_step_round ON commitment_step (round_number);

-- a side's own reading of a commitment, in its words; readings are never merged
CREATE TABLE commitment_reading (
    commitment      UUID          NOT NULL REFERENCES commitment (id),
    commitment_key  INT           NOT NULL,
    group_id        UUID          NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    given_by        VARCHAR(100)  NOT NULL,
    given_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (commitment, commitment_key)
);
