-- CreateEnum
CREATE TYPE "MeetingRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CANCELLED');

-- DropIndex
DROP INDEX "EventRegistration_eventId_status_idx";

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "seatsTaken" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "EventRegistration" ADD COLUMN     "checkedInAt" TIMESTAMP(3),
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'de',
ADD COLUMN     "lookingFor" TEXT,
ADD COLUMN     "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "EventAgendaItem" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "titleDe" TEXT,
    "titleCs" TEXT,
    "titleEn" TEXT,

    CONSTRAINT "EventAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingWindow" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantUnavailability" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParticipantUnavailability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingRequest" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "MeetingRequestStatus" NOT NULL DEFAULT 'PENDING',
    "respondedAt" TIMESTAMP(3),
    "unscheduledReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "tableNumber" INTEGER NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventAgendaItem_eventId_startsAt_idx" ON "EventAgendaItem"("eventId", "startsAt");

-- CreateIndex
CREATE INDEX "MeetingWindow_eventId_startsAt_idx" ON "MeetingWindow"("eventId", "startsAt");

-- CreateIndex
CREATE INDEX "ParticipantUnavailability_registrationId_idx" ON "ParticipantUnavailability"("registrationId");

-- CreateIndex
CREATE INDEX "MeetingRequest_recipientId_status_idx" ON "MeetingRequest"("recipientId", "status");

-- CreateIndex
CREATE INDEX "MeetingRequest_requesterId_status_idx" ON "MeetingRequest"("requesterId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRequest_eventId_requesterId_recipientId_key" ON "MeetingRequest"("eventId", "requesterId", "recipientId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRequest_id_eventId_key" ON "MeetingRequest"("id", "eventId");

-- CreateIndex
CREATE INDEX "Meeting_eventId_startsAt_idx" ON "Meeting"("eventId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_requestId_eventId_key" ON "Meeting"("requestId", "eventId");

-- CreateIndex
CREATE INDEX "Event_organizerId_startsAt_idx" ON "Event"("organizerId", "startsAt");

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_status_statusChangedAt_idx" ON "EventRegistration"("eventId", "status", "statusChangedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_id_eventId_key" ON "EventRegistration"("id", "eventId");

-- AddForeignKey
ALTER TABLE "EventAgendaItem" ADD CONSTRAINT "EventAgendaItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingWindow" ADD CONSTRAINT "MeetingWindow_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantUnavailability" ADD CONSTRAINT "ParticipantUnavailability_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "EventRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_requesterId_eventId_fkey" FOREIGN KEY ("requesterId", "eventId") REFERENCES "EventRegistration"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_recipientId_eventId_fkey" FOREIGN KEY ("recipientId", "eventId") REFERENCES "EventRegistration"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_requestId_eventId_fkey" FOREIGN KEY ("requestId", "eventId") REFERENCES "MeetingRequest"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;
