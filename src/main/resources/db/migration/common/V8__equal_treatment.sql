-- The participant groups a process declares must be treated alike (invited and seated in the same way).
ALTER TABLE talks_process ADD COLUMN equal_treatment VARCHAR(200);
