-- The platform foundation: participants directory, accounts and API tokens, the document registry and
-- the audit chain. Portable SQL: the same script runs on H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE participant_group (
    id          UUID PRIMARY KEY,
    code        VARCHAR(10)  NOT NULL UNIQUE,
    label       VARCHAR(200) NOT NULL,
    label_ru    VARCHAR(200),
    label_ka    VARCHAR(200),
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL
);

CREATE TABLE co_chair_representative (
    id          UUID PRIMARY KEY,
    institution VARCHAR(10)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    period      VARCHAR(40)  NOT NULL,
    version     BIGINT       NOT NULL
);

CREATE TABLE participant (
    id             UUID PRIMARY KEY,
    group_id       UUID         NOT NULL REFERENCES participant_group (id),
    name           VARCHAR(120) NOT NULL,
    function_title VARCHAR(200) NOT NULL,
    version        BIGINT       NOT NULL
);

CREATE TABLE account (
    id            UUID PRIMARY KEY,
    username      VARCHAR(40)  NOT NULL UNIQUE,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    institution   VARCHAR(10),
    group_id      UUID REFERENCES participant_group (id),
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    logins_valid_from TIMESTAMP WITH TIME ZONE NOT NULL, -- logins from before this moment have ended
    version       BIGINT       NOT NULL
);

CREATE TABLE api_token (
    id          UUID PRIMARY KEY,
    account_id  UUID         NOT NULL REFERENCES account (id),
    name        VARCHAR(80)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT       NOT NULL
);

CREATE TABLE document (
    id               UUID PRIMARY KEY,
    symbol           VARCHAR(80)  NOT NULL,
    -- a group's private documents have their own symbol space, so that nobody learns of them by a clash
    symbol_space     VARCHAR(40)  NOT NULL,
    title            VARCHAR(300) NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    author_kind      VARCHAR(30)  NOT NULL,
    author_group     UUID REFERENCES participant_group (id),
    audience_kind    VARCHAR(30)  NOT NULL,
    audience_group   UUID REFERENCES participant_group (id),
    circulation_date DATE         NOT NULL,
    created_by       VARCHAR(40)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL,
    UNIQUE (symbol, symbol_space)
);

CREATE INDEX document_audience ON document (audience_kind, audience_group);
CREATE INDEX document_circulation ON document (circulation_date, symbol);

CREATE TABLE document_file (
    id      UUID PRIMARY KEY,
    content BYTEA NOT NULL
);

CREATE TABLE language_version (
    document  UUID NOT NULL REFERENCES document (id),
    language  VARCHAR(2) NOT NULL,
    markdown  VARCHAR(200000),
    file_id   UUID REFERENCES document_file (id),
    file_name VARCHAR(200),
    file_type VARCHAR(10),
    file_size BIGINT,
    PRIMARY KEY (document, language)
);

CREATE TABLE audit_head (
    id        INT PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_entry (
    seq            BIGINT PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    action         VARCHAR(60)   NOT NULL,
    object_type    VARCHAR(40)   NOT NULL,
    object_id      VARCHAR(100),
    audience_kind  VARCHAR(30),
    audience_group UUID,
    detail         VARCHAR(1000),
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL
);
