-- The event publication registry (Spring Modulith, schema version 2): one row per event and per listener that runs
-- after the writer's commit (notifications, the search index, the page cache), written in the writer's transaction.
-- A row is deleted once its listener has completed (spring.modulith.events.completion-mode=delete), so that the table
-- holds only what is still to be delivered: a listener that failed, or one that a stopped node never ran. Those are
-- delivered again by the resubmission job. The columns are Modulith's own; TEXT where PostgreSQL's schema has it
-- (H2 keeps it as a VARCHAR, so that its equality comparisons work). Modulith's index on the serialized event is left
-- out: PostgreSQL's is a hash index, which H2 does not have, and a table of outstanding rows only is read whole.
CREATE TABLE event_publication (
    id                     UUID NOT NULL,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);

-- The event a notification was made for: the id given to it when it was announced, kept with the event in the
-- registry. A redelivered event finds its notifications made and makes no second one (nor a second e-mail).
-- Notifications made before this migration have none.
ALTER TABLE notification ADD COLUMN event_id UUID;
ALTER TABLE notification ADD CONSTRAINT notification_once_per_event UNIQUE (event_id, account_id, message_key);
