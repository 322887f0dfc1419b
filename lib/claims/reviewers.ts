// SPDX-License-Identifier: EUPL-1.2
import { rolesGranting } from "../auth/permissions";
import type { DbTx } from "../db/prisma";

/**
 * Who decides on a claim request: the staff of every institution that lists the company, or,
 * when none does, the platform admins. The same rule picks the queue a request appears in.
 */
export async function listingInstitutionIds(tx: DbTx, companyId: string): Promise<string[]> {
  const rows = await tx.institutionMember.findMany({
    where: { companyId, institution: { kind: "INSTITUTION" } },
    select: { institutionId: true },
  });
  return rows.map((r) => r.institutionId);
}

/** The people to tell about a new request, with the language of each. */
export async function reviewerAddresses(tx: DbTx, companyId: string) {
  const institutionIds = await listingInstitutionIds(tx, companyId);
  const users = institutionIds.length
    ? await tx.user.findMany({
        where: {
          emailVerified: { not: null },
          memberships: {
            some: { organizationId: { in: institutionIds }, role: { in: rolesGranting("institution.members.manage") } },
          },
        },
        select: { email: true, name: true, locale: true },
      })
    : await tx.user.findMany({
        where: { isPlatformAdmin: true, emailVerified: { not: null } },
        select: { email: true, name: true, locale: true },
      });
  return { reviewer: institutionIds.length ? ("institution" as const) : ("platform" as const), users };
}
