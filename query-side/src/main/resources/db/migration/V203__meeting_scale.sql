-- Scale flags compare a meeting's size and length with the standard of its kind, at query time.
ALTER TABLE meeting_view ADD COLUMN attendee_count INTEGER NOT NULL DEFAULT 0;
UPDATE meeting_view m
SET attendee_count = (SELECT count(*) FROM meeting_attendee a WHERE a.meeting_id = m.meeting_id AND a.invited);
