-- The process of talks, its standing agenda and its numbered rounds.

CREATE TABLE talks_process (
    id       UUID PRIMARY KEY,
    code     VARCHAR(20)   NOT NULL UNIQUE,
    name     VARCHAR(200)  NOT NULL,
    name_ru  VARCHAR(200),
    venue    VARCHAR(200),
    mandate  VARCHAR(4000),
    version  BIGINT        NOT NULL
);

CREATE TABLE agenda_item (
    id            UUID PRIMARY KEY,
    process_id    UUID         NOT NULL REFERENCES talks_process (id),
    code          VARCHAR(30)  NOT NULL,
    working_group VARCHAR(10)  NOT NULL,
    title         VARCHAR(300) NOT NULL,
    title_ru      VARCHAR(300),
    sort_order    INT          NOT NULL,
    version       BIGINT       NOT NULL,
    UNIQUE (process_id, code)
);

CREATE TABLE round (
    id             UUID PRIMARY KEY,
    process_id     UUID          NOT NULL REFERENCES talks_process (id),
    number         INT           NOT NULL,
    start_date     DATE,
    end_date       DATE,
    date_note      VARCHAR(300),
    status         VARCHAR(20)   NOT NULL,
    venue          VARCHAR(200),
    public_summary VARCHAR(2000),
    internal_note  VARCHAR(2000),
    version        BIGINT        NOT NULL,
    UNIQUE (process_id, number)
);

CREATE TABLE postponement (
    round         UUID          NOT NULL REFERENCES round (id),
    planned_start DATE,
    planned_end   DATE,
    announced     DATE,
    reason        VARCHAR(1000)
);
