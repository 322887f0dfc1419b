-- DropIndex
DROP INDEX "Enquiry_senderOrganizationId_createdAt_recipientOrganizatio_idx";

-- DropIndex
DROP INDEX "Enquiry_recipientOrganizationId_createdAt_senderOrganizatio_idx";

-- AlterTable
ALTER TABLE "Enquiry" ADD COLUMN     "recipientCountry" VARCHAR(5),
ADD COLUMN     "senderCountry" VARCHAR(5);

-- Existing enquiries take their companies' countries before the indexes are built.
UPDATE "Enquiry" q
SET "senderCountry" = s."country", "recipientCountry" = r."country"
FROM "Organization" s, "Organization" r
WHERE s."id" = q."senderOrganizationId" AND r."id" = q."recipientOrganizationId";

-- CreateIndex
CREATE INDEX "Enquiry_senderOrganizationId_createdAt_recipientOrganizatio_idx" ON "Enquiry"("senderOrganizationId", "createdAt", "recipientOrganizationId", "senderCountry", "recipientCountry");

-- CreateIndex
CREATE INDEX "Enquiry_recipientOrganizationId_createdAt_senderOrganizatio_idx" ON "Enquiry"("recipientOrganizationId", "createdAt", "senderOrganizationId", "senderCountry", "recipientCountry");

-- The countries are copies: the database sets them on every insert (whatever the writer passed)
-- and follows a company that changes country, so a count over them equals one over the companies.
CREATE OR REPLACE FUNCTION enquiry_countries_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT o."country" INTO NEW."senderCountry" FROM "Organization" o WHERE o."id" = NEW."senderOrganizationId";
  SELECT o."country" INTO NEW."recipientCountry" FROM "Organization" o WHERE o."id" = NEW."recipientOrganizationId";
  RETURN NEW;
END $$;

CREATE TRIGGER enquiry_countries_fill
BEFORE INSERT OR UPDATE OF "senderOrganizationId", "recipientOrganizationId", "senderCountry", "recipientCountry" ON "Enquiry"
FOR EACH ROW EXECUTE FUNCTION enquiry_countries_fill();

CREATE OR REPLACE FUNCTION enquiry_countries_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Enquiry" SET "senderCountry" = NEW."country" WHERE "senderOrganizationId" = NEW."id";
  UPDATE "Enquiry" SET "recipientCountry" = NEW."country" WHERE "recipientOrganizationId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER enquiry_countries_follow
AFTER UPDATE OF "country" ON "Organization"
FOR EACH ROW WHEN (OLD."country" IS DISTINCT FROM NEW."country")
EXECUTE FUNCTION enquiry_countries_follow();

-- The platform dashboard reads the year's cross-border enquiries from this index alone.
CREATE INDEX "Enquiry_cross_border_idx" ON "Enquiry" ("createdAt")
INCLUDE ("senderCountry", "recipientOrganizationId")
WHERE ("senderCountry" = 'DE' AND "recipientCountry" = 'CZ') OR ("senderCountry" = 'CZ' AND "recipientCountry" = 'DE');
