-- A company never writes to itself, and a company never blocks itself.
ALTER TABLE "Enquiry" ADD CONSTRAINT "Enquiry_not_to_self"
  CHECK ("senderOrganizationId" <> "recipientOrganizationId");
ALTER TABLE "CompanyBlock" ADD CONSTRAINT "CompanyBlock_not_self"
  CHECK ("blockerOrganizationId" <> "blockedOrganizationId");
-- Attachments are small files (at most 5 MB); the limit holds for every writer, not just the form.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_size_limit"
  CHECK ("size" > 0 AND "size" <= 5242880 AND octet_length("data") = "size");
