-- AlterTable
ALTER TABLE "AbuseReport" ADD COLUMN     "reportedAuthorUserIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Reports made before this column existed: their authors are known while the thread still exists.
UPDATE "AbuseReport" r
SET "reportedAuthorUserIds" = ARRAY(
  SELECT DISTINCT m."authorUserId"
  FROM "EnquiryMessage" m
  WHERE m."enquiryId" = r."enquiryId"
    AND m."authorOrganizationId" = r."reportedOrganizationId"
    AND m."authorUserId" IS NOT NULL
  ORDER BY m."authorUserId"
)
WHERE r."enquiryId" IS NOT NULL;
