// SPDX-License-Identifier: EUPL-1.2
import type { Db, DbTx } from "../db/prisma";

/**
 * The private contact addresses institutions keep for the companies they list (the
 * `contactEmail` of an import). Never rendered, never in search documents: only the claim
 * invitation and the enquiry mail to an unmanaged company use them. When several institutions
 * list a company, the address updated last wins.
 */
export async function contactAddresses(db: Db | DbTx, companyIds: readonly string[]): Promise<Map<string, string>> {
  if (!companyIds.length) return new Map();
  const rows = await db.institutionMember.findMany({
    where: { companyId: { in: [...new Set(companyIds)] }, contactEmail: { not: null } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { companyId: true, contactEmail: true },
  });
  const found = new Map<string, string>();
  for (const row of rows) {
    const email = row.contactEmail?.trim();
    if (email && !found.has(row.companyId)) found.set(row.companyId, email);
  }
  return found;
}
