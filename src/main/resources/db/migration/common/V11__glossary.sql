-- The glossary of contested names and loaded terms: concepts and, in order, their forms.
CREATE TABLE glossary_concept (
    id        UUID PRIMARY KEY,
    code      VARCHAR(60)  NOT NULL UNIQUE,
    category  VARCHAR(30),
    name_en   VARCHAR(200) NOT NULL,
    name_ru   VARCHAR(200),
    version   BIGINT       NOT NULL
);

CREATE TABLE glossary_form (
    glossary_concept     UUID         NOT NULL REFERENCES glossary_concept (id),
    glossary_concept_key INT          NOT NULL,
    language             VARCHAR(2)   NOT NULL,
    text                 VARCHAR(200) NOT NULL,
    neutral              BOOLEAN      NOT NULL,
    perspectives         VARCHAR(60),
    severity             VARCHAR(10)  NOT NULL,
    why_en               VARCHAR(500),
    why_ru               VARCHAR(500),
    suggestion           VARCHAR(200),
    PRIMARY KEY (glossary_concept, glossary_concept_key)
);
