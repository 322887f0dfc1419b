-- CreateEnum
CREATE TYPE "MeetingBookingMode" AS ENUM ('SCHEDULER', 'PICK_SLOT');

-- CreateEnum
CREATE TYPE "MeetingFormat" AS ENUM ('ON_SITE', 'ONLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "ParticipantType" AS ENUM ('BUYER', 'SUPPLIER');

-- CreateEnum
CREATE TYPE "MeetingReminderKind" AS ENUM ('AGENDA', 'PENDING_REQUEST', 'FEEDBACK');

-- CreateEnum
CREATE TYPE "MeetingOutcome" AS ENUM ('NOT_HELD', 'NO_INTEREST', 'INFORMATIVE', 'COOPERATION_LIKELY');

-- AlterEnum
ALTER TYPE "MeetingRequestStatus" ADD VALUE 'EXPIRED';

-- AlterTable
ALTER TABLE "EventRegistration" ADD COLUMN     "participantType" "ParticipantType";

-- AlterTable
ALTER TABLE "MeetingRequest" ADD COLUMN     "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "onlineUrl" TEXT;

-- CreateTable
CREATE TABLE "MatchmakingSettings" (
    "eventId" TEXT NOT NULL,
    "bookingMode" "MeetingBookingMode" NOT NULL DEFAULT 'SCHEDULER',
    "format" "MeetingFormat" NOT NULL DEFAULT 'ON_SITE',
    "meetingLinkPattern" TEXT,
    "maxMeetings" INTEGER,
    "maxMeetingsBuyer" INTEGER,
    "maxMeetingsSupplier" INTEGER,
    "requestExpiryHours" INTEGER,
    "pendingReminderHours" INTEGER DEFAULT 24,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatchmakingSettings_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "MeetingReminder" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "kind" "MeetingReminderKind" NOT NULL,
    "ref" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingFeedback" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "outcome" "MeetingOutcome" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingReminder_eventId_sentAt_idx" ON "MeetingReminder"("eventId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingReminder_registrationId_kind_ref_key" ON "MeetingReminder"("registrationId", "kind", "ref");

-- CreateIndex
CREATE INDEX "MeetingFeedback_registrationId_idx" ON "MeetingFeedback"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingFeedback_meetingId_registrationId_key" ON "MeetingFeedback"("meetingId", "registrationId");

-- AddForeignKey
ALTER TABLE "MatchmakingSettings" ADD CONSTRAINT "MatchmakingSettings_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingReminder" ADD CONSTRAINT "MeetingReminder_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingReminder" ADD CONSTRAINT "MeetingReminder_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "EventRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFeedback" ADD CONSTRAINT "MeetingFeedback_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFeedback" ADD CONSTRAINT "MeetingFeedback_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "EventRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: limits an organizer sets are positive when set, so a bug cannot store a cap
-- that blocks everyone or an expiry that fires at once.
ALTER TABLE "MatchmakingSettings"
  ADD CONSTRAINT "MatchmakingSettings_caps_positive" CHECK (
    ("maxMeetings" IS NULL OR "maxMeetings" >= 1)
    AND ("maxMeetingsBuyer" IS NULL OR "maxMeetingsBuyer" >= 1)
    AND ("maxMeetingsSupplier" IS NULL OR "maxMeetingsSupplier" >= 1)
  ),
  ADD CONSTRAINT "MatchmakingSettings_hours_positive" CHECK (
    ("requestExpiryHours" IS NULL OR "requestExpiryHours" >= 1)
    AND ("pendingReminderHours" IS NULL OR "pendingReminderHours" >= 1)
  );
