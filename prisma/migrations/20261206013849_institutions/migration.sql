-- CreateEnum
CREATE TYPE "InstitutionType" AS ENUM ('CHAMBER', 'AGENCY', 'ASSOCIATION', 'RESEARCH');

-- CreateEnum
CREATE TYPE "VerificationScope" AS ENUM ('MEMBERS', 'REGION');

-- Organizers become institutions. Renaming the enum values keeps every existing row, its
-- events and its staff as they are (the generated drop-and-recreate would fail on them).
ALTER TYPE "OrganizationKind" RENAME VALUE 'ORGANIZER' TO 'INSTITUTION';
ALTER TYPE "MembershipRole" RENAME VALUE 'ORGANIZER' TO 'INSTITUTION_ADMIN';
ALTER TYPE "MembershipRole" ADD VALUE 'INSTITUTION_STAFF';

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "institutionType" "InstitutionType",
ADD COLUMN     "verificationScope" "VerificationScope" NOT NULL DEFAULT 'MEMBERS';

-- CreateTable
CREATE TABLE "InstitutionMember" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "externalId" TEXT,
    "contactEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstitutionMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyVerification" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "memberChecked" BOOLEAN NOT NULL,
    "registerChecked" BOOLEAN NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verifiedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revocationReason" TEXT,

    CONSTRAINT "CompanyVerification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InstitutionMember_companyId_idx" ON "InstitutionMember"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "InstitutionMember_institutionId_companyId_key" ON "InstitutionMember"("institutionId", "companyId");

-- CreateIndex
CREATE UNIQUE INDEX "InstitutionMember_institutionId_externalId_key" ON "InstitutionMember"("institutionId", "externalId");

-- CreateIndex
CREATE INDEX "CompanyVerification_companyId_revokedAt_idx" ON "CompanyVerification"("companyId", "revokedAt");

-- CreateIndex
CREATE INDEX "CompanyVerification_institutionId_revokedAt_idx" ON "CompanyVerification"("institutionId", "revokedAt");

-- AddForeignKey
ALTER TABLE "InstitutionMember" ADD CONSTRAINT "InstitutionMember_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionMember" ADD CONSTRAINT "InstitutionMember_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVerification" ADD CONSTRAINT "CompanyVerification_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVerification" ADD CONSTRAINT "CompanyVerification_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVerification" ADD CONSTRAINT "CompanyVerification_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVerification" ADD CONSTRAINT "CompanyVerification_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
