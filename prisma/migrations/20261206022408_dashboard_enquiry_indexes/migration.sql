-- CreateIndex
CREATE INDEX "Enquiry_senderOrganizationId_createdAt_idx" ON "Enquiry"("senderOrganizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Enquiry_recipientOrganizationId_createdAt_idx" ON "Enquiry"("recipientOrganizationId", "createdAt");
