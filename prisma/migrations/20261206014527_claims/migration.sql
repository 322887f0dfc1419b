-- CreateEnum
CREATE TYPE "EnquiryDelivery" AS ENUM ('MEMBERS', 'MAILED', 'MAIL_FAILED', 'UNDELIVERABLE');

-- CreateEnum
CREATE TYPE "ClaimRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'CLOSED');

-- AlterTable
ALTER TABLE "Enquiry" ADD COLUMN     "delivery" "EnquiryDelivery" NOT NULL DEFAULT 'MEMBERS';

-- CreateTable
CREATE TABLE "ClaimInvitation" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "institutionId" TEXT,
    "enquiryId" TEXT,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "tokenHash" TEXT NOT NULL,
    "sentById" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" TEXT,

    CONSTRAINT "ClaimInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimRequest" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "note" TEXT,
    "domainCheck" TEXT NOT NULL,
    "status" "ClaimRequestStatus" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimInvitation_tokenHash_key" ON "ClaimInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "ClaimInvitation_companyId_idx" ON "ClaimInvitation"("companyId");

-- CreateIndex
CREATE INDEX "ClaimInvitation_institutionId_companyId_idx" ON "ClaimInvitation"("institutionId", "companyId");

-- CreateIndex
CREATE INDEX "ClaimInvitation_enquiryId_idx" ON "ClaimInvitation"("enquiryId");

-- CreateIndex
CREATE INDEX "ClaimRequest_companyId_status_idx" ON "ClaimRequest"("companyId", "status");

-- CreateIndex
CREATE INDEX "ClaimRequest_status_createdAt_idx" ON "ClaimRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ClaimRequest_userId_idx" ON "ClaimRequest"("userId");

-- AddForeignKey
ALTER TABLE "ClaimInvitation" ADD CONSTRAINT "ClaimInvitation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimInvitation" ADD CONSTRAINT "ClaimInvitation_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimInvitation" ADD CONSTRAINT "ClaimInvitation_enquiryId_fkey" FOREIGN KEY ("enquiryId") REFERENCES "Enquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimInvitation" ADD CONSTRAINT "ClaimInvitation_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimInvitation" ADD CONSTRAINT "ClaimInvitation_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRequest" ADD CONSTRAINT "ClaimRequest_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRequest" ADD CONSTRAINT "ClaimRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRequest" ADD CONSTRAINT "ClaimRequest_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
