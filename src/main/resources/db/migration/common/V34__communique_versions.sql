-- Each Russian and Georgian version of a communiqué records which revision of the English text it renders, so that
-- a version older than the English is marked "to be brought up to date" and holds up the approval until a co-chair
-- edits it, confirms it, or withdraws its language from the edition (which then has no version in that language).
-- english_revision counts the English edits (1 as drafted); what is already kept counts as rendering it.
ALTER TABLE communique ADD COLUMN english_revision INT DEFAULT 1 NOT NULL;
ALTER TABLE communique ADD COLUMN ru_renders INT;
ALTER TABLE communique ADD COLUMN ka_renders INT;
ALTER TABLE communique ADD COLUMN ru_withdrawn BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE communique ADD COLUMN ka_withdrawn BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE communique SET ru_renders = 1, ka_renders = 1;
