-- Meetings about the process that are not its rounds.
CREATE TABLE related_meeting (
    id          UUID PRIMARY KEY,
    process_id  UUID          NOT NULL REFERENCES talks_process (id),
    title       VARCHAR(300)  NOT NULL,
    held_on     DATE,
    date_note   VARCHAR(300),
    place       VARCHAR(200),
    group_codes VARCHAR(200),
    summary     VARCHAR(2000),
    source      VARCHAR(500),
    version     BIGINT        NOT NULL
);
