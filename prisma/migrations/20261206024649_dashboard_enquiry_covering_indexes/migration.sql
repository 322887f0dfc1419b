-- DropIndex
DROP INDEX "Enquiry_senderOrganizationId_createdAt_idx";

-- DropIndex
DROP INDEX "Enquiry_recipientOrganizationId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Enquiry_senderOrganizationId_createdAt_recipientOrganizatio_idx" ON "Enquiry"("senderOrganizationId", "createdAt", "recipientOrganizationId");

-- CreateIndex
CREATE INDEX "Enquiry_recipientOrganizationId_createdAt_senderOrganizatio_idx" ON "Enquiry"("recipientOrganizationId", "createdAt", "senderOrganizationId");
