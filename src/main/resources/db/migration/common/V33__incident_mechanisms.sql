-- The incident prevention and response mechanisms (Ergneti, Gali), their meetings and the incident register.
CREATE TABLE mechanism (
    id                   UUID PRIMARY KEY,
    code                 VARCHAR(10)   NOT NULL UNIQUE,
    name                 VARCHAR(200)  NOT NULL,
    name_ru              VARCHAR(200),
    name_ka              VARCHAR(200),
    theatre              VARCHAR(200)  NOT NULL,
    theatre_ru           VARCHAR(200),
    theatre_ka           VARCHAR(200),
    facilitators         VARCHAR(100)  NOT NULL,
    hotline_operator     VARCHAR(200),
    hotline_operator_ru  VARCHAR(200),
    hotline_operator_ka  VARCHAR(200),
    rhythm               VARCHAR(20)   NOT NULL,
    version              BIGINT        NOT NULL
);

CREATE TABLE mechanism_group (
    mechanism  UUID NOT NULL REFERENCES mechanism (id),
    group_id   UUID NOT NULL,
    PRIMARY KEY (mechanism, group_id)
);

CREATE TABLE mechanism_suspension (
    mechanism      UUID          NOT NULL REFERENCES mechanism (id),
    mechanism_key  INT           NOT NULL,
    suspended_on  DATE          NOT NULL,
    resumed_on    DATE,
    reason        VARCHAR(1000) NOT NULL,
    reason_ru     VARCHAR(1000),
    reason_ka     VARCHAR(1000),
    source        VARCHAR(500),
    PRIMARY KEY (mechanism, mechanism_key)
);

CREATE TABLE mechanism_meeting (
    id                 UUID PRIMARY KEY,
    mechanism_id       UUID          NOT NULL REFERENCES mechanism (id),
    kind               VARCHAR(20)   NOT NULL,
    number             INT,
    held_on            DATE          NOT NULL,
    date_precision     VARCHAR(10)   NOT NULL,
    venue              VARCHAR(200),
    outcome            VARCHAR(20),
    agenda_adopted_at  TIMESTAMP WITH TIME ZONE,
    agenda_adopted_by  VARCHAR(100),
    next_on            DATE,
    statement          VARCHAR(4000),
    statement_ru       VARCHAR(4000),
    statement_ka       VARCHAR(4000),
    source             VARCHAR(500),
    version            BIGINT        NOT NULL
);
CREATE UNIQUE INDEX mechanism_meeting_number ON mechanism_meeting (mechanism_id, kind, number);
CREATE INDEX mechanism_meeting_mechanism ON mechanism_meeting (mechanism_id, held_on);

CREATE TABLE mechanism_meeting_item (
    mechanism_meeting      UUID         NOT NULL REFERENCES mechanism_meeting (id),
    mechanism_meeting_key  INT          NOT NULL,
    title                  VARCHAR(300) NOT NULL,
    PRIMARY KEY (mechanism_meeting, mechanism_meeting_key)
);

CREATE TABLE joint_visit (
    mechanism_meeting      UUID          NOT NULL REFERENCES mechanism_meeting (id),
    mechanism_meeting_key  INT           NOT NULL,
    place                  VARCHAR(200)  NOT NULL,
    purpose                VARCHAR(1000) NOT NULL,
    PRIMARY KEY (mechanism_meeting, mechanism_meeting_key)
);

-- the last number given to an incident of a mechanism in a year: a public id is never given twice
CREATE TABLE incident_number (
    mechanism_id  UUID NOT NULL REFERENCES mechanism (id),
    for_year      INT  NOT NULL,
    last_number   INT  NOT NULL,
    PRIMARY KEY (mechanism_id, for_year)
);

CREATE TABLE incident (
    id               UUID PRIMARY KEY,
    public_id        VARCHAR(30)   NOT NULL UNIQUE,
    mechanism_id     UUID          NOT NULL REFERENCES mechanism (id),
    kind             VARCHAR(30)   NOT NULL,
    other_kinds      VARCHAR(300),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    time_precision   VARCHAR(10)   NOT NULL,
    place_name       VARCHAR(200)  NOT NULL,
    place_precision  VARCHAR(20)   NOT NULL,
    latitude         DOUBLE PRECISION,
    longitude        DOUBLE PRECISION,
    actor1           VARCHAR(200),
    actor2           VARCHAR(200),
    state            VARCHAR(20)   NOT NULL,
    closing_outcome  VARCHAR(1000),
    reported_by      VARCHAR(100)  NOT NULL,
    reported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX incident_mechanism ON incident (mechanism_id, occurred_at);

-- each source's own version of an incident: a side's (group_id) or the facilitators' (no group)
CREATE TABLE incident_statement (
    incident       UUID          NOT NULL REFERENCES incident (id),
    incident_key   INT           NOT NULL,
    group_id       UUID,
    text           VARCHAR(4000) NOT NULL,
    responsible    VARCHAR(500),
    sources        VARCHAR(2000),
    dead_low       INT,
    dead_best      INT,
    dead_high      INT,
    wounded_low    INT,
    wounded_best   INT,
    wounded_high   INT,
    detained_low   INT,
    detained_best  INT,
    detained_high  INT,
    given_by       VARCHAR(100)  NOT NULL,
    given_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident, incident_key)
);
