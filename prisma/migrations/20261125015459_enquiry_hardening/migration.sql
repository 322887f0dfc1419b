-- DropForeignKey
ALTER TABLE "AbuseReport" DROP CONSTRAINT "AbuseReport_enquiryId_fkey";

-- AlterTable
ALTER TABLE "AbuseReport" ADD COLUMN     "reportedMessages" TEXT,
ADD COLUMN     "reportedOrganizationName" TEXT,
ADD COLUMN     "subject" TEXT,
ALTER COLUMN "enquiryId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_createdAt_idx" ON "AuditLog"("actorUserId", "createdAt");

-- CreateIndex
CREATE INDEX "Enquiry_senderUserId_createdAt_idx" ON "Enquiry"("senderUserId", "createdAt");

-- CreateIndex
CREATE INDEX "EnquiryMessage_authorUserId_idx" ON "EnquiryMessage"("authorUserId");

-- AddForeignKey
ALTER TABLE "AbuseReport" ADD CONSTRAINT "AbuseReport_enquiryId_fkey" FOREIGN KEY ("enquiryId") REFERENCES "Enquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;
