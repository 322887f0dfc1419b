-- CreateEnum
CREATE TYPE "ModerationActionKind" AS ENUM ('DISMISS', 'WARN', 'UNPUBLISH_LISTING', 'UNPUBLISH_PROFILE', 'SUSPEND_ENQUIRIES');

-- CreateTable
CREATE TABLE "ModerationAction" (
    "id" TEXT NOT NULL,
    "kind" "ModerationActionKind" NOT NULL,
    "reportId" TEXT,
    "organizationId" TEXT,
    "listingId" TEXT,
    "institutionId" TEXT,
    "reason" TEXT NOT NULL,
    "actorUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneById" TEXT,
    "undoReason" TEXT,

    CONSTRAINT "ModerationAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModerationAction_organizationId_undoneAt_idx" ON "ModerationAction"("organizationId", "undoneAt");

-- CreateIndex
CREATE INDEX "ModerationAction_reportId_idx" ON "ModerationAction"("reportId");

-- CreateIndex
CREATE INDEX "ModerationAction_listingId_idx" ON "ModerationAction"("listingId");

-- AddForeignKey
ALTER TABLE "ModerationAction" ADD CONSTRAINT "ModerationAction_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AbuseReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationAction" ADD CONSTRAINT "ModerationAction_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationAction" ADD CONSTRAINT "ModerationAction_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A step is explained to the company, and so is its undoing: no empty reasons, and an undone
-- step always says why.
ALTER TABLE "ModerationAction" ADD CONSTRAINT "ModerationAction_reason_check" CHECK (btrim("reason") <> '');
ALTER TABLE "ModerationAction" ADD CONSTRAINT "ModerationAction_undo_check"
  CHECK (("undoneAt" IS NULL) = ("undoReason" IS NULL) AND ("undoReason" IS NULL OR btrim("undoReason") <> ''));
