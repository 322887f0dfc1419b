// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { db } from "../db";
import { isManaged } from "../companies/claim-state";

/**
 * The institutions that list an unmanaged company, for its public profile; null once the
 * company manages its profile itself. Private member data (the contact address) is not read.
 */
export async function listingInstitutions(companyId: string): Promise<{ institutions: { name: string; slug: string }[] } | null> {
  if (await isManaged(db, companyId)) return null;
  const rows = await db.institutionMember.findMany({
    where: { companyId },
    select: { institution: { select: { name: true, slug: true } } },
    orderBy: { createdAt: "asc" },
  });
  return { institutions: rows.map((r) => r.institution) };
}
