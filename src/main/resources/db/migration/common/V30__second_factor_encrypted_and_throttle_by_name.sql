-- The second factor's secret is kept encrypted (AES-GCM, under a key in a file outside the database): the stored
-- form, tfa1:KEYID:BASE64 of nonce, ciphertext and tag, is longer than the base32 secret. The secrets kept as they
-- were are encrypted by the application at its next start (identity.SecondFactorSecrets).
ALTER TABLE account ALTER COLUMN second_factor_secret SET DATA TYPE VARCHAR(200);

-- The login throttle no longer counts failures per address alone (subject '*'): such a count let failures with
-- made-up names lock every account behind one address out. Those rows go; the counts per name and address stay.
DELETE FROM login_throttle WHERE subject = '*';
