-- A meeting has a starting time, its co-moderators and the groups invited to it; a seated group sits in a
-- capacity (as a delegation, or in an individual capacity); a round keeps the public sources of its record.
ALTER TABLE round_session ADD COLUMN starts_at TIME;
ALTER TABLE round_session ADD COLUMN co_moderators VARCHAR(300);
ALTER TABLE round_session ADD COLUMN invited_groups VARCHAR(200);
ALTER TABLE attendance_event ADD COLUMN capacity VARCHAR(20);
ALTER TABLE round ADD COLUMN sources VARCHAR(4000);
