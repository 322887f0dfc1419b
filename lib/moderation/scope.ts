// SPDX-License-Identifier: EUPL-1.2
import type { Db, DbTx } from "../db/prisma";

/**
 * Which companies an institution moderates: those on its member list and those it vouches for
 * with an active verification. A chamber answers for the profiles it brought to the portal or
 * put its name to, and for nobody else; every other report is the platform admins' alone.
 */
export async function moderatedCompanyIds(db: Db | DbTx, institutionId: string): Promise<string[]> {
  const institution = await db.organization.findUnique({ where: { id: institutionId }, select: { kind: true } });
  if (institution?.kind !== "INSTITUTION") return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "companyId" AS id FROM "InstitutionMember" WHERE "institutionId" = ${institutionId}
    UNION
    SELECT "companyId" AS id FROM "CompanyVerification" WHERE "institutionId" = ${institutionId} AND "revokedAt" IS NULL`;
  return rows.map((r) => r.id);
}

/** Whether the institution moderates this company; checked on the server before every step. */
export async function institutionModerates(db: Db | DbTx, institutionId: string, companyId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "Organization" i WHERE i.id = ${institutionId} AND i.kind = 'INSTITUTION' AND (
        EXISTS (SELECT 1 FROM "InstitutionMember" m WHERE m."institutionId" = i.id AND m."companyId" = ${companyId})
        OR EXISTS (SELECT 1 FROM "CompanyVerification" v
                   WHERE v."institutionId" = i.id AND v."companyId" = ${companyId} AND v."revokedAt" IS NULL))
    ) AS found`;
  return rows[0]?.found === true;
}
