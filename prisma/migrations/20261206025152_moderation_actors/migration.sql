-- Steps of accounts deleted before this migration lose the name, as later deletions will.
UPDATE "ModerationAction" m SET "actorUserId" = NULL WHERE "actorUserId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = m."actorUserId");
UPDATE "ModerationAction" m SET "undoneById" = NULL WHERE "undoneById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = m."undoneById");

-- AddForeignKey
ALTER TABLE "ModerationAction" ADD CONSTRAINT "ModerationAction_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationAction" ADD CONSTRAINT "ModerationAction_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
