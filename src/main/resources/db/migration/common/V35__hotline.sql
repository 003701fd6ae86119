-- The hotline of the incident mechanisms (the hotline module): activations (activation, addressee), their addressees' steps, the escalation chains and clocks.
CREATE TABLE activation (
    id                UUID PRIMARY KEY,
    mechanism_id      UUID          NOT NULL REFERENCES mechanism (id),
    sender_kind       VARCHAR(20)   NOT NULL,
    sender_group      UUID,
    sent_by           VARCHAR(100)  NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    urgency           VARCHAR(20)   NOT NULL,
    subject           VARCHAR(200)  NOT NULL,
    message           VARCHAR(4000) NOT NULL,
    incident_id       UUID,
    incident_public_id VARCHAR(30),
    activated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledge_by    TIMESTAMP WITH TIME ZONE NOT NULL,
    respond_by        TIMESTAMP WITH TIME ZONE NOT NULL,
    relayed_at        TIMESTAMP WITH TIME ZONE,
    relayed_by        VARCHAR(100),
    version           BIGINT        NOT NULL
);
CREATE INDEX activation_mechanism ON activation (mechanism_id, activated_at);

-- each addressee group's steps: acknowledged, then responded
CREATE TABLE addressee (
    activation          UUID          NOT NULL REFERENCES activation (id),
    group_id            UUID          NOT NULL,
    acknowledged_at     TIMESTAMP WITH TIME ZONE,
    acknowledged_by     VARCHAR(100),
    responded_at        TIMESTAMP WITH TIME ZONE,
    responded_by        VARCHAR(100),
    response            VARCHAR(4000),
    PRIMARY KEY (activation, group_id)
);

-- a mechanism's escalation chain: each step's delay after the acknowledgement's deadline, and whom it tells
CREATE TABLE hotline_escalation_step (
    mechanism_id  UUID         NOT NULL REFERENCES mechanism (id),
    position      INT          NOT NULL,
    delay_minutes INT          NOT NULL,
    target        VARCHAR(20)  NOT NULL,
    accounts      VARCHAR(1000),
    PRIMARY KEY (mechanism_id, position)
);

-- the engine's clock of an activation: the next step of its chain and when it is due (none once acknowledged)
CREATE TABLE hotline_clock (
    activation_id  UUID NOT NULL PRIMARY KEY REFERENCES activation (id),
    next_step      INT  NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX hotline_clock_due ON hotline_clock (due_at);

-- each step fired, once: the unique key stops a second notification of one step
CREATE TABLE hotline_escalation (
    activation_id  UUID         NOT NULL REFERENCES activation (id),
    step           INT          NOT NULL,
    target         VARCHAR(20)  NOT NULL,
    fired_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (activation_id, step)
);
