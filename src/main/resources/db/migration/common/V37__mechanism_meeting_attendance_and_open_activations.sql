-- Who attended a mechanism meeting (the incidents module): its participant groups and its facilitators, each entry
-- appended with its time and author, never edited; where each stands is its latest entry.
CREATE TABLE mechanism_meeting_attendance (
    meeting_id  UUID   NOT NULL PRIMARY KEY REFERENCES mechanism_meeting (id),
    version     BIGINT NOT NULL
);

CREATE TABLE mechanism_attendance_entry (
    mechanism_meeting_attendance      UUID         NOT NULL REFERENCES mechanism_meeting_attendance (meeting_id),
    mechanism_meeting_attendance_key  INT          NOT NULL,
    group_id                          UUID,
    institution                       VARCHAR(10),
    kind                              VARCHAR(20)  NOT NULL,
    recorded_at                       TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by                       VARCHAR(100) NOT NULL,
    PRIMARY KEY (mechanism_meeting_attendance, mechanism_meeting_attendance_key)
);

-- The hotline (the hotline module): the operator's console reads only the open activations, those with an addressee
-- that has not responded, however long the log grows.
CREATE INDEX addressee_unanswered ON addressee (responded_at);
