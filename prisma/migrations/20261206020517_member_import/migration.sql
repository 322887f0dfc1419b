-- CreateEnum
CREATE TYPE "ImportRunStatus" AS ENUM ('UPLOADED', 'RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "commercialRegister" TEXT;

-- CreateTable
CREATE TABLE "ImportMapping" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "field" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "createdById" TEXT,
    "fileName" TEXT NOT NULL,
    "file" BYTEA NOT NULL,
    "status" "ImportRunStatus" NOT NULL DEFAULT 'UPLOADED',
    "mapping" JSONB,
    "overwriteLines" INTEGER[],
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportMapping_institutionId_heading_key" ON "ImportMapping"("institutionId", "heading");

-- CreateIndex
CREATE INDEX "ImportRun_institutionId_createdAt_idx" ON "ImportRun"("institutionId", "createdAt");

-- AddForeignKey
ALTER TABLE "ImportMapping" ADD CONSTRAINT "ImportMapping_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
