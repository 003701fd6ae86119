-- The public texts of the record in every language of the interface: English (the existing columns), Russian
-- and Georgian. A version left empty is shown in English with a note that it is missing.
ALTER TABLE talks_process ADD COLUMN name_ka VARCHAR(200);
ALTER TABLE talks_process ADD COLUMN venue_ru VARCHAR(200);
ALTER TABLE talks_process ADD COLUMN venue_ka VARCHAR(200);
ALTER TABLE talks_process ADD COLUMN mandate_ru VARCHAR(4000);
ALTER TABLE talks_process ADD COLUMN mandate_ka VARCHAR(4000);
ALTER TABLE agenda_item ADD COLUMN title_ka VARCHAR(300);
ALTER TABLE round ADD COLUMN public_summary_ru VARCHAR(2000);
ALTER TABLE round ADD COLUMN public_summary_ka VARCHAR(2000);
ALTER TABLE round ADD COLUMN venue_ru VARCHAR(200);
ALTER TABLE round ADD COLUMN venue_ka VARCHAR(200);
ALTER TABLE round ADD COLUMN date_note_ru VARCHAR(300);
ALTER TABLE round ADD COLUMN date_note_ka VARCHAR(300);
ALTER TABLE round ADD COLUMN status_reason_ru VARCHAR(1000);
ALTER TABLE round ADD COLUMN status_reason_ka VARCHAR(1000);
ALTER TABLE round ADD COLUMN agenda VARCHAR(2000);
ALTER TABLE round ADD COLUMN agenda_ru VARCHAR(2000);
ALTER TABLE round ADD COLUMN agenda_ka VARCHAR(2000);
ALTER TABLE postponement ADD COLUMN reason_ru VARCHAR(1000);
ALTER TABLE postponement ADD COLUMN reason_ka VARCHAR(1000);
