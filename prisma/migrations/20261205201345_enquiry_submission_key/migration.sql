-- AlterTable
ALTER TABLE "Enquiry" ADD COLUMN     "submissionKey" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Enquiry_senderOrganizationId_submissionKey_recipientOrganiz_key" ON "Enquiry"("senderOrganizationId", "submissionKey", "recipientOrganizationId");
