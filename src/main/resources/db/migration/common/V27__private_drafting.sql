-- A text is the co-chairs' own until it is first circulated or shared for information; texts that existed
-- before were readable by their audience from the start, and stay so.
ALTER TABLE negotiating_text ADD COLUMN private_draft BOOLEAN DEFAULT FALSE NOT NULL;
