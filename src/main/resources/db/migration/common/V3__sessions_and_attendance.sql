-- The meetings a round is made of, and the attendance record of each.

CREATE TABLE round_session (
    id       UUID PRIMARY KEY,
    round_id UUID         NOT NULL REFERENCES round (id),
    kind     VARCHAR(40)  NOT NULL,
    topic    VARCHAR(300),
    held_on  DATE,
    place    VARCHAR(200),
    version  BIGINT       NOT NULL
);

CREATE INDEX round_session_round ON round_session (round_id);

-- Append-only: attendance is corrected by recording another event, never by editing one.
CREATE TABLE attendance_event (
    id            UUID PRIMARY KEY,
    session_id    UUID          NOT NULL REFERENCES round_session (id),
    group_id      UUID REFERENCES participant_group (id),
    kind          VARCHAR(30)   NOT NULL,
    occurred_on   DATE,
    agenda_item   VARCHAR(30),
    stated_reason VARCHAR(1000),
    recorded_by   VARCHAR(40)   NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE INDEX attendance_event_session ON attendance_event (session_id);
