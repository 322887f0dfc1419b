// SPDX-License-Identifier: EUPL-1.2
import type { DbTx } from "../db/prisma";

export type SearchEntityType = "COMPANY" | "LISTING" | "EVENT";

/**
 * Records that searchable entities changed. Must be called with the transaction that changes
 * them, so the search index can never miss a committed change.
 */
export async function enqueueSearchUpdates(
  tx: DbTx,
  entityType: SearchEntityType,
  entityIds: readonly string[],
): Promise<void> {
  if (!entityIds.length) return;
  // One statement for any number of ids: imports enqueue thousands at once.
  await tx.$executeRaw`INSERT INTO "SearchOutbox" ("entityType", "entityId")
    SELECT ${entityType}::"SearchEntity", unnest(${[...entityIds]}::text[])`;
}
