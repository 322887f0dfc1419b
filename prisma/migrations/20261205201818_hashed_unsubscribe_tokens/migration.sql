-- CreateTable
CREATE TABLE "AlertUnsubscribeToken" (
    "id" TEXT NOT NULL,
    "savedSearchId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertUnsubscribeToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AlertUnsubscribeToken_tokenHash_key" ON "AlertUnsubscribeToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AlertUnsubscribeToken_savedSearchId_idx" ON "AlertUnsubscribeToken"("savedSearchId");

-- AddForeignKey
ALTER TABLE "AlertUnsubscribeToken" ADD CONSTRAINT "AlertUnsubscribeToken_savedSearchId_fkey" FOREIGN KEY ("savedSearchId") REFERENCES "SavedSearch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Links in mails already sent keep working: each saved search's token moves over as the same
-- hash the application computes (hex SHA-256 of the token's UTF-8 bytes, lib/auth/tokens.ts).
INSERT INTO "AlertUnsubscribeToken" ("id", "savedSearchId", "tokenHash", "createdAt")
SELECT 'm' || md5("id" || ':unsubscribe'), "id", encode(sha256(convert_to("unsubscribeToken", 'UTF8')), 'hex'), "createdAt"
FROM "SavedSearch";

-- DropIndex
DROP INDEX "SavedSearch_unsubscribeToken_key";

-- AlterTable
ALTER TABLE "SavedSearch" DROP COLUMN "unsubscribeToken";
