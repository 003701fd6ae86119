-- Per round: the outcome of each standing agenda item, and the decisions taken.

CREATE TABLE agenda_outcome (
    round     UUID        NOT NULL REFERENCES round (id),
    item_code VARCHAR(30) NOT NULL,
    outcome   VARCHAR(40) NOT NULL,
    PRIMARY KEY (round, item_code)
);

CREATE TABLE round_decision (
    round      UUID          NOT NULL REFERENCES round (id),
    text       VARCHAR(1000) NOT NULL,
    status     VARCHAR(30)   NOT NULL,
    decided_on DATE
);
