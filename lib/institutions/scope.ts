// SPDX-License-Identifier: EUPL-1.2
import type { Db, DbTx } from "../db/prisma";
import type { Prisma } from "../generated/prisma/client";

/**
 * Which companies an institution may vouch for, as set by the platform admins: MEMBERS means
 * the companies on its member list (InstitutionMember), REGION every company in its country
 * and region. An institution without a region vouches for nobody by region: a whole country is
 * no chamber's district.
 */
export async function vouchableCompaniesWhere(
  db: Db | DbTx,
  institutionId: string,
): Promise<Prisma.OrganizationWhereInput | null> {
  const institution = await db.organization.findUnique({
    where: { id: institutionId },
    select: { kind: true, verificationScope: true, country: true, regionId: true },
  });
  if (!institution || institution.kind !== "INSTITUTION") return null;
  if (institution.verificationScope === "REGION") {
    if (!institution.regionId) return null;
    return { kind: "COMPANY", country: institution.country, regionId: institution.regionId };
  }
  return { kind: "COMPANY", listedBy: { some: { institutionId } } };
}

/** Whether the institution may verify (vouch for) the company; checked on the server before every verification. */
export async function mayVouchFor(db: Db | DbTx, institutionId: string, companyId: string): Promise<boolean> {
  const where = await vouchableCompaniesWhere(db, institutionId);
  if (!where) return false;
  const found = await db.organization.findFirst({ where: { AND: [{ id: companyId }, where] }, select: { id: true } });
  return found !== null;
}
