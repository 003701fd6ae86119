-- The board of each meeting: the agenda item under discussion (one row per meeting, versioned: two secretaries
-- moving the meeting at once are decided one after the other), and the list of speakers of each item of a
-- meeting with every request for the floor and its times, kept as the record of the item.
-- The meeting is named by its id without a foreign key, so that removing a meeting stays the process's decision.

CREATE TABLE meeting_board (
    id           UUID        PRIMARY KEY,
    current_item VARCHAR(30),
    item_set_at  TIMESTAMP WITH TIME ZONE,
    item_set_by  VARCHAR(40),
    version      BIGINT      NOT NULL
);

CREATE TABLE speaker_list (
    id          UUID        PRIMARY KEY,
    meeting_id  UUID        NOT NULL,
    agenda_item VARCHAR(30) NOT NULL,
    closed      BOOLEAN     NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT speaker_list_item UNIQUE (meeting_id, agenda_item)
);

-- Each request for the floor, in the list's order (those done first, then those waiting).
CREATE TABLE speaker_request (
    speaker_list UUID        NOT NULL REFERENCES speaker_list (id),
    speaker_list_key INT     NOT NULL,
    group_id     UUID        NOT NULL REFERENCES participant_group (id),
    status       VARCHAR(20) NOT NULL,
    asked_by     VARCHAR(40) NOT NULL,
    asked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    floor_at     TIMESTAMP WITH TIME ZONE,
    ended_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (speaker_list, speaker_list_key)
);
