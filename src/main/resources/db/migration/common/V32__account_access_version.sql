-- Every change of an account that may change what its holder sees or may do (its role, group or institution,
-- disabled or enabled, a password or second factor reset, a token issued or revoked ...) counts up its access
-- version, in the same transaction. Whatever holds access open for an account (a live stream) compares this one
-- number to notice the change, and reads the account again only then.
ALTER TABLE account ADD COLUMN access_version BIGINT DEFAULT 0 NOT NULL;
