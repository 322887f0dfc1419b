-- Rules for events and 1:1 meetings that schema.prisma cannot express. Written by hand; the
-- drift check ignores check constraints, triggers, functions and tables Prisma does not model.

-- Plausible values, so a bug or a direct import cannot store an event that ends before it starts.
ALTER TABLE "Event"
  ADD CONSTRAINT "Event_time_order" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "Event_capacity_positive" CHECK (capacity >= 1),
  ADD CONSTRAINT "Event_meeting_minutes_range" CHECK ("meetingMinutes" IS NULL OR "meetingMinutes" BETWEEN 5 AND 240),
  ADD CONSTRAINT "Event_table_count_positive" CHECK ("tableCount" IS NULL OR "tableCount" >= 1),
  -- The last line of defence for capacity: see event_seats_sync below.
  ADD CONSTRAINT "Event_seats_within_capacity" CHECK ("seatsTaken" >= 0 AND "seatsTaken" <= capacity);

ALTER TABLE "EventAgendaItem" ADD CONSTRAINT "EventAgendaItem_time_order" CHECK ("endsAt" IS NULL OR "endsAt" > "startsAt");
ALTER TABLE "MeetingWindow" ADD CONSTRAINT "MeetingWindow_time_order" CHECK ("endsAt" > "startsAt");
ALTER TABLE "ParticipantUnavailability" ADD CONSTRAINT "ParticipantUnavailability_time_order" CHECK ("endsAt" > "startsAt");
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_two_parties" CHECK ("requesterId" <> "recipientId");
ALTER TABLE "Meeting"
  ADD CONSTRAINT "Meeting_time_order" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "Meeting_table_positive" CHECK ("tableNumber" >= 1);

-- Capacity. Every registration that holds a place (PENDING or CONFIRMED) counts in
-- "Event"."seatsTaken"; the check above refuses the row that would go beyond capacity. The
-- counter update takes the event's row lock, so concurrent registrations queue here even if the
-- application forgot its own lock.
CREATE FUNCTION event_seats_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_holds boolean := CASE WHEN TG_OP = 'INSERT' THEN false ELSE OLD.status IN ('PENDING', 'CONFIRMED') END;
  new_holds boolean := CASE WHEN TG_OP = 'DELETE' THEN false ELSE NEW.status IN ('PENDING', 'CONFIRMED') END;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."eventId" <> NEW."eventId" THEN
    RAISE EXCEPTION 'a registration cannot move to another event' USING ERRCODE = 'check_violation';
  END IF;
  IF new_holds AND NOT old_holds THEN
    UPDATE "Event" SET "seatsTaken" = "seatsTaken" + 1 WHERE id = NEW."eventId";
  ELSIF old_holds AND NOT new_holds THEN
    UPDATE "Event" SET "seatsTaken" = "seatsTaken" - 1 WHERE id = OLD."eventId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER event_seats_sync
  AFTER INSERT OR UPDATE OF status, "eventId" OR DELETE ON "EventRegistration"
  FOR EACH ROW EXECUTE FUNCTION event_seats_sync();

-- Registrations that existed before this migration.
UPDATE "Event" e SET "seatsTaken" = (
  SELECT count(*) FROM "EventRegistration" r WHERE r."eventId" = e.id AND r.status IN ('PENDING', 'CONFIRMED')
);

-- No double booking. Each meeting claims its table and both participants for its time span;
-- the exclusion constraint refuses two claims on the same resource whose spans overlap, even
-- when they start at different minutes and even under concurrent writes. The claims live in
-- their own table because the constraint needs the participants, which are on the request.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE meeting_claims (
  meeting_id text NOT NULL REFERENCES "Meeting"(id) ON DELETE CASCADE,
  event_id   text NOT NULL,
  -- 'table:<n>' or 'participant:<registration id>'
  resource   text NOT NULL,
  during     tsrange NOT NULL,
  PRIMARY KEY (meeting_id, resource),
  CONSTRAINT meeting_claims_no_overlap EXCLUDE USING gist (event_id WITH =, resource WITH =, during WITH &&)
);

CREATE FUNCTION meeting_claims_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parties RECORD;
  span tsrange := tsrange(NEW."startsAt", NEW."endsAt", '[)');
BEGIN
  SELECT "requesterId", "recipientId" INTO STRICT parties FROM "MeetingRequest" WHERE id = NEW."requestId";
  DELETE FROM meeting_claims WHERE meeting_id = NEW.id;
  INSERT INTO meeting_claims (meeting_id, event_id, resource, during) VALUES
    (NEW.id, NEW."eventId", 'table:' || NEW."tableNumber", span),
    (NEW.id, NEW."eventId", 'participant:' || parties."requesterId", span),
    (NEW.id, NEW."eventId", 'participant:' || parties."recipientId", span);
  RETURN NULL;
END $$;

CREATE TRIGGER meeting_claims_sync
  AFTER INSERT OR UPDATE OF "startsAt", "endsAt", "tableNumber", "requestId", "eventId" ON "Meeting"
  FOR EACH ROW EXECUTE FUNCTION meeting_claims_sync();
