-- One word for one thing: a provision's rival wordings (once called alternatives). A sponsor may withdraw its
-- own wording while nobody has stated on it; the wording stays on record, marked withdrawn.
ALTER TABLE text_alternative RENAME TO text_wording;
ALTER TABLE text_wording ADD COLUMN withdrawn BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE text_stance RENAME COLUMN alternative_id TO wording_id;
ALTER TABLE text_cosponsor RENAME COLUMN alternative_id TO wording_id;
UPDATE text_change SET change_kind = 'wording-proposed' WHERE change_kind = 'alternative-proposed';
UPDATE text_change SET change_kind = 'wording-translated' WHERE change_kind = 'alternative-translated';
UPDATE text_change SET change_kind = 'wording-tabled' WHERE change_kind = 'alternative-tabled';
UPDATE text_change SET change_kind = 'wording-cosponsored' WHERE change_kind = 'cosponsored';
-- A revision's snapshot is kept in a format of its own, numbered: the first ones (1) were the text's view as it
-- was then shown; each format stays readable.
ALTER TABLE text_revision ADD COLUMN snapshot_format INT DEFAULT 1 NOT NULL;
