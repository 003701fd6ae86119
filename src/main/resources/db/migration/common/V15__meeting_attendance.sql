-- The attendance of each meeting as one aggregate: a root row per meeting whose version guards the rules of
-- the record (a walkout only while seated, a return only after a walkout ...) against two records made at
-- the same time, and where each participant group stands in the meeting now. The events themselves stay
-- in attendance_event, append-only.

CREATE TABLE meeting_attendance (
    id      UUID   PRIMARY KEY REFERENCES round_session (id),
    version BIGINT NOT NULL
);

-- Where a group stands: its last event as recorded, the day given for it, and the capacity it last took its
-- seat in (a return without a capacity keeps the one recorded when the group took its seat).
CREATE TABLE group_attendance (
    meeting_attendance UUID        NOT NULL REFERENCES meeting_attendance (id),
    group_id           UUID        NOT NULL REFERENCES participant_group (id),
    kind               VARCHAR(30) NOT NULL,
    last_on            DATE,
    capacity           VARCHAR(20),
    PRIMARY KEY (meeting_attendance, group_id)
);

-- Every meeting recorded so far gets its root ...
INSERT INTO meeting_attendance (id, version)
SELECT id, 0 FROM round_session;

-- ... and each group that has an event in it, its state: the last event recorded for it (ties broken by id).
INSERT INTO group_attendance (meeting_attendance, group_id, kind, last_on, capacity)
SELECT e.session_id, e.group_id, e.kind, e.occurred_on,
       (SELECT c.capacity FROM attendance_event c
         WHERE c.session_id = e.session_id AND c.group_id = e.group_id AND c.capacity IS NOT NULL
         ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1)
  FROM attendance_event e
 WHERE e.group_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM attendance_event later
                    WHERE later.session_id = e.session_id AND later.group_id = e.group_id
                      AND (later.recorded_at > e.recorded_at
                           OR (later.recorded_at = e.recorded_at AND later.id > e.id)));
