-- What the database remembers of the audit log's signing: the first and the latest checkpoint appended to the
-- checkpoint file (outside the database). Once a checkpoint has been signed, a checkpoint file that is missing, or
-- whose latest checkpoint is older than the one recorded here, is tampering or a lost file, not a fresh start:
-- audit verify and the checkpoint job report it, and nothing is signed until the file is restored (or the operator
-- starts a new one with audit checkpoint --lost-file REASON, which the log records). One row per signing key: several
-- servers may each sign with a key and a file of their own.
CREATE TABLE audit_signing (
    key_id           VARCHAR(16)  PRIMARY KEY,
    first_seq        BIGINT       NOT NULL,
    first_hash       VARCHAR(64)  NOT NULL,
    first_signed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    latest_seq       BIGINT       NOT NULL,
    latest_hash      VARCHAR(64)  NOT NULL,
    latest_signed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
