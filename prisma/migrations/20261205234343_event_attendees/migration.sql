-- CreateTable
CREATE TABLE "EventAttendee" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "checkInCode" TEXT NOT NULL,
    "checkedInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EventAttendee_checkInCode_key" ON "EventAttendee"("checkInCode");

-- CreateIndex
CREATE INDEX "EventAttendee_eventId_checkedInAt_idx" ON "EventAttendee"("eventId", "checkedInAt");

-- CreateIndex
CREATE INDEX "EventAttendee_registrationId_idx" ON "EventAttendee"("registrationId");

-- AddForeignKey
ALTER TABLE "EventAttendee" ADD CONSTRAINT "EventAttendee_registrationId_eventId_fkey" FOREIGN KEY ("registrationId", "eventId") REFERENCES "EventRegistration"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every registration made before attendees existed gets one attendee, the person it names, with a
-- random code (gen_random_uuid draws from the server's strong random source) and its check-in.
INSERT INTO "EventAttendee" ("id", "registrationId", "eventId", "name", "checkInCode", "checkedInAt")
SELECT 'att_' || replace(gen_random_uuid()::text, '-', ''),
       r."id", r."eventId", r."participantName",
       upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 12)),
       r."checkedInAt"
FROM "EventRegistration" r;
