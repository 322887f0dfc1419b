// SPDX-License-Identifier: EUPL-1.2
import type { Db, DbTx } from "../db/prisma";

/**
 * A company is managed once somebody holds a membership in it. Imported profiles that nobody has
 * claimed yet have none: the portal shows them as "listed by <institution>", and enquiries to
 * them cannot reach an inbox anyone reads.
 */
export async function isManaged(db: Db | DbTx, companyId: string): Promise<boolean> {
  const member = await db.membership.findFirst({ where: { organizationId: companyId }, select: { id: true } });
  return member !== null;
}

/** Of the given companies, those that have at least one member. */
export async function managedCompanyIds(db: Db | DbTx, companyIds: readonly string[]): Promise<Set<string>> {
  if (!companyIds.length) return new Set();
  const rows = await db.membership.findMany({
    where: { organizationId: { in: [...new Set(companyIds)] } },
    select: { organizationId: true },
    distinct: ["organizationId"],
  });
  return new Set(rows.map((r) => r.organizationId));
}
