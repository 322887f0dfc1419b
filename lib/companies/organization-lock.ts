// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import type { DbTx } from "../db/prisma";

/**
 * Serializes changes to one organization: the row lock makes two owners who demote or remove
 * each other at the same moment run one after the other, so the second sees that only one owner
 * is left. Every change that can drop an owner, and every profile, logo, publication or deletion
 * change, takes this lock first. False when the organization no longer exists.
 */
export async function lockOrganization(tx: DbTx, organizationId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
  return rows.length > 0;
}
