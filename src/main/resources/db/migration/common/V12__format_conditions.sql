-- The conditions each participant group states for taking part in a meeting; confided to the co-chairs.
-- A withdrawn condition is kept, marked withdrawn, so that its code is never given again.
CREATE TABLE format_condition (
    id             UUID PRIMARY KEY,
    code           VARCHAR(40)   NOT NULL UNIQUE,
    group_id       UUID          NOT NULL REFERENCES participant_group (id),
    body           VARCHAR(2000) NOT NULL,
    audience_kind  VARCHAR(30)   NOT NULL,
    audience_group UUID,
    stated_by      VARCHAR(40)   NOT NULL,
    stated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at   TIMESTAMP WITH TIME ZONE,
    version        BIGINT        NOT NULL
);

CREATE INDEX format_condition_group ON format_condition (group_id);
